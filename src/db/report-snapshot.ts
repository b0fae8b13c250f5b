// Reads what a report, data export or pack needs (articles, their claims, the claims' source links and
// the linked sources) in one read transaction, so an export never mixes rows from before and after a write.
import type { Article, ClaimSource, Source } from '../core/model';
import type { ReportArticleInput } from '../core/report/report-input';
import type { ClaimlensDatabase } from './database';

export type ReportSelection = { articleIds: readonly string[] } | { collectionId: string };

/** Articles in the Trash are left out: a report covers what the library shows. */
const isListed = (article: Article | undefined): article is Article => article !== undefined && !article.deletedAt;

function byTitle(a: Article, b: Article): number {
  return a.title.localeCompare(b.title) || a.importedAt.localeCompare(b.importedAt);
}

/**
 * The report input of the selected articles: given ids keep their order; a collection's articles are
 * sorted by title so the same collection always yields the same report.
 */
export async function readReportSnapshot(db: ClaimlensDatabase, selection: ReportSelection): Promise<ReportArticleInput[]> {
  return db.transaction('r', [db.articles, db.claims, db.claimSources, db.sources], async () => {
    const articles =
      'articleIds' in selection
        ? (await db.articles.bulkGet([...selection.articleIds])).filter(isListed)
        : (await db.articles.where('collectionIds').equals(selection.collectionId).toArray()).filter(isListed).sort(byTitle);
    const articleIds = articles.map((article) => article.id);
    const claims = articleIds.length > 0 ? await db.claims.where('articleId').anyOf(articleIds).toArray() : [];
    const claimIds = claims.map((claim) => claim.id);
    const links = claimIds.length > 0 ? await db.claimSources.where('claimId').anyOf(claimIds).toArray() : [];
    const sourceIds = [...new Set(links.map((link) => link.sourceId))];
    const sources = (await db.sources.bulkGet(sourceIds)).filter((source): source is Source => source !== undefined);
    const sourceById = new Map(sources.map((source) => [source.id, source]));

    return articles.map((article) => {
      const own = claims.filter((claim) => claim.articleId === article.id);
      const ownIds = new Set(own.map((claim) => claim.id));
      // A link whose source was deleted in between would point nowhere; the builders ignore it anyway.
      const ownLinks: ClaimSource[] = links.filter((link) => ownIds.has(link.claimId) && sourceById.has(link.sourceId));
      const ownSources = [...new Set(ownLinks.map((link) => link.sourceId))].map((id) => sourceById.get(id)!);
      return { article, claims: own, links: ownLinks, sources: ownSources };
    });
  });
}

/** Who has claims on the article and how many, most claims first, for choosing whose pack to export. */
export function annotatorClaimCounts(input: ReportArticleInput): { annotator: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const claim of input.claims) counts.set(claim.annotator, (counts.get(claim.annotator) ?? 0) + 1);
  return [...counts].map(([annotator, count]) => ({ annotator, count })).sort((a, b) => b.count - a.count || a.annotator.localeCompare(b.annotator));
}
