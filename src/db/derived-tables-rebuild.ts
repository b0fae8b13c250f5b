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

async function rebuildIndex(tx: Transaction, withSummaries: boolean): Promise<void> {
  const core = tx.db.core;
  const trans = tx.idbtrans;
  await Promise.all(['searchDocuments', 'searchPostings'].map((name) => tx.table(name).clear()));
  const articleIds = (await tx.table('articles').toCollection().primaryKeys()) as string[];
  for (let i = 0; i < articleIds.length; i += ARTICLE_BATCH) {
    const batch = ((await tx.table('articles').bulkGet(articleIds.slice(i, i + ARTICLE_BATCH))) as Array<Article | undefined>).filter((a): a is Article => a !== undefined);
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
  const articleIds = (await tx.table('articles').toCollection().primaryKeys()) as string[];
  for (let i = 0; i < articleIds.length; i += ARTICLE_BATCH) {
    const batch = ((await tx.table('articles').bulkGet(articleIds.slice(i, i + ARTICLE_BATCH))) as Array<Article | undefined>).filter((a): a is Article => a !== undefined);
    await tx.table('articleHeads').bulkPut(batch.map((article) => articleHead(article.id, article.text)));
  }
}
