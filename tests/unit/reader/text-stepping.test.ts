// Keyboard selection steps over real article text: sentences in Chinese and English, words, characters.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockRanges, documentText } from '../../../src/core/document-text';
import type { Block } from '../../../src/core/model';
import { keptBlocks } from '../../../src/import/extraction';
import { readPlainText } from '../../../src/import/text-reader';
import { TextStepper } from '../../../src/reader/text-stepping';
import { SEED_PATH } from '../../shared-material';

const SEED = SEED_PATH;

function stepperFor(blocks: Block[], locale: string) {
  const text = documentText(blocks);
  return { text, stepper: new TextStepper(text, blockRanges(blocks), locale) };
}

describe('TextStepper on the Chinese seed article', () => {
  const blocks = keptBlocks(readPlainText(readFileSync(SEED, 'utf8'), 'seed.txt').candidates);
  const { text, stepper } = stepperFor(blocks, 'zh-CN');

  it('selects sentence after sentence, ending at 。！？ and never across a block', () => {
    const first = stepper.nextSentence(0)!;
    expect(text.slice(first.start, first.end)).toBe('当中亚五国元首相继飞抵华盛顿,一场备受瞩目的地缘政治大戏拉开帷幕。');
    const second = stepper.nextSentence(first.end)!;
    expect(text.slice(second.start, second.end)).toMatch(/^这次“C5\+1”峰会.*上眼药”。$/);
    // The paragraph ends there; the next sentence is the image caption, a block of its own.
    const third = stepper.nextSentence(second.end)!;
    expect(text.slice(third.start, third.end)).toBe('托卡耶夫9月下旬会见特朗普');
    expect(stepper.previousSentence(third.start)).toEqual(second);
    expect(stepper.previousSentence(first.start)).toBeNull();
  });

  it('extends by a sentence forward and back', () => {
    const start = text.indexOf('9月,哈萨克斯坦');
    const end = stepper.sentenceBoundary(start, 1);
    expect(text.slice(start, end)).toBe('9月,哈萨克斯坦与美国达成协议,将在未来十年斥资40亿美元采购美国机车;乌兹别克斯坦也宣布,将耗资数十亿美元购买波音飞机。');
    expect(stepper.sentenceBoundary(end, -1)).toBe(start);
  });

  it('steps by words as the segmenter finds them in Chinese, skipping punctuation', () => {
    const start = text.indexOf('9月,哈萨克斯坦');
    const afterFirst = stepper.wordBoundary(start, 1);
    expect(text.slice(start, afterFirst)).toMatch(/^9月?$/);
    let offset = start;
    for (let i = 0; i < 4; i += 1) offset = stepper.wordBoundary(offset, 1);
    expect(text.slice(start, offset)).toContain('哈萨克');
    expect(stepper.wordBoundary(offset, -1)).toBeLessThan(offset);
  });

  it('steps by one character', () => {
    const at = text.indexOf('哈萨克斯坦');
    expect(stepper.characterBoundary(at, 1)).toBe(at + 1);
    expect(stepper.characterBoundary(at + 1, -1)).toBe(at);
    expect(stepper.characterBoundary(0, -1)).toBe(0);
    expect(stepper.characterBoundary(text.length, 1)).toBe(text.length);
  });
});

describe('TextStepper on English and astral text', () => {
  const blocks: Block[] = [
    { type: 'heading', level: 1, inlines: [{ text: 'Libraries' }] },
    { type: 'paragraph', inlines: [{ text: 'The council met on Monday. ' }, { text: 'It voted', bold: true }, { text: ' to close two branches!' }] },
    { type: 'list', ordered: false, items: [[{ text: 'One item. Two.' }], [{ text: 'Emoji 👩‍👩‍👧 here' }]] },
  ];
  const { text, stepper } = stepperFor(blocks, 'en');

  it('finds English sentences across inline runs, trimmed', () => {
    const s = stepper.nextSentence(text.indexOf('The'))!;
    expect(text.slice(s.start, s.end)).toBe('The council met on Monday.');
    const t = stepper.nextSentence(s.end)!;
    expect(text.slice(t.start, t.end)).toBe('It voted to close two branches!');
  });

  it('treats an emoji sequence as one character', () => {
    const at = text.indexOf('👩');
    const after = stepper.characterBoundary(at, 1);
    expect(text.slice(at, after)).toBe('👩‍👩‍👧');
    expect(stepper.characterBoundary(after, -1)).toBe(at);
  });

  it('word steps in English land on word ends', () => {
    const at = text.indexOf('council');
    expect(text.slice(at, stepper.wordBoundary(at, 1))).toBe('council');
    expect(stepper.wordBoundary(at + 3, -1)).toBe(at);
  });
});
