// Storing the claims of an article: every write is one Dexie `rw` transaction over all the tables it
// touches, and finishes before the UI reports success. Deleting returns what it removed so undo can
// put back exactly that.
import type { Claim, ClaimSelectors, ClaimSource, Tag } from '../core/model';
import type { ClaimlensDatabase } from './database';

/** A deleted claim together with its links to sources, as needed to restore both. */
export interface RemovedClaim {
  claim: Claim;
  links: ClaimSource[];
}

export class ClaimNotFoundError extends Error {
  constructor(claimId: string) {
    super(`Claim ${claimId} is not in the library.`);
    this.name = 'ClaimNotFoundError';
  }
}

/** The claims of one article, in no particular order (see sortClaimsByPosition). */
export async function listArticleClaims(db: ClaimlensDatabase, articleId: string): Promise<Claim[]> {
  return db.claims.where('articleId').equals(articleId).toArray();
}

/** The source links of the given claims, for counts and derived status. */
export async function listClaimLinks(db: ClaimlensDatabase, claimIds: readonly string[]): Promise<ClaimSource[]> {
  if (claimIds.length === 0) return [];
  return db.claimSources.where('claimId').anyOf([...claimIds]).toArray();
}

export async function createClaim(db: ClaimlensDatabase, claim: Claim): Promise<void> {
  await db.transaction('rw', db.articles, db.claims, async () => {
    // A claim belongs to an article that exists; refusing here keeps the store free of strays when an
    // article was deleted in another window while the reader was open.
    if ((await db.articles.get(claim.articleId)) === undefined) {
      throw new Error(`Article ${claim.articleId} is not in the library.`);
    }
    await db.claims.add(claim);
  });
}

async function updateClaim(
  db: ClaimlensDatabase,
  claimId: string,
  change: (claim: Claim) => Claim,
): Promise<Claim> {
  return db.transaction('rw', db.claims, async () => {
    const current = await db.claims.get(claimId);
    if (current === undefined) throw new ClaimNotFoundError(claimId);
    const next = change(current);
    await db.claims.put(next);
    return next;
  });
}

export function retagClaim(db: ClaimlensDatabase, claimId: string, tag: Tag, now: string): Promise<Claim> {
  return updateClaim(db, claimId, (claim) => ({ ...claim, tag, updatedAt: now }));
}

export function setClaimNote(db: ClaimlensDatabase, claimId: string, note: string, now: string): Promise<Claim> {
  return updateClaim(db, claimId, (claim) => ({ ...claim, note, updatedAt: now }));
}

/** Places a claim on new text (re-attaching an orphan, or undoing that). */
export function setClaimSelectors(
  db: ClaimlensDatabase,
  claimId: string,
  selectors: ClaimSelectors,
  orphaned: boolean,
  now: string,
): Promise<Claim> {
  return updateClaim(db, claimId, (claim) => ({ ...claim, selectors, orphaned, updatedAt: now }));
}

/** Deletes a claim and its links to sources (the sources themselves stay: they are shared evidence). */
export async function deleteClaim(db: ClaimlensDatabase, claimId: string): Promise<RemovedClaim> {
  return db.transaction('rw', db.claims, db.claimSources, async () => {
    const claim = await db.claims.get(claimId);
    if (claim === undefined) throw new ClaimNotFoundError(claimId);
    const links = await db.claimSources.where('claimId').equals(claimId).toArray();
    await db.claimSources.bulkDelete(links.map((link) => link.id));
    await db.claims.delete(claimId);
    return { claim, links };
  });
}

/**
 * Puts back a deleted claim and those of its links whose source still exists (a source deleted in the
 * meantime cannot be linked again; its link is dropped rather than left dangling).
 */
export async function restoreClaim(db: ClaimlensDatabase, removed: RemovedClaim): Promise<void> {
  await db.transaction('rw', db.claims, db.claimSources, db.sources, async () => {
    await db.claims.put(removed.claim);
    const sourceIds = [...new Set(removed.links.map((link) => link.sourceId))];
    const existing = new Set((await db.sources.bulkGet(sourceIds)).flatMap((source) => (source ? [source.id] : [])));
    await db.claimSources.bulkPut(removed.links.filter((link) => existing.has(link.sourceId)));
  });
}

/** Writes the claims re-anchoring changed (new selectors or orphaned flag) in one transaction. */
export async function saveReanchoredClaims(db: ClaimlensDatabase, claims: readonly Claim[]): Promise<void> {
  if (claims.length === 0) return;
  await db.transaction('rw', db.claims, async () => {
    await db.claims.bulkPut([...claims]);
  });
}
