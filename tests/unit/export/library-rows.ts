// Filling a test database with report fixtures (real seed article, English article with hostile text).
import type { ClaimlensDatabase } from '../../../src/db/database';
import type { ReportArticleInput } from '../../../src/core/report/report-input';

export async function storeInputs(db: ClaimlensDatabase, inputs: ReportArticleInput[]): Promise<void> {
  await db.transaction('rw', [db.articles, db.claims, db.sources, db.claimSources], async () => {
    for (const input of inputs) {
      await db.articles.add(input.article);
      await db.claims.bulkAdd(input.claims);
      await db.sources.bulkPut(input.sources);
      await db.claimSources.bulkAdd(input.links);
    }
  });
}

export async function tableCounts(db: ClaimlensDatabase): Promise<Record<string, number>> {
  return {
    articles: await db.articles.count(),
    claims: await db.claims.count(),
    sources: await db.sources.count(),
    claimSources: await db.claimSources.count(),
  };
}

export const byId = <T extends { id: string }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => a.id.localeCompare(b.id));
