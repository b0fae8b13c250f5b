// A claim's status is derived from the stances of its linked sources, never stored.
import type { ClaimStatus, Stance } from './model';

export function deriveClaimStatus(stances: Iterable<Stance>): ClaimStatus {
  let supported = false;
  for (const stance of stances) {
    if (stance === 'contradicts') return 'contested';
    if (stance === 'supports') supported = true;
  }
  return supported ? 'supported' : 'no-evidence';
}
