// The numbers at the top of a report: claims per tag, how much of the text each tag covers,
// and how the fact claims stand against their evidence.
import type { ClaimStatus, Tag } from '../model';
import { TAGS } from '../model';

export interface TextRange {
  start: number;
  end: number;
}

export interface TagSummary {
  tag: Tag;
  count: number;
  /** Code units of article text inside at least one claim of this tag (overlaps counted once). */
  coveredLength: number;
  /** coveredLength over the text length, 0..1; 0 for an empty text. */
  share: number;
}

export interface ArticleSummary {
  claimCount: number;
  textLength: number;
  byTag: Record<Tag, TagSummary>;
  /** Statuses of fact claims only: the checkable ones. */
  factStatus: Record<ClaimStatus, number>;
  /** Claims that could not be placed in the text (left out of coverage and the article map). */
  unplacedCount: number;
}

export interface SummarizableClaim {
  tag: Tag;
  status: ClaimStatus;
  /** Where the claim sits in the text, or null when it could not be placed. */
  range: TextRange | null;
}

/** Length of the union of the ranges, clipped to [0, textLength]. */
export function unionLength(ranges: readonly TextRange[], textLength: number): number {
  const clipped = ranges
    .map((r) => ({ start: Math.max(0, Math.min(r.start, textLength)), end: Math.max(0, Math.min(r.end, textLength)) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  let total = 0;
  let runStart = -1;
  let runEnd = -1;
  for (const range of clipped) {
    if (range.start > runEnd) {
      total += runEnd - runStart;
      runStart = range.start;
      runEnd = range.end;
    } else if (range.end > runEnd) {
      runEnd = range.end;
    }
  }
  return total + (runEnd - runStart);
}

export function summarizeClaims(claims: readonly SummarizableClaim[], textLength: number): ArticleSummary {
  const byTag = {} as Record<Tag, TagSummary>;
  for (const tag of TAGS) {
    const ofTag = claims.filter((c) => c.tag === tag);
    const ranges = ofTag.flatMap((c) => (c.range ? [c.range] : []));
    const coveredLength = unionLength(ranges, textLength);
    byTag[tag] = { tag, count: ofTag.length, coveredLength, share: textLength > 0 ? coveredLength / textLength : 0 };
  }
  const factStatus: Record<ClaimStatus, number> = { supported: 0, contested: 0, 'no-evidence': 0 };
  for (const claim of claims) if (claim.tag === 'fact') factStatus[claim.status] += 1;
  return {
    claimCount: claims.length,
    textLength,
    byTag,
    factStatus,
    unplacedCount: claims.filter((c) => c.range === null).length,
  };
}
