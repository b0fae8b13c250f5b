// Decides what a restore writes. Replace takes the backup as it is; merge adds only what the library
// lacks, matching articles by id and by content hash and sources by id and normalised URL, so
// restoring the same file twice adds nothing the second time.
import type { Article, Claim, ClaimSource, Collection, Source } from '../core/model';
import type { BackupOriginal, BackupRows } from './backup-format';
import type { SettingRow } from './database';

/** What the library already holds, as far as matching needs it. */
export interface ExistingKeys {
  articleIds: Set<string>;
  /** contentHash -> article id */
  articleHashes: Map<string, string>;
  claimIds: Set<string>;
  sourceIds: Set<string>;
  /** normalizedUrl -> source id */
  sourceUrls: Map<string, string>;
  linkIds: Set<string>;
  /** `${claimId}\u0000${sourceId}` */
  linkPairs: Set<string>;
  collectionIds: Set<string>;
  settingKeys: Set<string>;
}

export interface RestorePlan extends BackupRows {
  /** Records in the backup the library already had. */
  skipped: number;
}

export function emptyExistingKeys(): ExistingKeys {
  return {
    articleIds: new Set(),
    articleHashes: new Map(),
    claimIds: new Set(),
    sourceIds: new Set(),
    sourceUrls: new Map(),
    linkIds: new Set(),
    linkPairs: new Set(),
    collectionIds: new Set(),
    settingKeys: new Set(),
  };
}

export function planMerge(rows: BackupRows, existing: ExistingKeys): RestorePlan {
  let skipped = 0;
  const articleIdMap = new Map<string, string>();
  const articles: Article[] = [];
  const seenHashes = new Map(existing.articleHashes);
  for (const article of rows.articles) {
    const sameContent = seenHashes.get(article.contentHash);
    if (existing.articleIds.has(article.id) || sameContent) {
      articleIdMap.set(article.id, existing.articleIds.has(article.id) ? article.id : (sameContent as string));
      skipped++;
      continue;
    }
    seenHashes.set(article.contentHash, article.id);
    articles.push(article);
  }
  const added = new Set(articles.map((article) => article.id));
  const originals: BackupOriginal[] = rows.originals.filter((original) => added.has(original.articleId));

  const claims: Claim[] = [];
  for (const claim of rows.claims) {
    if (existing.claimIds.has(claim.id)) {
      skipped++;
      continue;
    }
    claims.push({ ...claim, articleId: articleIdMap.get(claim.articleId) ?? claim.articleId });
  }

  const sourceIdMap = new Map<string, string>();
  const sources: Source[] = [];
  for (const source of rows.sources) {
    const sameUrl = source.normalizedUrl ? existing.sourceUrls.get(source.normalizedUrl) : undefined;
    if (existing.sourceIds.has(source.id) || sameUrl) {
      sourceIdMap.set(source.id, existing.sourceIds.has(source.id) ? source.id : (sameUrl as string));
      skipped++;
      continue;
    }
    sources.push(source);
  }

  const claimSources: ClaimSource[] = [];
  const pairs = new Set(existing.linkPairs);
  for (const link of rows.claimSources) {
    const mapped = { ...link, sourceId: sourceIdMap.get(link.sourceId) ?? link.sourceId };
    const pair = `${mapped.claimId}\u0000${mapped.sourceId}`;
    if (existing.linkIds.has(link.id) || pairs.has(pair)) {
      skipped++;
      continue;
    }
    pairs.add(pair);
    claimSources.push(mapped);
  }

  const collections: Collection[] = rows.collections.filter((collection) => !existing.collectionIds.has(collection.id));
  skipped += rows.collections.length - collections.length;
  // The settings on this computer win in a merge; a backup only fills in what was never set here.
  const settings: SettingRow[] = rows.settings.filter((setting) => !existing.settingKeys.has(setting.key));
  skipped += rows.settings.length - settings.length;
  return { articles, originals, claims, sources, claimSources, collections, settings, skipped };
}
