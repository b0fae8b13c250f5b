// A best guess at an article's language from the scripts its letters are written in; good enough to
// pick sentence rules and fonts, not a language identifier.

const HAN = /\p{Script=Han}/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL = /\p{Script=Hangul}/gu;
const LATIN = /\p{Script=Latin}/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const ARABIC = /\p{Script=Arabic}/gu;

// Very common English function words; a Latin text full of them is English rather than French or German.
const ENGLISH_WORDS = new Set([
  'the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'by', 'at', 'from',
  'this', 'be', 'are', 'have', 'has', 'said', 'not', 'but', 'an', 'they', 'which', 'he', 'she', 'were',
]);

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** `zh-CN` for mostly Han text, `en` for English-looking Latin text, another tag when clear, else ''. */
export function guessLanguage(text: string): string {
  const han = count(text, HAN);
  const kana = count(text, KANA);
  const hangul = count(text, HANGUL);
  const latin = count(text, LATIN);
  const cyrillic = count(text, CYRILLIC);
  const arabic = count(text, ARABIC);
  const letters = han + kana + hangul + latin + cyrillic + arabic;
  if (letters === 0) return '';
  // A Han character carries about as much as a short Latin word, so Han wins at a lower share.
  if (kana > 0 && kana + han >= letters * 0.3 && kana >= han * 0.1) return 'ja';
  if (hangul >= letters * 0.3) return 'ko';
  if (han >= letters * 0.25) return 'zh-CN';
  if (cyrillic >= letters * 0.5) return 'ru';
  if (arabic >= letters * 0.5) return 'ar';
  if (latin >= letters * 0.5) {
    const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
    const english = words.filter((word) => ENGLISH_WORDS.has(word)).length;
    return words.length > 0 && english / words.length >= 0.08 ? 'en' : '';
  }
  return '';
}
