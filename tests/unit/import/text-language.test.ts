// guessLanguage counts letters per script with a per-character table; its answers must be those of
// counting with the Unicode script expressions directly, which this reference does.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/core/seeded-random';
import { guessLanguage } from '../../../src/import/text-language';

const ENGLISH_WORDS = new Set([
  'the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'by', 'at', 'from',
  'this', 'be', 'are', 'have', 'has', 'said', 'not', 'but', 'an', 'they', 'which', 'he', 'she', 'were',
]);

function reference(text: string): string {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  const han = count(/\p{Script=Han}/gu);
  const kana = count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  const hangul = count(/\p{Script=Hangul}/gu);
  const latin = count(/\p{Script=Latin}/gu);
  const cyrillic = count(/\p{Script=Cyrillic}/gu);
  const arabic = count(/\p{Script=Arabic}/gu);
  const letters = han + kana + hangul + latin + cyrillic + arabic;
  if (letters === 0) return '';
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

describe('guessLanguage', () => {
  it('names the usual scripts', () => {
    expect(guessLanguage('The minister said that the plan was not ready.')).toBe('en');
    expect(guessLanguage('Der Minister sagte, der Plan sei nicht fertig.')).toBe('');
    expect(guessLanguage('部长说计划还没有准备好。')).toBe('zh-CN');
    expect(guessLanguage('大臣は計画がまだ準備できていないと述べた。')).toBe('ja');
    expect(guessLanguage('장관은 계획이 아직 준비되지 않았다고 말했다.')).toBe('ko');
    expect(guessLanguage('Министр сказал, что план не готов.')).toBe('ru');
    expect(guessLanguage('قال الوزير إن الخطة ليست جاهزة.')).toBe('ar');
    expect(guessLanguage('123 — …')).toBe('');
  });

  it('agrees with counting by Unicode script on mixed text, astral characters and lone surrogates', () => {
    const pieces = ['a', 'The ', ' the ', 'İ', 'K', 'ß', 'é', '中', '𠀀', 'あ', 'カ', 'ｶ', '한', 'я', 'ع', '𞸀', '\ud800', '\udc00', ' ', '.', 'ǅ', 'ª', 'ⅰ', '𐞀', ' and ', ' of ', 'WAS', '\u0300', 'ー'];
    const random = seededRandom(7);
    for (let sample = 0; sample < 3000; sample++) {
      let text = '';
      for (let length = Math.floor(random() * 24); length > 0; length--) text += pieces[Math.floor(random() * pieces.length)];
      expect(guessLanguage(text), JSON.stringify(text)).toBe(reference(text));
    }
  });
});
