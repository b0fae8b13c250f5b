import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article, Claim } from '../../../src/core/model';
import { ClaimlensDatabase } from '../../../src/db/database';
import {
  addSource,
  addSourceToClaim,
  claimSourceLinks,
  deleteSource,
  linkSource,
  listSourcesWithUses,
  mergeSources,
  planMerge,
  unlinkSource,
  updateLink,
  updateSource,
  type SourceDraft,
} from '../../../src/db/source-repository';

let db: ClaimlensDatabase;
let dbCount = 0;

function draft(fields: Partial<SourceDraft> = {}): SourceDraft {
  return {
    url: '', title: 'A source', publisher: '', author: '', publishedDate: '', accessedDate: '2024-05-03',
    excerpt: '', reliability: 'unknown', reliabilityReason: '', note: '', ...fields,
  };
}

function claim(id: string, articleId: string): Claim {
  const now = new Date().toISOString();
  return {
    id, articleId, tag: 'fact', note: '', annotator: 'Local user', orphaned: false, createdAt: now, updatedAt: now,
    selectors: { quote: { type: 'TextQuoteSelector', exact: id, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 1 } },
  };
}

function article(id: string, title: string): Article {
  const now = new Date().toISOString();
  return {
    id, title, author: '', siteName: '', publishedDate: '', sourceUrl: '', language: 'en', blocks: [], text: title,
    contentHash: id, format: 'sample', fileName: '', charset: 'utf-8', importedAt: now, updatedAt: now, collectionIds: [],
  };
}

beforeEach(async () => {
  db = new ClaimlensDatabase(`sources-test-${++dbCount}`);
  await db.articles.bulkAdd([article('a1', 'Rail'), article('a2', 'Library')]);
  await db.claims.bulkAdd([claim('c1', 'a1'), claim('c2', 'a1'), claim('c3', 'a2')]);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('adding sources', () => {
  it('reuses the stored source when the URL differs only by tracking, case, fragment and slash', async () => {
    const first = await addSource(db, draft({ url: 'https://News.example.com/rail/?utm_source=tw#top', title: 'Rail report' }));
    const second = await addSource(db, draft({ url: 'HTTPS://news.example.com/rail?fbclid=xyz', title: 'Typed again' }));
    expect(first.reused).toBe(false);
    expect(second).toMatchObject({ reused: true, source: { id: first.source.id, title: 'Rail report' } });
    expect(await db.sources.count()).toBe(1);
  });

  it('keeps look-alike hosts as different sources', async () => {
    await addSource(db, draft({ url: 'https://example.com/report' }));
    const lookAlike = await addSource(db, draft({ url: 'https://example.com.attacker.test/report' }));
    expect(lookAlike.reused).toBe(false);
    expect(await db.sources.count()).toBe(2);
  });

  it('stores citations without a URL as separate sources', async () => {
    await addSource(db, draft({ title: 'Interview with the mayor' }));
    await addSource(db, draft({ title: 'County yearbook 2012' }));
    expect(await db.sources.count()).toBe(2);
  });

  it('refuses a javascript: URL and stores nothing', async () => {
    await expect(addSource(db, draft({ url: 'javascript:alert(1)' }))).rejects.toThrow(/Not an accepted address/);
    await expect(addSourceToClaim(db, 'c1', draft({ url: 'data:text/html,x' }), 'supports')).rejects.toThrow();
    expect(await db.sources.count()).toBe(0);
    expect(await db.claimSources.count()).toBe(0);
  });
});

describe('links', () => {
  it('adds a source to a claim, reuses it on another claim, and edits and removes links', async () => {
    const added = await addSourceToClaim(db, 'c1', draft({ url: 'https://example.com/a' }), 'supports', ' “quoted” ');
    const reused = await addSourceToClaim(db, 'c2', draft({ url: 'https://example.com/a/' }), 'contradicts');
    expect(reused.reused).toBe(true);
    expect(reused.source.id).toBe(added.source.id);
    expect(added.link.quote).toBe('“quoted”');

    await updateLink(db, reused.link.id, { stance: 'context', quote: 'only background' });
    expect(await claimSourceLinks(db, 'c2')).toMatchObject([{ link: { stance: 'context', quote: 'only background' }, source: { id: added.source.id } }]);

    await unlinkSource(db, added.link.id);
    expect(await claimSourceLinks(db, 'c1')).toEqual([]);
    expect(await db.sources.count()).toBe(1);
  });

  it('never links the same source to one claim twice', async () => {
    const { source } = await addSource(db, draft({ url: 'https://example.com/a' }));
    await linkSource(db, 'c1', source.id, 'supports');
    const again = await linkSource(db, 'c1', source.id, 'contradicts', 'new quote');
    expect(again.alreadyLinked).toBe(true);
    expect(await db.claimSources.where('claimId').equals('c1').toArray()).toMatchObject([{ stance: 'contradicts', quote: 'new quote' }]);
  });
});

describe('editing', () => {
  it('refuses a URL another source already has and changes nothing', async () => {
    const a = await addSource(db, draft({ url: 'https://example.com/a', title: 'A' }));
    const b = await addSource(db, draft({ url: 'https://example.com/b', title: 'B' }));
    const result = await updateSource(db, b.source.id, draft({ url: 'https://example.com/a?utm_medium=x', title: 'B edited' }));
    expect(result).toMatchObject({ status: 'duplicate', existing: { id: a.source.id } });
    expect(await db.sources.get(b.source.id)).toMatchObject({ title: 'B', url: 'https://example.com/b' });
  });
});

describe('merging duplicates', () => {
  it('re-points every link to the kept source without creating a second link for the same claim', async () => {
    const kept = await addSourceToClaim(db, 'c1', draft({ title: 'County yearbook', publisher: '' }), 'supports');
    const duplicate = await addSourceToClaim(db, 'c1', draft({ title: 'County yearbook (2012)', publisher: 'Rail Press' }), 'context', 'p. 12');
    await linkSource(db, 'c2', duplicate.source.id, 'contradicts');
    await linkSource(db, 'c3', duplicate.source.id, 'supports');

    const plan = await planMerge(db, kept.source.id, duplicate.source.id);
    expect(plan.moved.map((use) => use.claim?.id).sort()).toEqual(['c2', 'c3']);
    expect(plan.dropped.map((use) => use.claim?.id)).toEqual(['c1']);
    expect(plan.filledFields).toContain('publisher');
    expect(await db.claimSources.count()).toBe(4);

    await mergeSources(db, kept.source.id, duplicate.source.id);
    expect(await db.sources.get(duplicate.source.id)).toBeUndefined();
    expect(await db.sources.get(kept.source.id)).toMatchObject({ title: 'County yearbook', publisher: 'Rail Press' });
    const links = await db.claimSources.toArray();
    expect(links).toHaveLength(3);
    expect(links.every((link) => link.sourceId === kept.source.id)).toBe(true);
    expect(new Set(links.map((link) => link.claimId))).toEqual(new Set(['c1', 'c2', 'c3']));
    // c1 keeps its own stance and takes the quote it did not have.
    expect(links.find((link) => link.claimId === 'c1')).toMatchObject({ stance: 'supports', quote: 'p. 12' });
    expect(links.find((link) => link.claimId === 'c2')).toMatchObject({ stance: 'contradicts' });
  });

  it('refuses to merge a source into itself', async () => {
    const { source } = await addSource(db, draft());
    await expect(mergeSources(db, source.id, source.id)).rejects.toThrow(/itself/);
    expect(await db.sources.count()).toBe(1);
  });
});

describe('deleting', () => {
  it('deletes a source in use together with its links and says which claims lost it', async () => {
    const used = await addSourceToClaim(db, 'c1', draft({ url: 'https://example.com/a' }), 'supports');
    await linkSource(db, 'c3', used.source.id, 'contradicts');
    const other = await addSourceToClaim(db, 'c2', draft({ url: 'https://example.com/b' }), 'supports');

    const lost = await deleteSource(db, used.source.id);
    expect(lost.map((use) => [use.claim?.id, use.article?.title]).sort()).toEqual([['c1', 'Rail'], ['c3', 'Library']]);
    expect(await db.sources.toArray()).toMatchObject([{ id: other.source.id }]);
    expect(await db.claimSources.toArray()).toMatchObject([{ claimId: 'c2' }]);
  });

  it('lists every source with where it is used', async () => {
    const used = await addSourceToClaim(db, 'c1', draft({ url: 'https://example.com/a', title: 'Used' }), 'supports');
    await linkSource(db, 'c3', used.source.id, 'context');
    await addSource(db, draft({ title: 'Unused' }));
    const list = await listSourcesWithUses(db);
    const byTitle = new Map(list.map((entry) => [entry.source.title, entry.uses.map((use) => use.article?.title).sort()]));
    expect(byTitle).toEqual(new Map([['Used', ['Library', 'Rail']], ['Unused', []]]));
  });
});
