// Libraries written by the first released schema (version 1) and by version 2 open with the current
// class: every row survives and the upgrades fill the Library summaries, the search index and the
// article heads from the old rows, replacing version 2's unpacked postings.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { summaryFields } from '../../../src/db/article-summary-writer';
import { articleHead } from '../../../src/core/search/article-head';
import { ClaimlensDatabase } from '../../../src/db/database';
import { searchLibrary } from '../../../src/db/library-search';
import { sampleLibrary, type LibraryRows } from './library-fixture';

const NAME = 'claimlens-upgrade-test';

/** The version 1 schema exactly as released, declared by a class that knows nothing newer. */
class VersionOneDatabase extends Dexie {
  constructor() {
    super(NAME);
    this.version(1).stores({
      articles: 'id, &contentHash, title, importedAt, publishedDate, language, deletedAt, *collectionIds',
      originals: 'articleId',
      claims: 'id, articleId, annotator, tag, [articleId+annotator]',
      sources: 'id, normalizedUrl',
      claimSources: 'id, claimId, sourceId, &[claimId+sourceId]',
      collections: 'id, name',
      settings: 'key',
    });
  }
}

/** The version 2 schema as released: version 1 plus the derived tables, with unpacked postings. */
class VersionTwoDatabase extends VersionOneDatabase {
  constructor() {
    super();
    this.version(2).stores({
      articleSummaries: 'id, importedAt, deletedAt, *collectionIds',
      searchDocuments: '++docNo, &ref',
      searchPostings: '[term+segment]',
    });
  }
}

const TABLES = ['articles', 'originals', 'claims', 'sources', 'claimSources', 'collections', 'settings'] as const;

async function writeVersionOne(rows: LibraryRows): Promise<void> {
  const old = new VersionOneDatabase();
  // One table at a time: this only prepares the file a version 1 app would have left behind.
  for (const table of TABLES) await old.table(table).bulkAdd(rows[table] as unknown[]);
  expect(old.verno).toBe(1);
  old.close();
}

/** What a version 2 app left behind: the records, and derived rows in the version 2 layout. */
async function writeVersionTwo(rows: LibraryRows): Promise<void> {
  const old = new VersionTwoDatabase();
  for (const table of TABLES) await old.table(table).bulkAdd(rows[table] as unknown[]);
  // Summaries as version 2 kept them; their claim counts do not matter to these tests.
  await old.table('articleSummaries').bulkAdd(rows.articles.map((a) => ({ ...summaryFields(a), claimCounts: { opinion: 0, fact: 0, unsupported: 0 }, contestedClaims: 0 })));
  const article = rows.articles[1];
  await old.table('searchDocuments').add({ ref: `article:${article.id}`, kind: 'article', entityId: article.id, articleId: article.id });
  await old.table('searchPostings').add({ term: 'carnegie', segment: 0, docs: [1] });
  await old.table('searchPostings').add({ term: 'stale', segment: 0, docs: [1, 2, 3] });
  expect(old.verno).toBe(2);
  old.close();
}

function expectEveryRowKept(stored: Record<string, Array<Record<string, unknown>>>, rows: LibraryRows): void {
  for (const table of TABLES) {
    const key = table === 'originals' ? 'articleId' : table === 'settings' ? 'key' : 'id';
    const byKey = (list: Array<Record<string, unknown>>) => [...list].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
    expect(byKey(stored[table]), table).toEqual(byKey(rows[table] as unknown as Array<Record<string, unknown>>));
  }
}

async function storedRows(db: ClaimlensDatabase): Promise<Record<string, Array<Record<string, unknown>>>> {
  return Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, await db.table(table).toArray()])));
}

/** Searches in both languages find the old article, claim and source. */
async function expectOldRecordsFound(db: ClaimlensDatabase, rows: LibraryRows): Promise<void> {
    const rail = await searchLibrary(db, '京沪高铁');
    expect(rail.hits.map((hit) => hit.kind).sort()).toEqual(['article', 'claim']);
    const carnegie = await searchLibrary(db, 'Carnegie');
    expect(carnegie.hits.map((hit) => hit.articleId)).toEqual([rows.articles[1].id]);
    const source = await searchLibrary(db, '统计公报');
    expect(source.hits).toEqual([expect.objectContaining({ kind: 'source', claimId: rows.claims[0].id, articleId: rows.articles[0].id })]);
}

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('upgrading from schema version 1', () => {
  it('keeps every row of every table unchanged', async () => {
    const rows = sampleLibrary();
    await writeVersionOne(rows);
    const db = new ClaimlensDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(4);
    expectEveryRowKept(await storedRows(db), rows);
    db.close();
  });

  it('builds the Library summaries with claim counts and contested claims', async () => {
    const rows = sampleLibrary();
    await writeVersionOne(rows);
    const db = new ClaimlensDatabase(NAME);
    const summaries = await db.articleSummaries.toArray();
    expect(summaries).toHaveLength(2);
    const zh = summaries.find((s) => s.language === 'zh-CN')!;
    expect(zh.title).toBe(rows.articles[0].title);
    expect(zh.claimCounts).toEqual({ opinion: 1, fact: 1, unsupported: 1 });
    expect(zh.contestedClaims).toBe(1);
    expect(zh.collectionIds).toEqual(['collection-week3']);
    const en = summaries.find((s) => s.language === 'en')!;
    expect(en.claimCounts).toEqual({ opinion: 0, fact: 1, unsupported: 0 });
    db.close();
  });

  it('builds the search index, so old articles, claims and sources are found at once', async () => {
    const rows = sampleLibrary();
    await writeVersionOne(rows);
    const db = new ClaimlensDatabase(NAME);
    expect(await db.searchDocuments.count()).toBe(rows.articles.length + rows.claims.length + rows.sources.length);
    await expectOldRecordsFound(db, rows);
    db.close();
  });

  it('writes the head of every article and indexes the source URLs', async () => {
    const rows = sampleLibrary();
    await writeVersionOne(rows);
    const db = new ClaimlensDatabase(NAME);
    const heads = await db.articleHeads.toArray();
    expect(heads.map((head) => head.id).sort()).toEqual(rows.articles.map((article) => article.id).sort());
    for (const article of rows.articles) expect(await db.articleHeads.get(article.id)).toEqual(articleHead(article.id, article.text));
    // And indexes the articles by source URL.
    expect(await db.articles.where('sourceUrl').equals(rows.articles[1].sourceUrl).primaryKeys()).toEqual([rows.articles[1].id]);
    db.close();
  });
});

describe('upgrading from schema version 2', () => {
  it('keeps every row of every table unchanged', async () => {
    const rows = sampleLibrary();
    await writeVersionTwo(rows);
    const db = new ClaimlensDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(4);
    expectEveryRowKept(await storedRows(db), rows);
    db.close();
  });

  it('rebuilds the search index in the packed layout, dropping the old postings', async () => {
    const rows = sampleLibrary();
    await writeVersionTwo(rows);
    const db = new ClaimlensDatabase(NAME);
    expect(await db.searchDocuments.count()).toBe(rows.articles.length + rows.claims.length + rows.sources.length);
    const postings = await db.searchPostings.toArray();
    expect(postings.every((posting) => posting.docs instanceof Uint32Array)).toBe(true);
    expect(postings.some((posting) => posting.term === 'stale')).toBe(false);
    await expectOldRecordsFound(db, rows);
    db.close();
  });
});
