import { describe, expect, it } from 'vitest';
import { sortClaimsByPosition } from '../../../src/core/claim-order';
import { claimAt } from './claim-builder';
import { readShared, SEED_ARTICLE } from './shared-fixtures';

const seed = readShared(SEED_ARTICLE);

describe('sortClaimsByPosition', () => {
  it('orders by start, encloser before enclosed, orphans last, without touching the input', () => {
    const late = claimAt(seed, 900, 950);
    const inner = claimAt(seed, 300, 320);
    const outer = claimAt(seed, 300, 400);
    const early = claimAt(seed, 100, 120);
    const orphanOld = claimAt(seed, 50, 60, { orphaned: true, createdAt: '2024-01-01T00:00:00.000Z' });
    const orphanNew = claimAt(seed, 10, 20, { orphaned: true, createdAt: '2024-06-01T00:00:00.000Z' });
    const input = [orphanNew, late, inner, orphanOld, outer, early];
    const copy = [...input];
    expect(sortClaimsByPosition(input).map((claim) => claim.id)).toEqual(
      [early, outer, inner, late, orphanOld, orphanNew].map((claim) => claim.id),
    );
    expect(input).toEqual(copy);
  });

  it('breaks exact ties by creation time, then id', () => {
    const a = claimAt(seed, 200, 220, { id: 'b', createdAt: '2025-01-01T00:00:00.000Z' });
    const b = claimAt(seed, 200, 220, { id: 'a', createdAt: '2025-01-01T00:00:00.000Z' });
    const c = claimAt(seed, 200, 220, { id: 'c', createdAt: '2024-01-01T00:00:00.000Z' });
    expect(sortClaimsByPosition([a, b, c]).map((claim) => claim.id)).toEqual(['c', 'a', 'b']);
  });
});
