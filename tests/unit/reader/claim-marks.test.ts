// Highlight runs per block: the incremental index gives the same spans as computing from scratch,
// through creations, moves, orphaning and deletions, and reports only the blocks a change touches.
import { describe, expect, it } from 'vitest';
import { blockRanges, documentText } from '../../../src/core/document-text';
import type { Block, Claim } from '../../../src/core/model';
import { describeRange } from '../../../src/core/selectors';
import { BlockMarkIndex, marksByBlock } from '../../../src/reader/claim-marks';

const blocks: Block[] = Array.from({ length: 12 }, (_, index) =>
  index % 4 === 3
    ? { type: 'list', ordered: false, items: [[{ text: `第${index}项,列表里的一条。` }], [{ text: 'Second item of the list.' }]] }
    : { type: 'paragraph', inlines: [{ text: `第${index}段:中亚五国元首相继飞抵华盛顿,一场备受瞩目的地缘政治大戏拉开帷幕。Paragraph ${index} goes on.` }] },
);
const text = documentText(blocks);
const ranges = blockRanges(blocks);

function claim(id: string, start: number, end: number, extra: Partial<Claim> = {}): Claim {
  return {
    id,
    articleId: 'a',
    tag: 'fact',
    note: '',
    annotator: 'x',
    selectors: describeRange(text, start, end),
    orphaned: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function expectSameAsScratch(index: BlockMarkIndex, claims: Claim[]) {
  const scratch = marksByBlock(ranges, text.length, claims);
  for (let block = 0; block < blocks.length; block += 1) {
    expect(index.spans(block), `block ${block}`).toEqual(scratch.get(block)?.spans ?? []);
  }
}

describe('marksByBlock', () => {
  it('cuts a claim crossing blocks at the block edges, in block-local offsets', () => {
    const start = ranges[0]!.end - 5;
    const end = ranges[1]!.start + 3;
    const marks = marksByBlock(ranges, text.length, [claim('c', start, end)]);
    expect(marks.get(0)!.spans).toEqual([{ start: ranges[0]!.end - ranges[0]!.start - 5, end: ranges[0]!.end - ranges[0]!.start, ids: ['c'] }]);
    expect(marks.get(1)!.spans).toEqual([{ start: 0, end: 3, ids: ['c'] }]);
  });

  it('gives overlaps one span with every id, in article order', () => {
    const base = ranges[2]!.start;
    const marks = marksByBlock(ranges, text.length, [claim('b', base + 5, base + 20), claim('a', base, base + 10)]);
    expect(marks.get(2)!.spans).toEqual([
      { start: 0, end: 5, ids: ['a'] },
      { start: 5, end: 10, ids: ['a', 'b'] },
      { start: 10, end: 20, ids: ['b'] },
    ]);
  });
});

describe('BlockMarkIndex', () => {
  it('stays equal to a fresh computation through random changes, and reports only touched blocks', () => {
    const next = random(7);
    const index = new BlockMarkIndex(ranges, text.length);
    let claims: Claim[] = [];
    for (let step = 0; step < 300; step += 1) {
      const roll = next();
      if (roll < 0.5 || claims.length === 0) {
        const start = Math.floor(next() * (text.length - 40));
        const end = start + 1 + Math.floor(next() * 60);
        try {
          claims = [...claims, claim(`c${step}`, start, end)];
        } catch {
          continue; // a range of white space only
        }
      } else if (roll < 0.7) {
        claims = claims.filter((_, i) => i !== Math.floor(next() * claims.length));
      } else if (roll < 0.85) {
        const i = Math.floor(next() * claims.length);
        claims = claims.map((c, j) => (j === i ? { ...c, orphaned: !c.orphaned } : c));
      } else {
        const i = Math.floor(next() * claims.length);
        claims = claims.map((c, j) => (j === i ? { ...c, tag: 'opinion', updatedAt: `t${step}` } : c));
      }
      const before = blocks.map((_, block) => index.spans(block));
      const affected = new Set(index.update(claims));
      expectSameAsScratch(index, claims);
      // Every block whose spans changed is reported, so the reader rebuilds it.
      blocks.forEach((_, block) => {
        if (JSON.stringify(before[block]) !== JSON.stringify(index.spans(block))) expect(affected.has(block), `block ${block}`).toBe(true);
      });
    }
  });

  it('reports nothing when only a tag or note changed, or the same claims arrive as new objects', () => {
    const index = new BlockMarkIndex(ranges, text.length);
    const claims = [claim('a', ranges[3]!.start, ranges[3]!.start + 8), claim('b', ranges[6]!.start + 2, ranges[7]!.start + 4)];
    expect(index.update(claims)).toEqual([3, 6, 7]);
    expect(index.update(claims.map((c) => ({ ...c, tag: 'unsupported' as const, note: 'n' })))).toEqual([]);
    expect(index.update(claims.slice(1))).toEqual([3]);
    expect(index.update([])).toEqual([6, 7]);
  });
});
