import { describe, expect, it } from 'vitest';
import { segmentsForClaims } from '../../../src/core/overlaps';
import { claimAt } from './claim-builder';
import { readShared, SEED_ARTICLE } from './shared-fixtures';

// White space removed so that claims keep exactly the ranges given here (describeRange trims it).
const seed = readShared(SEED_ARTICLE).replace(/\s/g, '');

describe('segmentsForClaims', () => {
  it('covers the whole text with maximal segments, each listing the claims over it', () => {
    const a = claimAt(seed, 100, 200);
    const b = claimAt(seed, 150, 250);
    const c = claimAt(seed, 160, 170);
    const d = claimAt(seed, 250, 260);
    const segments = segmentsForClaims(seed.length, [d, c, b, a]);
    expect(segments).toEqual([
      { start: 0, end: 100, claimIds: [] },
      { start: 100, end: 150, claimIds: [a.id] },
      { start: 150, end: 160, claimIds: [a.id, b.id] },
      { start: 160, end: 170, claimIds: [a.id, b.id, c.id] },
      { start: 170, end: 200, claimIds: [a.id, b.id] },
      { start: 200, end: 250, claimIds: [b.id] },
      { start: 250, end: 260, claimIds: [d.id] },
      { start: 260, end: seed.length, claimIds: [] },
    ]);
  });

  it('merges neighbours covered by the same claims and lists identical ranges once each', () => {
    const a = claimAt(seed, 10, 20);
    const twin = claimAt(seed, 10, 20);
    const segments = segmentsForClaims(30, [twin, a]);
    expect(segments).toEqual([
      { start: 0, end: 10, claimIds: [] },
      { start: 10, end: 20, claimIds: [a.id, twin.id].sort() },
      { start: 20, end: 30, claimIds: [] },
    ]);
  });

  it('leaves out orphans, clips claims to the text and handles an empty text', () => {
    const orphan = claimAt(seed, 0, 10, { orphaned: true });
    const overlong = claimAt(seed, 20, 40);
    expect(segmentsForClaims(30, [orphan, overlong])).toEqual([
      { start: 0, end: 20, claimIds: [] },
      { start: 20, end: 30, claimIds: [overlong.id] },
    ]);
    expect(segmentsForClaims(0, [overlong])).toEqual([]);
  });

  it('stays consistent with a direct per-character count on many random overlapping claims', () => {
    const claims = Array.from({ length: 200 }, (_, index) => {
      const start = (index * 7919) % (seed.length - 300);
      return claimAt(seed, start, start + 1 + ((index * 104729) % 280));
    }).filter((claim) => claim.selectors.position.end > claim.selectors.position.start);
    const segments = segmentsForClaims(seed.length, claims);
    expect(segments[0]!.start).toBe(0);
    expect(segments.at(-1)!.end).toBe(seed.length);
    for (let i = 1; i < segments.length; i += 1) {
      expect(segments[i]!.start).toBe(segments[i - 1]!.end);
      expect(segments[i]!.claimIds).not.toEqual(segments[i - 1]!.claimIds);
    }
    for (const segment of segments) {
      for (const offset of [segment.start, segment.end - 1]) {
        const covering = claims
          .filter((claim) => claim.selectors.position.start <= offset && offset < claim.selectors.position.end)
          .map((claim) => claim.id)
          .sort();
        expect([...segment.claimIds].sort()).toEqual(covering);
      }
    }
  });
});
