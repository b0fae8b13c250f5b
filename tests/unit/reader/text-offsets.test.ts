// Mapping offsets of the article text to blocks and list items, including separators and empty blocks.
import { describe, expect, it } from 'vitest';
import { blockRanges, documentText } from '../../../src/core/document-text';
import type { Block } from '../../../src/core/model';
import { blockIndexAt, blockParts, partAt } from '../../../src/reader/text-offsets';

const blocks: Block[] = [
  { type: 'paragraph', inlines: [{ text: 'Alpha' }] },
  { type: 'image', alt: 'no caption', caption: [] },
  { type: 'list', ordered: true, items: [[{ text: 'one' }], [{ text: 'two' }], [{ text: '' }], [{ text: 'four' }]] },
  { type: 'paragraph', inlines: [{ text: '最后' }] },
];
const text = documentText(blocks);
const ranges = blockRanges(blocks);

describe('blockIndexAt', () => {
  it('finds the block holding an offset and skips blocks without text', () => {
    expect(text).toBe('Alpha\n\none\ntwo\n\nfour\n\n最后');
    expect(blockIndexAt(ranges, 0, 'forward')).toBe(0);
    expect(blockIndexAt(ranges, 3, 'backward')).toBe(0);
    expect(blockIndexAt(ranges, text.indexOf('two'), 'forward')).toBe(2);
    expect(blockIndexAt(ranges, text.indexOf('最'), 'backward')).toBe(3);
  });

  it('puts a boundary or separator offset after or before by bias', () => {
    expect(blockIndexAt(ranges, 5, 'backward')).toBe(0);
    expect(blockIndexAt(ranges, 5, 'forward')).toBe(2);
    expect(blockIndexAt(ranges, 6, 'forward')).toBe(2);
    expect(blockIndexAt(ranges, 6, 'backward')).toBe(0);
    expect(blockIndexAt(ranges, text.length, 'forward')).toBe(3);
  });

  it('answers -1 when no block has text', () => {
    expect(blockIndexAt(blockRanges([{ type: 'image', alt: '', caption: [] }]), 0, 'forward')).toBe(-1);
  });
});

describe('partAt', () => {
  const parts = blockParts(blocks[2]!);
  it('maps block-local offsets to list items, the separator to either side', () => {
    expect(parts).toEqual(['one', 'two', '', 'four']);
    expect(partAt(parts, 0, 'forward')).toEqual({ part: 0, offset: 0 });
    expect(partAt(parts, 3, 'backward')).toEqual({ part: 0, offset: 3 });
    expect(partAt(parts, 3, 'forward')).toEqual({ part: 1, offset: 0 });
    expect(partAt(parts, 5, 'forward')).toEqual({ part: 1, offset: 1 });
    // An empty item holds no text, so a forward point on it moves on to the next item.
    expect(partAt(parts, 8, 'forward')).toEqual({ part: 3, offset: 0 });
    expect(partAt(parts, 8, 'backward')).toEqual({ part: 2, offset: 0 });
    expect(partAt(parts, 9, 'forward')).toEqual({ part: 3, offset: 0 });
    expect(partAt(parts, 13, 'forward')).toEqual({ part: 3, offset: 4 });
  });
  it('has one part for other blocks', () => {
    expect(blockParts(blocks[0]!)).toEqual(['Alpha']);
    expect(blockParts(blocks[1]!)).toEqual(['']);
  });
});
