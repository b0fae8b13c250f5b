// The report snapshot read from IndexedDB: exactly the article's claims, their links and linked sources;
// Trash left out; a collection's articles; annotator counts for choosing a pack.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClaimlensDatabase } from '../../../src/db/database';
import { annotatorClaimCounts, readReportSnapshot } from '../../../src/db/report-snapshot';
import { buildReportHtml } from '../../../src/core/report/report-html';
import { emptyArticleInput, englishArticleInput, reportInput, seedArticleInput } from '../report/fixtures';
import { byId, storeInputs } from './library-rows';

let db: ClaimlensDatabase;

beforeEach(() => {
  db = new ClaimlensDatabase(`snapshot-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('readReportSnapshot', () => {
  it('reads one article with exactly its claims, their links and the linked sources', async () => {
    const seed = await seedArticleInput();
    const english = await englishArticleInput();
    await storeInputs(db, [seed, english]);
    const [snapshot, ...rest] = await readReportSnapshot(db, { articleIds: [seed.article.id] });
    expect(rest).toEqual([]);
    expect(snapshot!.article).toEqual(seed.article);
    expect(byId(snapshot!.claims)).toEqual(byId(seed.claims));
    expect(byId(snapshot!.links)).toEqual(byId(seed.links));
    expect(byId(snapshot!.sources)).toEqual(byId(seed.sources));
    // The report built from the snapshot is the report built from the rows themselves.
    const stamp = reportInput([seed]);
    expect(buildReportHtml({ ...stamp, articles: [snapshot!] })).toBe(buildReportHtml(stamp));
  });

  it('keeps the order of the ids given and leaves out unknown and trashed articles', async () => {
    const seed = await seedArticleInput();
    const english = await englishArticleInput();
    const trashed = await emptyArticleInput();
    trashed.article.deletedAt = '2025-11-09T00:00:00.000Z';
    await storeInputs(db, [seed, english, trashed]);
    const snapshot = await readReportSnapshot(db, { articleIds: [english.article.id, 'no-such-article', trashed.article.id, seed.article.id] });
    expect(snapshot.map((entry) => entry.article.id)).toEqual([english.article.id, seed.article.id]);
  });

  it('reads an article without claims as an empty entry, which still makes a report', async () => {
    const empty = await emptyArticleInput();
    await storeInputs(db, [empty]);
    const snapshot = await readReportSnapshot(db, { articleIds: [empty.article.id] });
    expect(snapshot).toEqual([{ article: empty.article, claims: [], links: [], sources: [] }]);
    expect(buildReportHtml({ ...reportInput(snapshot) })).toContain('This article has no claims yet.');
  });

  it('drops links whose source is gone rather than handing the builders a dangling reference', async () => {
    const seed = await seedArticleInput();
    await storeInputs(db, [seed]);
    const gone = seed.sources[0]!;
    await db.sources.delete(gone.id);
    const [snapshot] = await readReportSnapshot(db, { articleIds: [seed.article.id] });
    expect(snapshot!.links.some((link) => link.sourceId === gone.id)).toBe(false);
    expect(snapshot!.links).toHaveLength(seed.links.filter((link) => link.sourceId !== gone.id).length);
  });

  it('reads every listed article of a collection, sorted by title', async () => {
    const seed = await seedArticleInput();
    const english = await englishArticleInput();
    const other = await emptyArticleInput();
    seed.article.collectionIds = ['week-3'];
    english.article.collectionIds = ['week-3', 'week-4'];
    await storeInputs(db, [seed, english, other]);
    const snapshot = await readReportSnapshot(db, { collectionId: 'week-3' });
    expect(snapshot.map((entry) => entry.article.title)).toEqual([english.article.title, seed.article.title].sort((a, b) => a.localeCompare(b)));
    expect(snapshot.flatMap((entry) => entry.claims)).toHaveLength(seed.claims.length + english.claims.length);
    expect(await readReportSnapshot(db, { collectionId: 'empty' })).toEqual([]);
  });
});

describe('annotatorClaimCounts', () => {
  it('counts claims per annotator, most first', async () => {
    const seed = await seedArticleInput();
    expect(annotatorClaimCounts(seed)).toEqual([
      { annotator: 'Lin Wei', count: 5 },
      { annotator: '王老师', count: 1 },
    ]);
    expect(annotatorClaimCounts({ ...seed, claims: [] })).toEqual([]);
  });
});
