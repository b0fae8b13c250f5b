// Writes by anyone to articles, claims, links and sources keep the search index and the Library
// summaries in step, inside the same transaction; the Trash hides, restores and finally removes.
import 'fake-indexeddb/auto';
import Dexie, { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClaimlensDatabase } from '../../../src/db/database';
import { createCollection, deleteCollection, emptyTrash, moveToTrash, renameCollection, restoreFromTrash, setInCollection } from '../../../src/db/library-repository';
import { HITS_PER_KIND, searchLibrary } from '../../../src/db/library-search';
import { describeStorageError } from '../../../src/db/storage-error';
import { ARTICLE_HEAD_CHARS, articleHead } from '../../../src/core/search/article-head';
import { CHINESE_TEXT, ENGLISH_TEXT, fillLibrary, makeArticle, makeClaim, makeLink, sampleLibrary, type LibraryRows } from './library-fixture';

let db: ClaimlensDatabase;
let rows: LibraryRows;

beforeEach(async () => {
  db = new ClaimlensDatabase(`derived-${Math.random()}`);
  rows = sampleLibrary();
  await fillLibrary(db, rows);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const hitKinds = async (query: string) => (await searchLibrary(db, query)).hits.map((hit) => `${hit.kind}:${hit.claimId ?? hit.articleId}`).sort();

describe('keeping search in step', () => {
  it('finds a claim by its new note after an edit, and no longer by the old one', async () => {
    const claim = rows.claims[3];
    expect(await hitKinds('statute')).toEqual([`claim:${claim.id}`]);
    await db.claims.update(claim.id, { note: 'Compare with the parliamentary archive' });
    expect(await hitKinds('statute')).toEqual([]);
    expect(await hitKinds('parliamentary')).toEqual([`claim:${claim.id}`]);
  });

  it('indexes a newly added article with prefix matching and forgets a deleted claim', async () => {
    const added = makeArticle({ title: 'Rail timetables', text: 'Timetabling regional railways is harder than it looks.' });
    await db.articles.add(added);
    expect(await hitKinds('timetab')).toEqual([`article:${added.id}`]);
    expect(await hitKinds('RAILWAY')).toEqual([`article:${added.id}`]);
    await db.claims.delete(rows.claims[2].id);
    expect(await hitKinds('一扇门')).toEqual([`article:${rows.articles[0].id}`]);
  });

  it('finds a word that occurs only far into a long article, with the snippet around it', async () => {
    const long = makeArticle({ title: 'Library budgets', text: `${Array(6).fill(ENGLISH_TEXT).join('\n\n')}\n\nAt the very end a zeppelin landed on the library roof.` });
    expect(long.text.length).toBeGreaterThan(ARTICLE_HEAD_CHARS);
    await db.articles.add(long);
    const { hits } = await searchLibrary(db, 'zeppelin');
    expect(hits.map((hit) => hit.articleId)).toEqual([long.id]);
    const [start, end] = hits[0].snippet!.highlights[0];
    expect(hits[0].snippet!.text.slice(start, end)).toBe('zeppelin');
    expect(hits[0].snippet!.text).toContain('landed on the library roof');
  });

  it('keeps each article head in step with the text: written, rewritten, removed with the article', async () => {
    const en = rows.articles[1];
    expect(await db.articleHeads.get(en.id)).toEqual(articleHead(en.id, en.text));
    const longer = Array(6).fill(en.text).join('\n\n');
    await db.articles.update(en.id, { text: longer, contentHash: 'hash-longer' });
    expect(await db.articleHeads.get(en.id)).toEqual(articleHead(en.id, longer));
    await moveToTrash(db, [en.id]);
    await emptyTrash(db);
    expect(await db.articleHeads.get(en.id)).toBeUndefined();
  });

  it('gives the newest hits first, says when there are more, and shows them under a higher limit', async () => {
    const added = Array.from({ length: 12 }, (_, i) => makeArticle({ title: `Lighthouse log ${i}`, text: `The lighthouse keeper wrote entry ${i} in the log.` }));
    for (const article of added) await db.articles.add(article);
    const first = await searchLibrary(db, 'lighthouse');
    expect(first.hits.map((hit) => hit.articleId)).toEqual(added.slice(2).reverse().map((a) => a.id));
    expect(first.more).toEqual({ article: true, claim: false, source: false });
    const all = await searchLibrary(db, 'lighthouse', { ...HITS_PER_KIND, article: 20 });
    expect(all.hits.map((hit) => hit.articleId)).toEqual(added.slice().reverse().map((a) => a.id));
    expect(all.more.article).toBe(false);
  });

  it('gives snippets with the hit marked', async () => {
    const { hits } = await searchLibrary(db, '县城');
    const article = hits.find((hit) => hit.kind === 'article')!;
    const [start, end] = article.snippet!.highlights[0];
    expect(article.snippet!.text.slice(start, end)).toBe('县城');
  });
});

describe('summaries', () => {
  it('count claims per tag and contested claims as claims and links change', async () => {
    const zh = rows.articles[0];
    await db.claims.add(makeClaim(zh, '越来越多的县城被纳入这张网络', 'unsupported'));
    let summary = await db.articleSummaries.get(zh.id);
    expect(summary?.claimCounts).toEqual({ opinion: 1, fact: 1, unsupported: 2 });
    expect(summary?.contestedClaims).toBe(1);
    await db.claimSources.clear();
    summary = await db.articleSummaries.get(zh.id);
    expect(summary?.contestedClaims).toBe(0);
    await db.claimSources.add(makeLink(rows.claims[1], rows.sources[0], 'supports'));
    expect((await db.articleSummaries.get(zh.id))?.contestedClaims).toBe(0);
  });
});

describe('live queries', () => {
  it('see summaries change when only a claim was written', async () => {
    const zh = rows.articles[0];
    const seen: number[] = [];
    const subscription = liveQuery(() => db.articleSummaries.get(zh.id)).subscribe((summary) => seen.push(summary?.claimCounts.opinion ?? -1));
    await expect.poll(() => seen).toEqual([1]);
    await db.claims.add(makeClaim(zh, '门外的路要靠县城自己去修', 'opinion'));
    await expect.poll(() => seen).toEqual([1, 2]);
    subscription.unsubscribe();
  });
});

describe('the Trash', () => {
  it('hides a trashed article from search and restores it unchanged', async () => {
    const zh = rows.articles[0];
    await moveToTrash(db, [zh.id]);
    expect((await db.articleSummaries.get(zh.id))?.deletedAt).toBeTruthy();
    expect(await hitKinds('京沪高铁')).toEqual([]);
    await restoreFromTrash(db, [zh.id]);
    expect(await db.articles.get(zh.id)).toEqual(zh);
    expect((await db.articleSummaries.get(zh.id))?.deletedAt).toBeUndefined();
    expect((await hitKinds('京沪高铁')).length).toBe(2);
  });

  it('empties only trashed articles, with their originals, claims, links and index entries', async () => {
    const [zh, en] = rows.articles;
    await moveToTrash(db, [zh.id]);
    expect(await emptyTrash(db)).toBe(1);
    expect(await db.articles.toCollection().primaryKeys()).toEqual([en.id]);
    expect(await db.originals.count()).toBe(1);
    expect(await db.claims.where('articleId').equals(zh.id).count()).toBe(0);
    expect(await db.claimSources.count()).toBe(0);
    expect(await db.articleSummaries.toCollection().primaryKeys()).toEqual([en.id]);
    expect(await db.searchDocuments.where('ref').startsWith(`article:${zh.id}`).count()).toBe(0);
    // Postings of the removed article's own bigrams are gone; the source remains searchable by itself.
    expect(await db.searchPostings.where('[term+segment]').between(['京沪', Dexie.minKey], ['京沪', Dexie.maxKey]).count()).toBe(0);
  });
});

describe('collections', () => {
  it('create, rename, add and remove articles, delete without touching the articles', async () => {
    const [zh, en] = rows.articles;
    const week4 = await createCollection(db, '  Week 4   reading ');
    expect(week4.name).toBe('Week 4 reading');
    await renameCollection(db, week4.id, '第四周');
    expect((await db.collections.get(week4.id))?.name).toBe('第四周');
    await setInCollection(db, [zh.id, en.id], week4.id, true);
    expect((await db.articleSummaries.where('collectionIds').equals(week4.id).primaryKeys()).sort()).toEqual([zh.id, en.id].sort());
    await setInCollection(db, [en.id], week4.id, false);
    expect(await db.articleSummaries.where('collectionIds').equals(week4.id).primaryKeys()).toEqual([zh.id]);
    await deleteCollection(db, week4.id);
    expect(await db.articles.count()).toBe(2);
    expect((await db.articles.get(zh.id))?.collectionIds).toEqual(['collection-week3']);
    await expect(createCollection(db, '   ')).rejects.toThrow('empty-name');
  });
});

describe('describeStorageError', () => {
  it('recognises a quota error directly, inside an AbortError, or inside a bulk failure', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(describeStorageError(quota)).toEqual({ kind: 'quota' });
    expect(describeStorageError(Object.assign(new Error('aborted'), { name: 'AbortError', inner: quota }))).toEqual({ kind: 'quota' });
    expect(describeStorageError(new Dexie.AbortError('aborted', quota))).toEqual({ kind: 'quota' });
    expect(describeStorageError(Object.assign(new Error('bulk'), { failures: [quota] }))).toEqual({ kind: 'quota' });
    expect(describeStorageError(new Error('Key already exists\nstack'))).toEqual({ kind: 'other', detail: 'Key already exists' });
  });

  it('a failed write leaves the article and its index as they were', async () => {
    const zh = rows.articles[0];
    const before = await db.searchDocuments.count();
    await expect(
      db.transaction('rw', db.articles, async () => {
        await db.articles.add(makeArticle({ text: `${CHINESE_TEXT} 新的一段` }));
        throw new DOMException('full', 'QuotaExceededError');
      }),
    ).rejects.toThrow();
    expect(await db.searchDocuments.count()).toBe(before);
    expect(await db.articles.count()).toBe(2);
    expect((await db.articleSummaries.get(zh.id))?.title).toBe(zh.title);
  });
});
