// Joins the lines of one paragraph back together, as copied text and PDF text layers break them:
// CJK needs no space at the join, English words hyphenated across a break are rejoined.

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]/u;

/** Whether the character is written without spaces around it (Han, kana, Hangul, full-width punctuation). */
export function isCjkChar(char: string | undefined): boolean {
  return char !== undefined && CJK.test(char);
}

/** Joins `next` onto `text` the way the two lines would read on one line. */
export function joinLine(text: string, next: string): string {
  const left = text.replace(/\s+$/, '');
  const right = next.replace(/^\s+/, '');
  if (left === '') return right;
  if (right === '') return left;
  // "exam-" + "ple": a hyphen after a lower-case letter with a lower-case word following is a line-break
  // hyphen. (A real compound split exactly at its hyphen loses the hyphen; that is the rarer case.)
  if (/\p{Ll}-$/u.test(left) && /^\p{Ll}/u.test(right)) return left.slice(0, -1) + right;
  const last = [...left].pop();
  const first = [...right][0];
  // No space inside brackets and quotes that hug their words: "“" + "OK”", "(" + "see below)".
  if (/[“‘([{「『《〈【]/u.test(last ?? '') || /[”’)\]}」』》〉】,.;:!?]/u.test(first ?? '')) return left + right;
  if (isCjkChar(last) || isCjkChar(first)) {
    // Between two CJK characters no space; between CJK and a Latin word or number one space reads
    // better; next to punctuation none, as the punctuation carries its own spacing.
    if (isCjkChar(last) && isCjkChar(first)) return left + right;
    const [cjkSide, other] = isCjkChar(last) ? [last, first] : [first, last];
    const wordMeetsWord = /[\p{L}\p{N}]/u.test(other ?? '') && /[\p{L}\p{N}]/u.test(cjkSide ?? '');
    return wordMeetsWord ? `${left} ${right}` : left + right;
  }
  // Chinese set with half-width punctuation ("…的今天," + "控制…"): the comma belongs to the CJK text.
  const beforeLast = [...left].at(-2);
  if (/\p{P}/u.test(last ?? '') && isCjkChar(beforeLast)) return left + right;
  return `${left} ${right}`;
}

export function joinLines(lines: readonly string[]): string {
  return lines.reduce((text, line) => joinLine(text, line), '');
}

/** Display width of a line: CJK characters take two columns, as they do in a monospaced text file. */
export function displayWidth(line: string): number {
  let width = 0;
  for (const char of line) width += isCjkChar(char) ? 2 : 1;
  return width;
}
