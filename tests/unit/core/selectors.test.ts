import { describe, expect, it } from 'vitest';
import { describeRange, PREFIX_SUFFIX_LENGTH } from '../../../src/core/selectors';
import { readShared, SEED_ARTICLE } from './shared-fixtures';

const seed = readShared(SEED_ARTICLE);

describe('describeRange', () => {
  it('keeps the quote with 32 characters of context on each side', () => {
    const start = seed.indexOf('这种基于共同发展的深厚合作基础');
    const end = start + 40;
    const selectors = describeRange(seed, start, end);
    expect(PREFIX_SUFFIX_LENGTH).toBe(32);
    expect(selectors.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: seed.slice(start, end),
      prefix: seed.slice(start - 32, start),
      suffix: seed.slice(end, end + 32),
    });
    expect(selectors.position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('clips the context at the start and end of the text', () => {
    const atStart = describeRange(seed, 0, 4);
    expect(atStart.quote.prefix).toBe('');
    expect(atStart.quote.suffix).toBe(seed.slice(4, 36));
    const end = seed.trimEnd().length;
    const atEnd = describeRange(seed, end - 5, end);
    expect(atEnd.quote.suffix).toBe(seed.slice(end, end + 32));
    expect(atEnd.quote.prefix).toBe(seed.slice(end - 37, end - 5));
    const short = describeRange('one two', 4, 7);
    expect(short.quote).toMatchObject({ prefix: 'one ', exact: 'two', suffix: '' });
  });

  it('trims white space from the edges of the range', () => {
    const paragraphBreak = seed.indexOf('\n\n', 500);
    const selectors = describeRange(seed, paragraphBreak - 6, paragraphBreak + 2);
    expect(selectors.quote.exact).toBe(seed.slice(paragraphBreak - 6, paragraphBreak));
    expect(selectors.position).toMatchObject({ start: paragraphBreak - 6, end: paragraphBreak });
    expect(describeRange('a \u3000two\u00a0 b', 1, 8).quote.exact).toBe('two');
  });

  it('rejects empty, reversed, fractional, out-of-range and white-space-only ranges with a clear message', () => {
    expect(() => describeRange(seed, 10, 10)).toThrow(/empty/);
    expect(() => describeRange(seed, 12, 10)).toThrow(/empty or reversed/);
    expect(() => describeRange(seed, -1, 10)).toThrow(/outside the text/);
    expect(() => describeRange(seed, 0, seed.length + 1)).toThrow(/outside the text/);
    expect(() => describeRange(seed, 0.5, 3)).toThrow(/whole numbers/);
    const blank = seed.indexOf('\n\n');
    expect(() => describeRange(seed, blank, blank + 2)).toThrow(/only white space/);
  });

  it('never splits a surrogate pair in the quote or its context', () => {
    const text = 'ab😀cd😀' + 'x'.repeat(31) + '😀ef';
    const inside = describeRange(text, 3, 5);
    expect(inside.quote.exact).toBe('😀c');
    expect(inside.position.start).toBe(2);
    const suffixCut = describeRange(text, 0, 2);
    expect(suffixCut.quote.suffix.length).toBeLessThanOrEqual(32);
    const after = describeRange(text, 40, 42);
    expect(after.quote.prefix.charCodeAt(0)).not.toBeGreaterThanOrEqual(0xdc00);
  });
});
