// Splitting an article's text into segments by which claims cover them, so the reader can draw
// overlapping highlights as flat, non-nested runs and offer every claim under an overlap.
import type { Claim } from './model';

export interface ClaimSegment {
  start: number;
  end: number;
  /** Ids of the claims covering this segment, in article order of the claims; empty when none does. */
  claimIds: string[];
}

/**
 * Consecutive segments that together cover [0, textLength) exactly; each is maximal, so two neighbours
 * never have the same set of claims. Orphaned claims are left out, and claim ranges are clipped to the
 * text. An empty text has no segments.
 */
export function segmentsForClaims(textLength: number, claims: readonly Claim[]): ClaimSegment[] {
  if (textLength <= 0) return [];

  interface Span {
    id: string;
    start: number;
    end: number;
  }
  const spans: Span[] = [];
  for (const claim of claims) {
    if (claim.orphaned) continue;
    const start = Math.max(0, claim.selectors.position.start);
    const end = Math.min(textLength, claim.selectors.position.end);
    if (start < end) spans.push({ id: claim.id, start, end });
  }
  // Article order of the claims (longer first at the same start) fixes the order of ids in a segment.
  spans.sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rank = new Map(spans.map((span, index) => [span, index]));

  const boundaries = new Set<number>([0, textLength]);
  for (const span of spans) {
    boundaries.add(span.start);
    boundaries.add(span.end);
  }
  const points = [...boundaries].sort((a, b) => a - b);

  // Sweep the boundaries once, keeping the set of spans open at each point.
  const startingAt = new Map<number, Span[]>();
  const endingAt = new Map<number, Span[]>();
  for (const span of spans) {
    startingAt.set(span.start, [...(startingAt.get(span.start) ?? []), span]);
    endingAt.set(span.end, [...(endingAt.get(span.end) ?? []), span]);
  }
  const open = new Set<Span>();
  const segments: ClaimSegment[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    for (const span of endingAt.get(start) ?? []) open.delete(span);
    for (const span of startingAt.get(start) ?? []) open.add(span);
    const claimIds = [...open].sort((a, b) => rank.get(a)! - rank.get(b)!).map((span) => span.id);
    const previous = segments[segments.length - 1];
    if (previous !== undefined && sameIds(previous.claimIds, claimIds)) {
      previous.end = end;
    } else {
      segments.push({ start, end, claimIds });
    }
  }
  return segments;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}
