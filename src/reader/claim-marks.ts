// Which highlight runs each block needs: the claim segments (see core/overlaps.ts) cut at block edges,
// in block-local offsets, with a signature so the reader rebuilds only blocks whose marks changed.
import type { BlockRange } from '../core/document-text';
import type { Claim } from '../core/model';
import { segmentsForClaims } from '../core/overlaps';
import { blockIndexAt } from './text-offsets';

/** A run of a block covered by the same claims; offsets are local to the block text. */
export interface MarkSpan {
  start: number;
  end: number;
  /** Ids of every claim covering the run, in article order; more than one is an overlap. */
  ids: string[];
}

export interface BlockMarks {
  spans: MarkSpan[];
  /** Equal signatures mean equal spans, so the block's nodes can stay as they are. */
  signature: string;
}

/** Mark spans of every block that has any (blocks without claims are absent). */
export function marksByBlock(ranges: readonly BlockRange[], textLength: number, claims: readonly Claim[]): Map<number, BlockMarks> {
  const byBlock = new Map<number, BlockMarks>();
  for (const segment of segmentsForClaims(textLength, claims)) {
    if (segment.claimIds.length === 0) continue;
    const first = blockIndexAt(ranges, segment.start, 'forward');
    const last = blockIndexAt(ranges, segment.end, 'backward');
    if (first === -1 || last === -1) continue;
    for (let index = first; index <= last; index += 1) {
      const range = ranges[index];
      const start = Math.max(segment.start, range.start);
      const end = Math.min(segment.end, range.end);
      if (start >= end) continue;
      let marks = byBlock.get(index);
      if (!marks) {
        marks = { spans: [], signature: '' };
        byBlock.set(index, marks);
      }
      marks.spans.push({ start: start - range.start, end: end - range.start, ids: segment.claimIds });
    }
  }
  for (const marks of byBlock.values()) {
    marks.signature = marks.spans.map((span) => `${span.start}-${span.end}:${span.ids.join(',')}`).join(';');
  }
  return byBlock;
}

/** Indexes of blocks whose marks differ between two results of marksByBlock. */
export function changedBlocks(before: ReadonlyMap<number, BlockMarks>, after: ReadonlyMap<number, BlockMarks>): number[] {
  const changed = new Set<number>();
  for (const [index, marks] of after) {
    if (before.get(index)?.signature !== marks.signature) changed.add(index);
  }
  for (const index of before.keys()) {
    if (!after.has(index)) changed.add(index);
  }
  return [...changed].sort((a, b) => a - b);
}
