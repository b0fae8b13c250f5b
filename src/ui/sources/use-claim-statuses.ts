// Live claim statuses for one article, for the Claims panel and the article header counts:
// claimId → { status, sourceCount }, derived from the claim-source links and never stored.
import { deriveClaimStatus } from '../../core/claim-status';
import type { ClaimStatus, Stance } from '../../core/model';
import { useApp } from '../app-context';
import { useLiveQuery } from '../use-live-query';

export interface ClaimEvidence {
  status: ClaimStatus;
  sourceCount: number;
}

/** Every claim of the article has an entry (`no-evidence`, 0 when it has no sources); undefined while loading. */
export function useClaimStatuses(articleId: string): Map<string, ClaimEvidence> | undefined {
  const { db } = useApp();
  return useLiveQuery(
    () =>
      db.transaction('r', db.claims, db.claimSources, async () => {
        const claimIds = (await db.claims.where('articleId').equals(articleId).primaryKeys()) as string[];
        const links = claimIds.length ? await db.claimSources.where('claimId').anyOf(claimIds).toArray() : [];
        const stances = new Map<string, Stance[]>(claimIds.map((id) => [id, []]));
        for (const link of links) stances.get(link.claimId)?.push(link.stance);
        return new Map(
          Array.from(stances, ([claimId, list]): [string, ClaimEvidence] => [claimId, { status: deriveClaimStatus(list), sourceCount: list.length }]),
        );
      }),
    [db, articleId],
  );
}
