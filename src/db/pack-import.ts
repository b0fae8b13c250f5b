// Storing a parsed pack: the article is matched by content hash (or created from the pack), and the
// pack's claims, sources and links are added beside everyone else's, in one `rw` transaction.
import { newId, type Article, type Claim, type ClaimSource, type Source } from '../core/model';
import { packArticle, type Pack } from '../core/exchange/pack';
import { normalizeSourceUrl } from '../core/source-url';
import type { ClaimlensDatabase } from './database';

export interface PackImportResult {
  articleId: string;
  articleTitle: string;
  /** The article was not in the library and was created from the pack. */
  articleCreated: boolean;
  annotator: string;
  claimsAdded: number;
  /** Claims of this pack stored by an earlier import. */
  claimsAlreadyThere: number;
  /** Claims left out because a claim with the same id belongs to another annotator or article. */
  claimsInConflict: number;
  sourcesAdded: number;
  linksAdded: number;
}

/** True when the import changed nothing: the same pack was imported before. */
export function importedNothing(result: PackImportResult): boolean {
  return !result.articleCreated && result.claimsAdded === 0 && result.sourcesAdded === 0 && result.linksAdded === 0;
}

/**
 * Adds a pack (already checked by parsePack) to the library. Claims keep their ids, so a second import
 * of the same pack finds them and adds nothing; a claim id taken by someone else's claim is never
 * overwritten. Sources are matched by normalised URL, then by id. All or nothing.
 */
export async function importPack(db: ClaimlensDatabase, pack: Pack, now: string = new Date().toISOString()): Promise<PackImportResult> {
  return db.transaction('rw', [db.articles, db.claims, db.sources, db.claimSources], async () => {
    let article: Article | undefined = await db.articles.where('contentHash').equals(pack.article.contentHash).first();
    let articleCreated = false;
    if (!article) {
      const fromPack = packArticle(pack);
      // The sender's article id may already name a different article here (same id, other text).
      const idTaken = (await db.articles.get(fromPack.id)) !== undefined;
      article = { ...fromPack, id: idTaken ? newId() : fromPack.id, importedAt: now, updatedAt: now, collectionIds: [] };
      await db.articles.add(article);
      articleCreated = true;
    }
    const articleId = article.id;

    const existing = new Map((await db.claims.bulkGet(pack.claims.map((claim) => claim.id))).flatMap((claim) => (claim ? [[claim.id, claim] as const] : [])));
    const newClaims: Claim[] = [];
    let claimsAlreadyThere = 0;
    let claimsInConflict = 0;
    for (const claim of pack.claims) {
      const stored = existing.get(claim.id);
      if (!stored) newClaims.push({ ...claim, articleId });
      else if (stored.articleId === articleId && stored.annotator === claim.annotator) claimsAlreadyThere += 1;
      else claimsInConflict += 1;
    }
    await db.claims.bulkAdd(newClaims);

    const newClaimIds = new Set(newClaims.map((claim) => claim.id));
    const packLinks = pack.links.filter((link) => newClaimIds.has(link.claimId));
    const packSources = new Map(pack.sources.map((source) => [source.id, source]));
    const localSourceId = new Map<string, string>();
    let sourcesAdded = 0;
    for (const sourceId of new Set(packLinks.map((link) => link.sourceId))) {
      const source = packSources.get(sourceId)!;
      // Recomputed rather than trusted: the library's duplicate check must see the library's own form.
      const normalizedUrl = source.url.trim() ? normalizeSourceUrl(source.url) : '';
      const sameUrl = normalizedUrl ? await db.sources.where('normalizedUrl').equals(normalizedUrl).first() : undefined;
      const sameId = sameUrl ? undefined : await db.sources.get(source.id);
      const reuse = sameUrl ?? (sameId && sameId.normalizedUrl === normalizedUrl ? sameId : undefined);
      if (reuse) {
        localSourceId.set(sourceId, reuse.id);
        continue;
      }
      const stored: Source = { ...source, id: sameId ? newId() : source.id, normalizedUrl };
      await db.sources.add(stored);
      localSourceId.set(sourceId, stored.id);
      sourcesAdded += 1;
    }

    const newLinks: ClaimSource[] = [];
    const seenPairs = new Set<string>();
    for (const link of packLinks) {
      const sourceId = localSourceId.get(link.sourceId)!;
      // Two pack sources can collapse into one library source; one link per claim and source remains.
      const pair = `${link.claimId}\n${sourceId}`;
      if (seenPairs.has(pair)) continue;
      seenPairs.add(pair);
      const idTaken = (await db.claimSources.get(link.id)) !== undefined;
      newLinks.push({ ...link, id: idTaken ? newId() : link.id, sourceId });
    }
    await db.claimSources.bulkAdd(newLinks);

    return {
      articleId,
      articleTitle: article.title,
      articleCreated,
      annotator: pack.annotator,
      claimsAdded: newClaims.length,
      claimsAlreadyThere,
      claimsInConflict,
      sourcesAdded,
      linksAdded: newLinks.length,
    };
  });
}
