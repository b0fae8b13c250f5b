// Reads what it can from a free-text citation (APA, MLA, Chicago-like, GB/T 7714, or a bare
// "Publisher, date" line): URL, title, author, publisher and dates. Whatever it cannot place stays
// for the user to fill in; a citation without any URL is still a valid source.

export interface ParsedCitation {
  url: string;
  title: string;
  author: string;
  publisher: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or ''. */
  publishedDate: string;
  /** ISO date (YYYY-MM-DD) or ''. */
  accessedDate: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"“”《》]+/i;
/** Closing punctuation that ends a sentence rather than belonging to the address. */
const URL_TRAILING = /[.,;:!?)\]}>'’」』）】。，；：]+$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDate(year: number, month?: number, day?: number): string {
  if (year < 1000 || year > 2999) return '';
  if (!month) return String(year);
  if (month < 1 || month > 12) return '';
  if (!day) return `${year}-${pad(month)}`;
  if (day < 1 || day > 31) return '';
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Finds the first date in `text`: 2024-05-03, 2024/5/3, 2024年5月3日, May 3, 2024, 3 May 2024, (2024). */
export function findDate(text: string): { date: string; index: number; length: number } | null {
  const patterns: Array<[RegExp, (m: RegExpExecArray) => string]> = [
    [/(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/, (m) => isoDate(+m[1]!, +m[2]!, m[3] ? +m[3] : undefined)],
    [/\b(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?\b/, (m) => isoDate(+m[1]!, +m[2]!, m[3] ? +m[3] : undefined)],
    [
      /\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?\s+(\d{4})\b/,
      (m) => (monthNumber(m[1]!) ? isoDate(+m[3]!, monthNumber(m[1]!), +m[2]!) : ''),
    ],
    [
      /\b(\d{1,2})\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4})\b/,
      (m) => (monthNumber(m[2]!) ? isoDate(+m[3]!, monthNumber(m[2]!), +m[1]!) : ''),
    ],
    [/\b([A-Z][a-z]{2,8})\.?\s+(\d{4})\b/, (m) => (monthNumber(m[1]!) ? isoDate(+m[2]!, monthNumber(m[1]!)) : '')],
    [/[(（]\s*(\d{4})[a-z]?\s*[)）]/, (m) => isoDate(+m[1]!)],
    [/(?:^|[\s,，.。])((?:19|20)\d{2})(?=年?(?:[\s,，.。)）]|$))年?/, (m) => isoDate(+m[1]!)],
  ];
  let best: { date: string; index: number; length: number } | null = null;
  for (const [pattern, toIso] of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const date = toIso(match);
    // A fuller date wins over a bare year found earlier in the text.
    if (date && (!best || date.length > best.date.length)) best = { date, index: match.index, length: match[0].length };
  }
  return best;
}

function monthNumber(name: string): number | undefined {
  return MONTHS[name.slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()];
}

function cleanPart(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:，。；：、]+|[\s.,;:，。；：、]+$/g, '')
    .trim();
}

/** Like cleanPart, but keeps the stop after a final initial ("Smith, J."). */
function cleanAuthor(text: string): string {
  const cleaned = cleanPart(text);
  return /(?:^|[\s,])\p{Lu}$/u.test(cleaned) && /\.\s*$/.test(text.trim()) ? `${cleaned}.` : cleaned;
}

/** Splits the text into the URL (if any) and the rest. */
function takeUrl(text: string): { url: string; rest: string } {
  const match = URL_PATTERN.exec(text);
  if (!match) return { url: '', rest: text };
  const url = match[0].replace(URL_TRAILING, '');
  const rest = text.slice(0, match.index) + text.slice(match.index + url.length);
  return { url: url.startsWith('www.') ? `https://${url}` : url, rest };
}

/** "Retrieved May 3, 2024", "Accessed 3 May 2024", "[访问日期：2024-05-03]", "[2024-05-03]" after a [N]/[EB/OL]. */
function takeAccessedDate(text: string): { accessedDate: string; rest: string } {
  const pattern = /(?:\[|\(|\b)(?:retrieved|accessed|viewed|consulted|访问日期|访问于|引用日期|检索日期)\s*(?:on\s*)?[:：]?\s*([^\]).;，。]*?\d{4}[^\]).;，。]*?)(?:\]|\)|(?=[.;，。]|\s+from\b)|$)(?:\s*from)?/i;
  const match = pattern.exec(text);
  if (!match) return { accessedDate: '', rest: text };
  const found = findDate(match[1]!);
  if (!found || found.date.length !== 10) return { accessedDate: '', rest: text };
  return { accessedDate: found.date, rest: text.slice(0, match.index) + text.slice(match.index + match[0].length) };
}

function quotedTitle(text: string): { title: string; index: number; length: number } | null {
  const match = /“([^”]{3,})”|"([^"]{3,})"|《([^》]+)》|「([^」]+)」|‘([^’]{3,})’/.exec(text);
  if (!match) return null;
  const title = cleanPart(match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? '');
  return { title, index: match.index, length: match[0].length };
}

/** Splits on sentence stops (". " and "。"), keeping initials such as "Smith, J." in one piece. */
function sentences(text: string): string[] {
  return text
    .split(/(?<!\b[A-Z])\.\s+|。|(?<=\])\.?\s*/)
    .map(cleanPart)
    .filter(Boolean);
}

export function parseCitation(input: string): ParsedCitation {
  const result: ParsedCitation = { url: '', title: '', author: '', publisher: '', publishedDate: '', accessedDate: '' };
  let text = input.replace(/\s+/g, ' ').trim();
  if (!text) return result;

  const url = takeUrl(text);
  result.url = url.url;
  text = url.rest.replace(/\b(?:available (?:at|from)|retrieved from|online|URL)\s*[:：]?\s*$/i, '').trim();

  const accessed = takeAccessedDate(text);
  result.accessedDate = accessed.accessedDate;
  text = accessed.rest;

  // GB/T 7714: 作者. 题名[N/OL]. 报纸名, 2024-05-03(2).
  const gbt = /^(.*?)[.．]\s*(.+?)\s*\[(?:[A-Z]{1,2})(?:\/OL)?\]\s*[.．]?\s*(.*)$/.exec(text);
  if (gbt) {
    result.author = cleanPart(gbt[1]!);
    result.title = cleanPart(gbt[2]!);
    const tail = gbt[3]!;
    const date = findDate(tail);
    if (date) result.publishedDate = date.date;
    result.publisher = cleanPart((date ? tail.slice(0, date.index) : tail).split(/[,，:：]/)[0] ?? '');
    return result;
  }

  const date = findDate(text);
  if (date) {
    result.publishedDate = date.date;
  }

  const quoted = quotedTitle(text);
  if (quoted) {
    // MLA / Chicago: Author. "Title." Publisher, date.
    result.title = quoted.title;
    result.author = cleanAuthor(text.slice(0, quoted.index));
    const after = text.slice(quoted.index + quoted.length);
    const withoutDate = date && date.index >= quoted.index + quoted.length ? after.replace(text.slice(date.index, date.index + date.length), '') : after;
    result.publisher = cleanPart(withoutDate.split(/[,，;；]/).map(cleanPart).find(Boolean) ?? '');
    return result;
  }

  // APA: Author, A. (2024, May 3). Title. Publisher.
  const apa = /^(.*?)\s*[(（]\s*(\d{4}[^)）]*)[)）]\s*[.。]?\s*(.*)$/.exec(text);
  if (apa && apa[1]) {
    result.author = cleanAuthor(apa[1]);
    const [year, ...monthDay] = apa[2]!.split(/[,，]\s*/);
    const inParentheses = findDate(`${monthDay.join(' ')} ${year}`);
    if (inParentheses) result.publishedDate = inParentheses.date;
    const rest = sentences(apa[3]!);
    result.title = rest[0] ?? '';
    result.publisher = rest[1] ?? '';
    return result;
  }

  // Anything else: "Title. Publisher" or "Author. Title. Publisher", the order most styles share.
  const withoutDate = date ? text.slice(0, date.index) + text.slice(date.index + date.length) : text;
  const parts = sentences(withoutDate).flatMap((part) => part.split(/\s+[|–—]\s+/).map(cleanPart)).filter(Boolean);
  if (parts.length === 1) {
    const commaParts = parts[0]!.split(/[,，]\s*/).map(cleanPart).filter(Boolean);
    result.title = commaParts[0] ?? '';
    result.publisher = commaParts.slice(1).join(', ');
  } else if (parts.length === 2) {
    result.title = parts[0]!;
    result.publisher = parts[1]!;
  } else {
    result.author = parts[0]!;
    result.title = parts[1]!;
    result.publisher = parts.slice(2).join(', ');
  }
  return result;
}
