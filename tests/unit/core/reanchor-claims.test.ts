// reanchorClaims over a whole set of claims: report, order, untouched objects, and repeated passages
// where only the shift seen on earlier claims tells the copies apart.
import { describe, expect, it } from 'vitest';
import { reanchorClaims } from '../../../src/core/anchoring';
import { claimAt, claimOn, edit } from './claim-builder';
import { readShared, SEED_ARTICLE } from './shared-fixtures';

const seed = readShared(SEED_ARTICLE);
const paragraphs = seed.split(/\n\n+/).filter((paragraph) => paragraph.length > 80);

describe('reanchorClaims', () => {
  it('keeps the input order and counts each kind of result', () => {
    const [first, second, third] = paragraphs.slice(2, 5) as [string, string, string];
    const claims = [claimOn(seed, third.slice(0, 20)), claimOn(seed, first.slice(5, 30)), claimOn(seed, second.slice(10, 40))];
    const firstAt = seed.indexOf(first);
    const secondAt = seed.indexOf(second);
    // Replace a character inside the second paragraph's claim and insert text before the first.
    let edited = edit(seed, secondAt + 20, secondAt + 21, '某');
    edited = edit(edited, firstAt, firstAt, '插入的一句话。');
    const { claims: placed, report } = reanchorClaims(claims, edited);
    expect(placed.map((claim) => claim.id)).toEqual(claims.map((claim) => claim.id));
    expect(report).toEqual({ unchanged: 0, moved: 2, fuzzy: 1, orphaned: 0 });
    expect(placed[2]!.selectors.quote.exact).toContain('某');
  });

  it('tells identical copies of a passage apart by the shift seen on the claims before them', () => {
    // An introduction, two distinct paragraphs, then one paragraph repeated three times, with a claim
    // on the first distinct paragraph and on the same sentence in each copy. Deleting the
    // introduction (as long as one copy) moves everything back by one copy, so each copy now starts
    // exactly where the previous one was and the stored positions alone would point at the wrong copies.
    const repeated = paragraphs[3]!;
    const introduction = (paragraphs[4]! + paragraphs[7]!).slice(0, repeated.length);
    expect(introduction).toHaveLength(repeated.length);
    const [distinct, between] = [paragraphs[5]!, paragraphs[6]!];
    const text = [introduction, distinct, between, repeated, repeated, repeated].join('\n\n');
    const step = repeated.length + 2;
    const firstCopy = text.indexOf(repeated);
    const sentence = repeated.slice(0, 12);
    const claims = [
      claimOn(text, distinct.slice(0, 20)),
      ...[0, 1, 2].map((copy) => claimAt(text, firstCopy + copy * step, firstCopy + copy * step + sentence.length)),
    ];
    const edited = text.slice(step);
    expect(edited.slice(firstCopy, firstCopy + sentence.length)).toBe(sentence);
    const { claims: placed, report } = reanchorClaims(claims, edited);
    expect(report).toEqual({ unchanged: 0, moved: 4, fuzzy: 0, orphaned: 0 });
    expect(placed.map((claim) => claim.selectors.position.start)).toEqual(
      claims.map((claim) => claim.selectors.position.start - step),
    );
  });

  it('flags unplaceable claims as orphaned, keeps their selectors and un-orphans them later', () => {
    const passage = paragraphs[5]!.slice(0, 30);
    const claim = claimOn(seed, passage);
    const without = seed.replace(paragraphs[5]!, '');
    const first = reanchorClaims([claim], without);
    expect(first.report.orphaned).toBe(1);
    expect(first.claims[0]).toMatchObject({ orphaned: true, selectors: claim.selectors });
    // Orphaned again: nothing to change, so the same object comes back.
    const again = reanchorClaims(first.claims, without);
    expect(again.claims[0]).toBe(first.claims[0]);
    const restored = reanchorClaims(first.claims, '前言。\n\n' + seed);
    expect(restored.report).toEqual({ unchanged: 0, moved: 1, fuzzy: 0, orphaned: 0 });
    expect(restored.claims[0]).toMatchObject({ orphaned: false });
    expect(restored.claims[0]!.selectors.position.start).toBe(claim.selectors.position.start + '前言。\n\n'.length);
  });

  it('leaves claims in an unchanged text untouched', () => {
    const claims = paragraphs.slice(0, 6).map((paragraph) => claimOn(seed, paragraph.slice(0, 15)));
    const { claims: placed, report } = reanchorClaims(claims, seed);
    expect(report).toEqual({ unchanged: 6, moved: 0, fuzzy: 0, orphaned: 0 });
    placed.forEach((claim, index) => expect(claim).toBe(claims[index]));
  });
});
