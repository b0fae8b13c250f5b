// Loads the claims of an article into a ClaimStore and keeps the store in step with the database.
// On opening, claims are re-anchored only if some quote no longer sits at its stored position (the
// text was re-extracted); what moved or was orphaned is written back before the reader shows them.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import { reanchorClaims } from '../../core/anchoring';
import type { Article, Claim } from '../../core/model';
import { listArticleClaims, listClaimLinks, saveReanchoredClaims } from '../../db/claim-repository';
import type { ClaimlensDatabase } from '../../db/database';
import { ClaimStore } from './claim-store';

export function quoteStillMatches(claim: Claim, text: string): boolean {
  const { quote, position } = claim.selectors;
  return position.end - position.start === quote.exact.length && text.startsWith(quote.exact, position.start);
}

export interface ArticleClaims {
  store: ClaimStore;
  /** How many claims re-anchoring found no place for just now (0 when it did not run). */
  newlyOrphaned: number;
}

export function useArticleClaims(db: ClaimlensDatabase, article: Article | null | undefined): ArticleClaims | null {
  const [loaded, setLoaded] = useState<ArticleClaims | null>(null);
  const articleId = article?.id;
  const text = article?.text;

  useEffect(() => {
    if (articleId === undefined || text === undefined) return;
    let cancelled = false;
    let unsubscribe = () => {};
    void (async () => {
      let claims = await listArticleClaims(db, articleId);
      let newlyOrphaned = 0;
      if (claims.some((claim) => !quoteStillMatches(claim, text))) {
        const { claims: placed } = reanchorClaims(claims, text);
        newlyOrphaned = placed.filter((claim, index) => claim.orphaned && !claims[index].orphaned).length;
        // reanchorClaims returns an unchanged claim as the same object; only the others are written.
        await saveReanchoredClaims(db, placed.filter((claim, index) => claim !== claims[index]));
        claims = placed;
      }
      const links = await listClaimLinks(db, claims.map((claim) => claim.id));
      if (cancelled) return;
      const store = new ClaimStore(claims, links);
      const subscription = liveQuery(async () => {
        const current = await listArticleClaims(db, articleId);
        return { claims: current, links: await listClaimLinks(db, current.map((claim) => claim.id)) };
      }).subscribe({
        next: ({ claims: current, links: currentLinks }) => store.setBase(current, currentLinks),
        error: (error: unknown) => console.error('Claims query failed', error),
      });
      unsubscribe = () => subscription.unsubscribe();
      setLoaded({ store, newlyOrphaned });
    })().catch((error: unknown) => console.error('Claims could not be loaded', error));
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [db, articleId, text]);

  return loaded;
}
