// Normalises the many ways pages state a publication date into the article's form: YYYY-MM-DD when
// only a day is known, the ISO timestamp as given when a time is known, '' when it cannot be read.

const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const ISO_WITH_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const COMPACT_DAY = /^(\d{4})(\d{2})(\d{2})$/;
const CJK_DAY = /(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?/;

export function normalizePublishedDate(raw: string | undefined | null): string {
  const value = (raw ?? '').trim();
  if (value === '') return '';

  const day = ISO_DAY.exec(value) ?? COMPACT_DAY.exec(value);
  if (day) return isoDay(day[1], day[2], day[3]);

  const timed = ISO_WITH_TIME.exec(value);
  if (timed) {
    if (!isoDay(timed[1], timed[2], timed[3])) return '';
    // A midnight time with no zone is how many CMSs write "just a date"; keep only the day then.
    if (!timed[7] && timed[4] === '00' && timed[5] === '00' && (timed[6] ?? '00') === '00') return isoDay(timed[1], timed[2], timed[3]);
    const zone = timed[7] ? (timed[7].toUpperCase() === 'Z' ? 'Z' : timed[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${timed[1]}-${timed[2]}-${timed[3]}T${timed[4]}:${timed[5]}:${timed[6] ?? '00'}${zone}`;
  }

  const cjk = CJK_DAY.exec(value);
  if (cjk) return isoDay(cjk[1], cjk[2], cjk[3]);

  // Anything else ("Tue, 05 Sep 2016 22:30:04 GMT", "March 3, 2020"): let Date read it, keeping
  // the time only when the text carried one.
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) return '';
  const date = new Date(parsed);
  if (/\d{1,2}:\d{2}/.test(value)) return date.toISOString().replace('.000Z', 'Z');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function isoDay(year: string, month: string, day: string): string {
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return '';
  return `${year}-${pad(m)}-${pad(d)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
