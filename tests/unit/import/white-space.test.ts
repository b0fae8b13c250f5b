// The importer's white-space folding must give exactly what core's normalizeInlineWhitespace gives.
import { describe, expect, it } from 'vitest';
import { normalizeInlineWhitespace } from '../../../src/core/document-text';
import { foldWhiteSpace, normalizeWhiteSpace } from '../../../src/import/white-space';

describe('normalizeWhiteSpace', () => {
  it('keeps a lone ideographic space and folds every other run to one space', () => {
    expect(foldWhiteSpace(' a\u3000b \u3000c\t\nd\u00a0e ')).toBe(' a\u3000b c d e ');
    expect(normalizeWhiteSpace('\u3000a\u200b b\u0007\u3000')).toBe('a b');
  });

  it('relies on text below U+0300 being NFC already: every such pair of characters is', () => {
    let changed = 0;
    for (let first = 0; first < 0x300; first++) {
      for (let second = 0; second < 0x300; second++) {
        const pair = String.fromCharCode(first, second);
        if (pair.normalize('NFC') !== pair) changed += 1;
      }
    }
    expect(changed).toBe(0);
  });

  it('equals normalizeInlineWhitespace on random runs of white space, controls and combining marks', () => {
    const pieces = [' ', ' ', '\u3000', '\u00a0', '\t', '\n', '\r', '\v', '\f', 'a', 'é', 'e\u0301', '\u200b', '\u0007', '\u2028', '\ufeff', '\u2003', '\u1680', '\u0085', 'x', '中'];
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let sample = 0; sample < 5000; sample++) {
      let text = '';
      for (let length = Math.floor(random() * 10); length > 0; length--) text += pieces[Math.floor(random() * pieces.length)];
      expect(normalizeWhiteSpace(text), JSON.stringify(text)).toBe(normalizeInlineWhitespace(text));
    }
  });
});
