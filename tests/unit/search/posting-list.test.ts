// Packed posting lists: entries sorted by document number, each carrying the document's kind.
import { describe, expect, it } from 'vitest';
import { addToPostings, entryDocNo, entryKind, intersectAll, postingEntry, removeFromPostings } from '../../../src/core/search/posting-list';

describe('packed posting lists', () => {
  it('keeps document number and kind in one entry', () => {
    for (const kind of ['article', 'claim', 'source'] as const) {
      const entry = postingEntry(70_000, kind);
      expect(entryDocNo(entry)).toBe(70_000);
      expect(entryKind(entry)).toBe(kind);
    }
  });

  it('merges new entries in order without duplicates, and removes them again', () => {
    const list = addToPostings(new Uint32Array([4, 12, 20]), [16, 4, 8, 24, 8]);
    expect([...list]).toEqual([4, 8, 12, 16, 20, 24]);
    expect([...removeFromPostings(list, new Set([8, 24]))]).toEqual([4, 12, 16, 20]);
  });

  it('intersects sets of entries', () => {
    expect([...intersectAll([new Set([1, 2, 3]), new Set([2, 3, 4]), new Set([3, 2])])].sort()).toEqual([2, 3]);
    expect(intersectAll([])).toEqual(new Set());
  });
});
