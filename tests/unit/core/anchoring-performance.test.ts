// Timing of re-anchoring 1,000 claims in a 100,000-character article of real text, unchanged and
// after edits, with the correctness of every result checked along the way. Timings are logged.
import { describe, expect, it } from 'vitest';
import { reanchorClaims } from '../../../src/core/anchoring';
import type { Claim } from '../../../src/core/model';
import { corpusArticleText } from './article-corpus';
import { claimAt } from './claim-builder';
import { seededRandom } from '../../../src/core/seeded-random';

const ARTICLE_LENGTH = 100_000;
const CLAIM_COUNT = 1_000;

function timed<T>(run: () => T): { value: T; milliseconds: number } {
  const started = performance.now();
  const value = run();
  return { value, milliseconds: performance.now() - started };
}

const text = corpusArticleText(ARTICLE_LENGTH);
const random = seededRandom(2025);
const claims: Claim[] = [];
while (claims.length < CLAIM_COUNT) {
  const length = 10 + Math.floor(random() * 190);
  const start = Math.floor(random() * (text.length - length));
  if (text.slice(start, start + length).trim() === '') continue;
  claims.push(claimAt(text, start, start + length));
}

interface Tracked {
  start: number;
  end: number;
  touched: boolean;
}

/** Applies edits back to front, tracking where each claim's quote ends up and whether an edit touched it. */
function applyEdits(source: string, edits: { at: number; removed: number; inserted: string }[]) {
  const tracked: Tracked[] = claims.map((claim) => ({ ...claim.selectors.position, touched: false }));
  let edited = source;
  for (const { at, removed, inserted } of [...edits].sort((a, b) => b.at - a.at)) {
    edited = edited.slice(0, at) + inserted + edited.slice(at + removed);
    const delta = inserted.length - removed;
    for (const claim of tracked) {
      if (at + removed <= claim.start && !(removed === 0 && at === claim.start && claim.touched)) {
        claim.start += delta;
        claim.end += delta;
      } else if (at < claim.end) {
        claim.touched = true;
        claim.end = Math.max(claim.start, claim.end + delta);
      }
    }
  }
  return { edited, tracked };
}

function checkPlacement(placed: Claim[], edited: string, tracked: Tracked[]) {
  let wronglyPlaced = 0;
  placed.forEach((claim, index) => {
    const expected = tracked[index]!;
    if (claim.orphaned) {
      expect(expected.touched, `claim ${index} orphaned though no edit touched it`).toBe(true);
      return;
    }
    const { start, end } = claim.selectors.position;
    expect(claim.selectors.quote.exact).toBe(edited.slice(start, end));
    if (!expected.touched) {
      expect({ start, end }, `claim ${index}`).toEqual({ start: expected.start, end: expected.end });
    } else if (end <= expected.start || start >= expected.end) {
      wronglyPlaced += 1;
    }
  });
  return wronglyPlaced;
}

describe(`re-anchoring ${CLAIM_COUNT} claims in a ${ARTICLE_LENGTH}-character article`, () => {
  it('takes well under a second when the text is unchanged', () => {
    expect(text).toHaveLength(ARTICLE_LENGTH);
    reanchorClaims(claims, text);
    const runs = Array.from({ length: 5 }, () => timed(() => reanchorClaims(claims, text)));
    const fastest = Math.min(...runs.map((run) => run.milliseconds));
    console.info(`unchanged text: ${runs.map((run) => run.milliseconds.toFixed(1)).join(', ')} ms`);
    expect(runs[0]!.value.report).toEqual({ unchanged: CLAIM_COUNT, moved: 0, fuzzy: 0, orphaned: 0 });
    expect(fastest).toBeLessThan(250);
  });

  it('places claims correctly and reasonably fast after a paragraph is added and 40 scattered edits', () => {
    const edits = [{ at: 0, removed: 0, inserted: `${text.slice(5_000, 5_600)}\n\n` }];
    for (let i = 0; i < 40; i += 1) {
      const at = Math.floor(random() * (text.length - 60));
      if (edits.some((other) => Math.abs(other.at - at) < 100)) continue;
      const removed = Math.floor(random() * 12);
      const inserted = random() < 0.6 ? text.slice(at + 30_000, at + 30_000 + Math.floor(random() * 12)) : '';
      edits.push({ at, removed, inserted });
    }
    const { edited, tracked } = applyEdits(text, edits);
    const { value, milliseconds } = timed(() => reanchorClaims(claims, edited));
    console.info(`after ${edits.length} edits: ${milliseconds.toFixed(1)} ms, ${JSON.stringify(value.report)}`);
    expect(checkPlacement(value.claims, edited, tracked)).toBe(0);
    expect(value.report.moved).toBeGreaterThan(CLAIM_COUNT * 0.8);
    expect(milliseconds).toBeLessThan(3_000);
  });

  it('copes with every quote changed at once (all "e" become "é"), if more slowly', () => {
    const edited = text.replaceAll('e', 'é');
    const { value, milliseconds } = timed(() => reanchorClaims(claims, edited));
    console.info(`every quote changed: ${milliseconds.toFixed(1)} ms, ${JSON.stringify(value.report)}`);
    value.claims.forEach((claim, index) => {
      if (claim.orphaned) return;
      // Replacing one character by one keeps every offset.
      const original = claims[index]!.selectors.position;
      const { start, end } = claim.selectors.position;
      expect(start < original.end && end > original.start, `claim ${index}`).toBe(true);
    });
    expect(value.report.orphaned).toBeLessThan(CLAIM_COUNT * 0.2);
    expect(milliseconds).toBeLessThan(20_000);
  });
});
