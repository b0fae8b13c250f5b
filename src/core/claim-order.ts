// Claims in the order a reader meets them in the article: the claims list, reports and keyboard
// navigation all follow it.
import type { Claim } from './model';

/**
 * A new array in article order: by start, then the longer claim first (so an enclosing claim comes
 * before the ones inside it), then by creation time and id so the order is stable between runs.
 * Orphaned claims have no place in the current text and come last, oldest first.
 */
export function sortClaimsByPosition<T extends Claim>(claims: readonly T[]): T[] {
  return [...claims].sort((a, b) => {
    if (a.orphaned !== b.orphaned) return a.orphaned ? 1 : -1;
    if (!a.orphaned) {
      const byStart = a.selectors.position.start - b.selectors.position.start;
      if (byStart !== 0) return byStart;
      const byEnd = b.selectors.position.end - a.selectors.position.end;
      if (byEnd !== 0) return byEnd;
    }
    if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
