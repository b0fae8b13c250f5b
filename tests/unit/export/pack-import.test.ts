// Storing packs: article matched by content hash or created, claims under their annotator with their ids,
// sources deduplicated by URL, a second import adds nothing, nothing overwritten, all or nothing.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildPack, parsePack, serializePack, type Pack } from '../../../src/core/exchange/pack';
import type { ReportArticleInput } from '../../../src/core/report/report-input';
import { ClaimlensDatabase } from '../../../src/db/database';
import { importedNothing, importPack } from '../../../src/db/pack-import';
import { readReportSnapshot } from '../../../src/db/report-snapshot';
import { makeClaim, makeSource, seedArticleInput, SEED_QUOTES } from '../report/fixtures';
import { byId, storeInputs, tableCounts } from './library-rows';

let db: ClaimlensDatabase;

beforeEach(() => {
  db = new ClaimlensDatabase(`packs-${Math.random()}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

const packOf = (input: ReportArticleInput, annotator = 'Lin Wei'): Pack =>
  buildPack(input.article, input.claims, input.links, input.sources, annotator, '0.1.0', '2025-11-08T10:00:00.000Z');

/** What a file round trip gives: the pack as another machine reads it. */
async function throughFile(pack: Pack): Promise<Pack> {
  const parsed = await parsePack(serializePack(pack));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.pack;
}

describe('importPack', () => {
  it('creates the article from the pack when it is not in the library, with the claims, sources and links', async () => {
    const seed = await seedArticleInput();
    const pack = await throughFile(packOf(seed));
    const result = await importPack(db, pack, '2025-11-10T08:00:00.000Z');
    expect(result).toMatchObject({ articleId: seed.article.id, articleCreated: true, annotator: 'Lin Wei', claimsAdded: 5, claimsAlreadyThere: 0, claimsInConflict: 0 });
    const [stored] = await readReportSnapshot(db, { articleIds: [result.articleId] });
    expect(stored!.article).toMatchObject({ contentHash: seed.article.contentHash, text: seed.article.text, title: seed.article.title, format: 'pack', importedAt: '2025-11-10T08:00:00.000Z' });
    expect(byId(stored!.claims)).toEqual(byId(pack.claims));
    expect(stored!.links).toHaveLength(pack.links.length);
    expect(result.sourcesAdded).toBe(pack.sources.length);
    expect(stored!.sources.map((s) => s.url).sort()).toEqual(pack.sources.map((s) => s.url).sort());
  });

  it('adds nothing on a second import of the same pack', async () => {
    const pack = await throughFile(packOf(await seedArticleInput()));
    await importPack(db, pack);
    const before = await tableCounts(db);
    const again = await importPack(db, pack);
    expect(importedNothing(again)).toBe(true);
    expect(again).toMatchObject({ claimsAdded: 0, claimsAlreadyThere: 5, articleCreated: false, sourcesAdded: 0, linksAdded: 0 });
    expect(await tableCounts(db)).toEqual(before);
  });

  it('puts the claims on the library’s own copy of the article (same text, other id) beside the claims already there', async () => {
    const seed = await seedArticleInput();
    const local = { ...seed.article, id: 'local-copy', title: 'My own title' };
    const mine = makeClaim(local, SEED_QUOTES.summit, 'opinion', { annotator: '李华' });
    await storeInputs(db, [{ article: local, claims: [mine], links: [], sources: [] }]);
    const result = await importPack(db, await throughFile(packOf(seed)));
    expect(result).toMatchObject({ articleId: 'local-copy', articleTitle: 'My own title', articleCreated: false, claimsAdded: 5 });
    const claims = await db.claims.where('articleId').equals('local-copy').toArray();
    expect(claims).toHaveLength(6);
    expect(await db.claims.get(mine.id)).toEqual(mine);
    expect(await db.articles.count()).toBe(1);
  });

  it('reuses a library source with the same address instead of adding a duplicate', async () => {
    const seed = await seedArticleInput();
    const reuters = seed.sources[0]!;
    // The library has the same page under another id, typed with a tracking parameter.
    const existing = makeSource(`${reuters.url}?utm_source=newsletter`, 'Saved earlier', 'Reuters', 'reputable', { normalizedUrl: '' });
    const { normalizeSourceUrl } = await import('../../../src/core/source-url');
    existing.normalizedUrl = normalizeSourceUrl(existing.url);
    await db.sources.add(existing);
    const result = await importPack(db, await throughFile(packOf(seed)));
    expect(result.sourcesAdded).toBe(seed.sources.length - 1);
    const links = await db.claimSources.toArray();
    expect(links.filter((link) => link.sourceId === existing.id)).toHaveLength(seed.links.filter((l) => l.sourceId === reuters.id).length);
    expect(await db.sources.get(reuters.id)).toBeUndefined();
  });

  it('never overwrites someone else’s claim that has the same id, and says how many were left out', async () => {
    const seed = await seedArticleInput();
    const pack = await throughFile(packOf(seed));
    const taken = { ...pack.claims[0]!, annotator: '王老师', note: 'mine, not yours' };
    await storeInputs(db, [{ article: seed.article, claims: [taken], links: [], sources: [] }]);
    const result = await importPack(db, pack);
    expect(result).toMatchObject({ claimsAdded: 4, claimsInConflict: 1 });
    expect(await db.claims.get(taken.id)).toEqual(taken);
    expect(await db.claimSources.where('claimId').equals(taken.id).count()).toBe(0);
  });

  it('stores nothing at all when a write fails part way', async () => {
    const pack = await throughFile(packOf(await seedArticleInput()));
    const before = await tableCounts(db);
    vi.spyOn(db.claimSources, 'bulkAdd').mockRejectedValue(new Error('disk full'));
    await expect(importPack(db, pack)).rejects.toThrow('disk full');
    expect(await tableCounts(db)).toEqual(before);
  });

  it('a pack refused by parsePack (a claim tagged “rumour”) never reaches the library', async () => {
    const pack = packOf(await seedArticleInput());
    const bad = JSON.parse(serializePack(pack));
    bad.claims[0].tag = 'rumour';
    const parsed = await parsePack(JSON.stringify(bad));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/^claims\[0\]\.tag /);
  });
});
