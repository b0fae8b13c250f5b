// Finds calendar dates written the ways news pages write them (2026-02-25 18:47, 2026年2月25日,
// 3 March 2025, March 3, 2025) and turns them into ISO dates. Shared by the text, Markdown and PDF readers.

export interface FoundDate {
  /** YYYY-MM-DD */
  iso: string;
  /** Where the match starts and ends in the searched text. */
  start: number;
  end: number;
  /** Whether a clock time followed the date; a date with a time is more likely a timestamp than a mention. */
  hasTime: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH_NAME = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const TIME = '(?:[,\\sT]*(?:at\\s+)?\\d{1,2}[:：.]\\d{2}(?:[:：]\\d{2})?(?:\\s*[ap]\\.?m\\.?)?)?';

// Each pattern names its year, month and day groups so one loop can read them all.
const PATTERNS: readonly RegExp[] = [
  // 2026-02-25, 2026/2/25, 2026.02.25, optionally followed by a time
  new RegExp(`(?<![\\d])(?<year>(?:19|20)\\d{2})[-/.](?<month>\\d{1,2})[-/.](?<day>\\d{1,2})(?![\\d])(?<time>${TIME})`, 'giu'),
  // 2026年2月25日 (the 日 is sometimes left out), optionally with 18:47
  new RegExp(`(?<year>(?:19|20)\\d{2})\\s*年\\s*(?<month>\\d{1,2})\\s*月\\s*(?<day>\\d{1,2})\\s*[日号]?(?<time>${TIME})`, 'giu'),
  // 3 March 2025, Tuesday 3 Mar. 2025
  new RegExp(`(?<![\\d])(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME.replace('(', '(?<monthName>')},?\\s+(?<year>(?:19|20)\\d{2})(?![\\d])(?<time>${TIME})`, 'giu'),
  // March 3, 2025
  new RegExp(`${MONTH_NAME.replace('(', '(?<monthName>')}\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>(?:19|20)\\d{2})(?![\\d])(?<time>${TIME})`, 'giu'),
];

function validIso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every date in `text`, in order of position; overlapping matches keep the earliest, longest one. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const pattern of PATTERNS) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const groups = match.groups ?? {};
      const month = groups.monthName ? MONTHS[groups.monthName.toLowerCase().replace('.', '')] : Number(groups.month);
      const iso = month ? validIso(Number(groups.year), month, Number(groups.day)) : undefined;
      if (!iso || match.index === undefined) continue;
      found.push({
        iso,
        start: match.index,
        end: match.index + match[0].length,
        hasTime: (groups.time ?? '').trim() !== '',
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundDate[] = [];
  for (const date of found) {
    const last = kept[kept.length - 1];
    if (last && date.start < last.end) continue;
    kept.push(date);
  }
  return kept;
}

export function findDate(text: string): FoundDate | undefined {
  return findDates(text)[0];
}

/** The ISO date of a metadata value such as a front-matter `date:`; empty when it holds no date. */
export function isoDateOf(value: string): string {
  return findDate(value)?.iso ?? '';
}

// Words that commonly stand next to a publication timestamp; they do not make a line less of a date line.
const DATE_LABELS = new RegExp(
  [
    '\\b(?:first\\s+)?(?:published|updated|posted|last\\s+modified|modified|date|on|at|gmt|utc|bst|cet|est|edt|pst|pdt|cst|am|pm)\\b',
    '\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b',
    '发布时间|发布于|发表于|发表时间|发布日期|更新时间|更新于|日期|时间|发布|星期[一二三四五六日天]|周[一二三四五六日天]|[年月日时分秒]',
  ].join('|'),
  'giu',
);

/**
 * Whether the line is essentially a timestamp (a date with at most a label and a time zone round it),
 * as opposed to a sentence that mentions a date.
 */
export function isDateLine(line: string): FoundDate | undefined {
  // "2017-03-10 09:58 来源:网易科学人": a source label beside the timestamp is still a dateline.
  const withoutSource = line.replace(/(来源|稿源|source)\s*[:：]\s*[^\s|丨,，]+/giu, ' ');
  const dates = findDates(withoutSource);
  if (dates.length !== 1) return undefined;
  const [date] = dates as [FoundDate];
  const rest = (withoutSource.slice(0, date.start) + ' ' + withoutSource.slice(date.end))
    .replace(DATE_LABELS, '')
    .replace(/[\s\p{P}\p{S}\d]+/gu, '');
  return rest.length <= 3 ? date : undefined;
}
