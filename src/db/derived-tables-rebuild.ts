// Builds the derived tables (article summaries, search index, article heads) from the stored records:
// run by the version 2 upgrade for libraries written before those tables existed, (the search index
// only) by the version 3 upgrade, which changed how postings are stored, and (the heads) by version 4.
import type { Transaction } from 'dexie';
import type { Article, Claim, Source } from '../core/model';
import { articleHead } from '../core/search/article-head';
import { refreshSummaries } from './article-summary-writer';
import { articleRecord, claimRecord, sourceRecord } from './derived-tables-middleware';
import { addSearchDocuments } from './search-index-writer';

/** Articles are read a few at a time: each can hold megabytes of text. */
const ARTICLE_BATCH = 50;
const SMALL_BATCH = 2000;

export async function rebuildDerivedTables(tx: Transaction): Promise<void> {
  await tx.table('articleSummaries').clear();
  await rebuildIndex(tx, true);
}

/** Rebuilds the search documents and postings from every article, claim and source. */
export async function rebuildSearchIndex(tx: Transaction): Promise<void> {
  await rebuildIndex(tx, false);
}

/** The stored articles' ids in batches: each article can hold megabytes of text. */
async function articleIdBatches(tx: Transaction): Promise<string[][]> {
  const ids = (await tx.table('articles').toCollection().primaryKeys()) as string[];
  return Array.from({ length: Math.ceil(ids.length / ARTICLE_BATCH) }, (_, i) => ids.slice(i * ARTICLE_BATCH, (i + 1) * ARTICLE_BATCH));
}

/**
 * The articles with these ids. Returns Dexie's own promise, not an async function's, so the upgrade
 * transaction stays current across the caller's await.
 */
function readArticles(tx: Transaction, ids: string[]) {
  return tx
    .table('articles')
    .bulkGet(ids)
    .then((rows) => (rows as Array<Article | undefined>).filter((article): article is Article => article !== undefined));
}

async function rebuildIndex(tx: Transaction, withSummaries: boolean): Promise<void> {
  const core = tx.db.core;
  const trans = tx.idbtrans;
  await Promise.all(['searchDocuments', 'searchPostings'].map((name) => tx.table(name).clear()));
  for (const ids of await articleIdBatches(tx)) {
    const batch = await readArticles(tx, ids);
    await addSearchDocuments(core, trans, batch.map(articleRecord));
    if (withSummaries) await refreshSummaries(core, trans, batch.map((article) => article.id), new Map(batch.map((article) => [article.id, article])));
  }
  for (const [table, toRecord] of [
    ['claims', (row: unknown) => claimRecord(row as Claim)],
    ['sources', (row: unknown) => sourceRecord(row as Source)],
  ] as const) {
    const rows = await tx.table(table).toArray();
    for (let i = 0; i < rows.length; i += SMALL_BATCH) await addSearchDocuments(core, trans, rows.slice(i, i + SMALL_BATCH).map(toRecord));
  }
}

/** Writes the head of every stored article. */
export async function fillArticleHeads(tx: Transaction): Promise<void> {
  for (const ids of await articleIdBatches(tx)) {
    const batch = await readArticles(tx, ids);
    await tx.table('articleHeads').bulkPut(batch.map((article) => articleHead(article.id, article.text)));
  }
}
