// Quotes longer than LONG_QUOTE_LENGTH are searched by their first and last pieces and verified whole.
import { describe, expect, it } from 'vitest';
import { anchorSelectors } from '../../../src/core/anchoring';
import { LONG_QUOTE_LENGTH, QUOTE_PIECE_LENGTH } from '../../../src/core/fuzzy-match';
import { describeRange } from '../../../src/core/selectors';
import { corpusArticleText } from './article-corpus';
import { edit } from './claim-builder';

const text = corpusArticleText(100_000);
// A long passage of ordinary prose from the middle of the text, starting at a block boundary.
const start = text.indexOf('\n\n', 50_000) + 2;
const end = start + 1_500;
const selectors = describeRange(text, start, end);
const quote = selectors.quote.exact;

describe('long quotes', () => {
  it('are longer than the single-word search limit', () => {
    expect(quote.length).toBeGreaterThan(LONG_QUOTE_LENGTH);
    expect(text.indexOf(quote, start + 1)).toBe(-1);
  });

  it('anchor after edits scattered through them and a shift', () => {
    let edited = text;
    for (const at of [1_200, 900, 600, 300, 100]) {
      edited = edit(edited, start + at, start + at + 5, 'CHANGED');
    }
    edited = 'A new first paragraph.\n\n' + edited;
    const result = anchorSelectors(selectors, edited);
    expect(result.kind).toBe('fuzzy');
    if (result.kind === 'orphan') return;
    expect(result.start).toBe(start + 24);
    expect(result.end).toBe(end + 24 + 5 * 2);
  });

  it('anchor when the first piece is rewritten beyond recognition but the last piece survives', () => {
    const edited = edit(text, start, start + QUOTE_PIECE_LENGTH, 'x'.repeat(QUOTE_PIECE_LENGTH));
    const result = anchorSelectors(selectors, edited);
    expect(result).toMatchObject({ kind: 'fuzzy', end });
    if (result.kind !== 'orphan') expect(result.start).toBeLessThanOrEqual(start + QUOTE_PIECE_LENGTH);
  });

  it('anchor when the last piece is rewritten but the first survives', () => {
    const edited = edit(text, end - QUOTE_PIECE_LENGTH, end, 'y'.repeat(QUOTE_PIECE_LENGTH));
    const result = anchorSelectors(selectors, edited);
    expect(result).toMatchObject({ kind: 'fuzzy', start });
  });

  it('orphan when the passage is deleted', () => {
    expect(anchorSelectors(selectors, edit(text, start, end, ''))).toEqual({ kind: 'orphan' });
  });
});
