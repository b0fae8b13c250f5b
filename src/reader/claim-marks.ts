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

function samePlace(a: Claim, b: Claim): boolean {
  return (
    a.orphaned === b.orphaned &&
    a.selectors.position.start === b.selectors.position.start &&
    a.selectors.position.end === b.selectors.position.end
  );
}

/**
 * Which claims touch which blocks, kept up to date claim by claim, so that a change to one claim costs
 * work in the blocks it touches only, not in the whole article. Gives the same spans as marksByBlock.
 */
export class BlockMarkIndex {
  private readonly claimsByBlock = new Map<number, Map<string, Claim>>();
  private readonly blocksByClaim = new Map<string, number[]>();
  private readonly known = new Map<string, Claim>();

  constructor(
    private readonly ranges: readonly BlockRange[],
    private readonly textLength: number,
  ) {}

  /** Takes the current claims; returns the blocks whose marks may have changed, in order. */
  update(claims: readonly Claim[]): number[] {
    const affected = new Set<number>();
    const seen = new Set<string>();
    for (const claim of claims) {
      seen.add(claim.id);
      const before = this.known.get(claim.id);
      if (before !== undefined && samePlace(before, claim)) {
        if (before !== claim) this.replace(claim);
        continue;
      }
      if (before !== undefined) this.remove(before.id, affected);
      this.add(claim, affected);
    }
    for (const id of [...this.known.keys()]) {
      if (!seen.has(id)) this.remove(id, affected);
    }
    return [...affected].sort((a, b) => a - b);
  }

  /** The mark spans of one block, in block-local offsets. */
  spans(blockIndex: number): MarkSpan[] {
    const claims = this.claimsByBlock.get(blockIndex);
    const range = this.ranges[blockIndex];
    if (!claims || !range) return [];
    const spans: MarkSpan[] = [];
    for (const segment of segmentsForClaims(this.textLength, [...claims.values()])) {
      if (segment.claimIds.length === 0) continue;
      const start = Math.max(segment.start, range.start);
      const end = Math.min(segment.end, range.end);
      if (start < end) spans.push({ start: start - range.start, end: end - range.start, ids: segment.claimIds });
    }
    return spans;
  }

  private add(claim: Claim, affected: Set<number>): void {
    this.known.set(claim.id, claim);
    if (claim.orphaned) return;
    const { start, end } = claim.selectors.position;
    const first = blockIndexAt(this.ranges, start, 'forward');
    const last = blockIndexAt(this.ranges, end, 'backward');
    const blocks: number[] = [];
    for (let index = first; first !== -1 && index <= last; index += 1) {
      const range = this.ranges[index];
      if (Math.max(start, range.start) >= Math.min(end, range.end)) continue;
      blocks.push(index);
      affected.add(index);
      let claims = this.claimsByBlock.get(index);
      if (!claims) {
        claims = new Map();
        this.claimsByBlock.set(index, claims);
      }
      claims.set(claim.id, claim);
    }
    this.blocksByClaim.set(claim.id, blocks);
  }

  private replace(claim: Claim): void {
    this.known.set(claim.id, claim);
    for (const index of this.blocksByClaim.get(claim.id) ?? []) this.claimsByBlock.get(index)?.set(claim.id, claim);
  }

  private remove(claimId: string, affected: Set<number>): void {
    this.known.delete(claimId);
    for (const index of this.blocksByClaim.get(claimId) ?? []) {
      affected.add(index);
      const claims = this.claimsByBlock.get(index);
      claims?.delete(claimId);
      if (claims?.size === 0) this.claimsByBlock.delete(index);
    }
    this.blocksByClaim.delete(claimId);
  }
}
