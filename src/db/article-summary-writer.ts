// Keeps the Library's article summaries (metadata, claim counts per tag, contested claims) in step
// with articles, claims and claim-source links, inside the transaction that changed them.
import type { DBCore, DBCoreTransaction } from 'dexie';
import type { Article, Claim, ClaimSource } from '../core/model';
import { equalRange } from './core-ranges';
import type { ArticleSummary } from './library-rows';

export function summaryFields(article: Article): Omit<ArticleSummary, 'claimCounts' | 'contestedClaims'> {
  return {
    id: article.id,
    title: article.title,
    fileName: article.fileName,
    author: article.author,
    siteName: article.siteName,
    publishedDate: article.publishedDate,
    importedAt: article.importedAt,
    language: article.language,
    ...(article.deletedAt ? { deletedAt: article.deletedAt } : {}),
    collectionIds: article.collectionIds ?? [],
  };
}

async function claimStatistics(core: DBCore, trans: DBCoreTransaction, articleId: string): Promise<Pick<ArticleSummary, 'claimCounts' | 'contestedClaims'>> {
  const claimsTable = core.table('claims');
  const byArticle = claimsTable.schema.getIndexByKeyPath('articleId');
  const linksTable = core.table('claimSources');
  const byClaim = linksTable.schema.getIndexByKeyPath('claimId');
  if (!byArticle || !byClaim) throw new Error('The claims tables lack their article and claim indexes.');
  const { result } = await claimsTable.query({ trans, values: true, query: { index: byArticle, range: equalRange(articleId) } });
  const claims = result as Claim[];
  const claimCounts = { opinion: 0, fact: 0, unsupported: 0 };
  for (const claim of claims) if (claim.tag in claimCounts) claimCounts[claim.tag]++;
  const contested = await Promise.all(
    claims.map(async (claim) => {
      const links = await linksTable.query({ trans, values: true, query: { index: byClaim, range: equalRange(claim.id) } });
      return (links.result as ClaimSource[]).some((link) => link.stance === 'contradicts');
    }),
  );
  return { claimCounts, contestedClaims: contested.filter(Boolean).length };
}

/**
 * Rewrites the summaries of the given articles. `articles` holds the new article rows that are
 * already known (null for one that was deleted); others are read from the existing summary.
 */
export async function refreshSummaries(core: DBCore, trans: DBCoreTransaction, articleIds: Iterable<string>, articles: Map<string, Article | null> = new Map()): Promise<void> {
  const ids = [...new Set(articleIds)];
  if (ids.length === 0) return;
  const summaries = core.table('articleSummaries');
  const deleted = ids.filter((id) => articles.get(id) === null);
  const kept = ids.filter((id) => articles.get(id) !== null);
  if (deleted.length > 0) await summaries.mutate({ type: 'delete', trans, keys: deleted });
  if (kept.length === 0) return;
  const unknown = kept.filter((id) => !articles.has(id));
  const existing = new Map<string, ArticleSummary>();
  if (unknown.length > 0) {
    const rows = (await summaries.getMany({ trans, keys: unknown })) as Array<ArticleSummary | undefined>;
    const missing: string[] = [];
    rows.forEach((row, i) => (row ? existing.set(unknown[i], row) : missing.push(unknown[i])));
    // A summary can only be missing for an article changed before the summaries existed.
    if (missing.length > 0) {
      const fromArticles = (await core.table('articles').getMany({ trans, keys: missing })) as Array<Article | undefined>;
      for (const article of fromArticles) if (article) existing.set(article.id, { ...summaryFields(article), claimCounts: { opinion: 0, fact: 0, unsupported: 0 }, contestedClaims: 0 });
    }
  }
  const values: ArticleSummary[] = [];
  for (const id of kept) {
    const article = articles.get(id);
    const base = article ? summaryFields(article) : existing.get(id);
    if (!base) continue; // A claim whose article is not stored: nothing to list.
    values.push({ ...base, ...(await claimStatistics(core, trans, id)) });
  }
  if (values.length > 0) await summaries.mutate({ type: 'put', trans, values });
}
