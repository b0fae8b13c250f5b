// A library written by the first released schema (version 1) opens with the current class: every row
// survives and the upgrade fills the Library summaries and the search index from the old rows.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
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

const TABLES = ['articles', 'originals', 'claims', 'sources', 'claimSources', 'collections', 'settings'] as const;

async function writeVersionOne(rows: LibraryRows): Promise<void> {
  const old = new VersionOneDatabase();
  // One table at a time: this only prepares the file a version 1 app would have left behind.
  for (const table of TABLES) await old.table(table).bulkAdd(rows[table] as unknown[]);
  expect(old.verno).toBe(1);
  old.close();
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
    expect(db.verno).toBe(2);
    for (const table of TABLES) {
      const stored = await db.table(table).toArray();
      const key = table === 'originals' ? 'articleId' : table === 'settings' ? 'key' : 'id';
      const byKey = (list: Array<Record<string, unknown>>) => [...list].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
      expect(byKey(stored), table).toEqual(byKey(rows[table] as unknown as Array<Record<string, unknown>>));
    }
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
    const rail = await searchLibrary(db, '京沪高铁');
    expect(rail.hits.map((hit) => hit.kind).sort()).toEqual(['article', 'claim']);
    const carnegie = await searchLibrary(db, 'Carnegie');
    expect(carnegie.hits.map((hit) => hit.articleId)).toEqual([rows.articles[1].id]);
    const source = await searchLibrary(db, '统计公报');
    expect(source.hits).toEqual([expect.objectContaining({ kind: 'source', claimId: rows.claims[0].id, articleId: rows.articles[0].id })]);
    db.close();
  });
});
