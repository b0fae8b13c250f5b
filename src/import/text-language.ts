// A best guess at an article's language from the scripts its letters are written in; good enough to
// pick sentence rules and fonts, not a language identifier.

// The scripts counted: Han, kana (hiragana and katakana together), Hangul, Latin, Cyrillic, Arabic.
const SCRIPT_TESTS = [
  /\p{Script=Han}/u,
  /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
  /\p{Script=Hangul}/u,
  /\p{Script=Latin}/u,
  /\p{Script=Cyrillic}/u,
  /\p{Script=Arabic}/u,
];
const LATIN = 3;
const LETTER = /\p{L}/u;

// Very common English function words; a Latin text full of them is English rather than French or German.
const ENGLISH_WORDS = new Set([
  'the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'by', 'at', 'from',
  'this', 'be', 'are', 'have', 'has', 'said', 'not', 'but', 'an', 'they', 'which', 'he', 'she', 'were',
]);
const LONGEST_ENGLISH_WORD = Math.max(...Array.from(ENGLISH_WORDS, (word) => word.length));

// What the regular expressions say about each character of the Basic Multilingual Plane, worked out
// the first time the character is seen: asking them once per character of a long text was most of
// the cost of a guess. Bits 0–2: the script index + 1 (0 for none of them); bit 3: a letter (\p{L});
// bit 4: known.
const KNOWN = 0x10;
const IS_LETTER = 0x08;
const bmpFacts = new Uint8Array(0x10000);

function factsOf(codePoint: number): number {
  if (codePoint <= 0xffff) {
    const cached = bmpFacts[codePoint]!;
    if (cached !== 0) return cached;
  }
  const char = String.fromCodePoint(codePoint);
  let facts = KNOWN | (LETTER.test(char) ? IS_LETTER : 0);
  const script = SCRIPT_TESTS.findIndex((test) => test.test(char));
  if (script !== -1) facts |= script + 1;
  if (codePoint <= 0xffff) bmpFacts[codePoint] = facts;
  return facts;
}

/** The code point at `index`, a surrogate pair read as one, as `for…of` and /u expressions read text. */
function codePointAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return code;
}

/** How many characters of each script the text has (the counts /\p{Script=…}/gu would match). */
function scriptCounts(text: string): number[] {
  const counts = [0, 0, 0, 0, 0, 0];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      // ASCII letters are Latin; no other ASCII character is in any of the scripts.
      const lower = code | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) counts[LATIN]! += 1;
      continue;
    }
    const codePoint = codePointAt(text, index);
    if (codePoint > 0xffff) index++;
    const script = (factsOf(codePoint) & 0x7) - 1;
    if (script !== -1) counts[script]! += 1;
  }
  return counts;
}

/** The number of words (runs of letters) in the lower-cased text, and how many are ENGLISH_WORDS. */
function englishWordShare(text: string): { words: number; english: number } {
  const lower = text.toLowerCase();
  let words = 0;
  let english = 0;
  let start = -1;
  let ascii = true;
  const endWord = (end: number): void => {
    words += 1;
    if (ascii && end - start <= LONGEST_ENGLISH_WORD && ENGLISH_WORDS.has(lower.slice(start, end))) english += 1;
    start = -1;
  };
  for (let index = 0; index < lower.length; index++) {
    const code = lower.charCodeAt(index);
    let letter: boolean;
    let width = 1;
    if (code < 0x80) {
      letter = code >= 0x61 && code <= 0x7a; // no upper case is left after toLowerCase
    } else {
      const codePoint = codePointAt(lower, index);
      if (codePoint > 0xffff) width = 2;
      letter = (factsOf(codePoint) & IS_LETTER) !== 0;
    }
    if (letter) {
      if (start === -1) {
        start = index;
        ascii = true;
      }
      if (code >= 0x80) ascii = false;
    } else if (start !== -1) {
      endWord(index);
    }
    index += width - 1;
  }
  if (start !== -1) endWord(lower.length);
  return { words, english };
}

/** `zh-CN` for mostly Han text, `en` for English-looking Latin text, another tag when clear, else ''. */
export function guessLanguage(text: string): string {
  const [han = 0, kana = 0, hangul = 0, latin = 0, cyrillic = 0, arabic = 0] = scriptCounts(text);
  const letters = han + kana + hangul + latin + cyrillic + arabic;
  if (letters === 0) return '';
  // A Han character carries about as much as a short Latin word, so Han wins at a lower share.
  if (kana > 0 && kana + han >= letters * 0.3 && kana >= han * 0.1) return 'ja';
  if (hangul >= letters * 0.3) return 'ko';
  if (han >= letters * 0.25) return 'zh-CN';
  if (cyrillic >= letters * 0.5) return 'ru';
  if (arabic >= letters * 0.5) return 'ar';
  if (latin >= letters * 0.5) {
    const { words, english } = englishWordShare(text);
    return words > 0 && english / words >= 0.08 ? 'en' : '';
  }
  return '';
}
