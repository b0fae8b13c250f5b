// The claim repository against fake-indexeddb: every write lands in the tables it should, deletes
// return what undo needs, and restore puts back exactly that.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim, ClaimSource, Source } from '../../../src/core/model';
import { describeRange } from '../../../src/core/selectors';
import {
  createClaim,
  deleteClaim,
  listArticleClaims,
  restoreClaim,
  retagClaim,
  saveReanchoredClaims,
  setClaimNote,
  setClaimSelectors,
} from '../../../src/db/claim-repository';
import { ClaimlensDatabase } from '../../../src/db/database';
import { testArticle } from './test-article';

const TEXT = '9月,哈萨克斯坦与美国达成协议,将在未来十年斥资40亿美元采购美国机车;乌兹别克斯坦也宣布,将耗资数十亿美元购买波音飞机。';

const article = (id: string) => testArticle(id, TEXT);

function claim(id: string, start: number, end: number): Claim {
  return {
    id,
    articleId: 'a1',
    tag: 'fact',
    note: '',
    annotator: 'Li Wei 李伟',
    selectors: describeRange(TEXT, start, end),
    orphaned: false,
    createdAt: '2026-01-02T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
  };
}

function source(id: string): Source {
  return {
    id,
    url: `https://example.org/${id}`,
    normalizedUrl: `example.org/${id}`,
    title: id,
    publisher: '',
    author: '',
    publishedDate: '',
    accessedDate: '',
    excerpt: '',
    reliability: 'unknown',
    reliabilityReason: '',
    note: '',
    createdAt: '2026-01-02T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
  };
}

function link(id: string, claimId: string, sourceId: string): ClaimSource {
  return { id, claimId, sourceId, stance: 'supports', quote: '', createdAt: '2026-01-03T00:00:00.000Z' };
}

let db: ClaimlensDatabase;
let name = 0;

beforeEach(async () => {
  db = new ClaimlensDatabase(`claims-test-${++name}`);
  await db.articles.add(article('a1'));
});

afterEach(async () => {
  await db.delete();
});

describe('claim repository', () => {
  it('creates a claim and lists it for its article', async () => {
    await createClaim(db, claim('c1', 0, TEXT.indexOf(';')));
    const claims = await listArticleClaims(db, 'a1');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.selectors.quote.exact).toBe('9月,哈萨克斯坦与美国达成协议,将在未来十年斥资40亿美元采购美国机车');
    expect(claims[0]!.annotator).toBe('Li Wei 李伟');
  });

  it('refuses a claim on an article that is not stored, and stores nothing', async () => {
    await expect(createClaim(db, { ...claim('c1', 0, 5), articleId: 'missing' })).rejects.toThrow(/not in the library/);
    expect(await db.claims.count()).toBe(0);
  });

  it('retags and sets notes, moving updatedAt but not createdAt', async () => {
    await createClaim(db, claim('c1', 0, 5));
    await retagClaim(db, 'c1', 'opinion', '2026-02-01T00:00:00.000Z');
    const noted = await setClaimNote(db, 'c1', '数字需要核实', '2026-02-02T00:00:00.000Z');
    expect(noted.tag).toBe('opinion');
    expect(noted.note).toBe('数字需要核实');
    expect(noted.createdAt).toBe('2026-01-02T00:00:00.000Z');
    expect(noted.updatedAt).toBe('2026-02-02T00:00:00.000Z');
    expect(await db.claims.get('c1')).toEqual(noted);
  });

  it('fails a change to a claim that no longer exists', async () => {
    await expect(retagClaim(db, 'gone', 'fact', '2026-02-01T00:00:00.000Z')).rejects.toThrow(/not in the library/);
  });

  it('deletes a claim with its source links, keeps the sources, and restores both exactly', async () => {
    await createClaim(db, claim('c1', 0, 5));
    await createClaim(db, claim('c2', 10, 20));
    await db.sources.bulkAdd([source('s1'), source('s2')]);
    await db.claimSources.bulkAdd([link('l1', 'c1', 's1'), link('l2', 'c1', 's2'), link('l3', 'c2', 's1')]);

    const removed = await deleteClaim(db, 'c1');
    expect(removed.claim.id).toBe('c1');
    expect(removed.links.map((l) => l.id).sort()).toEqual(['l1', 'l2']);
    expect(await db.claims.get('c1')).toBeUndefined();
    expect((await db.claimSources.toArray()).map((l) => l.id)).toEqual(['l3']);
    expect(await db.sources.count()).toBe(2);

    await restoreClaim(db, removed);
    expect(await db.claims.get('c1')).toEqual(removed.claim);
    expect((await db.claimSources.toArray()).map((l) => l.id).sort()).toEqual(['l1', 'l2', 'l3']);
  });

  it('restores a claim without the link to a source deleted meanwhile', async () => {
    await createClaim(db, claim('c1', 0, 5));
    await db.sources.bulkAdd([source('s1'), source('s2')]);
    await db.claimSources.bulkAdd([link('l1', 'c1', 's1'), link('l2', 'c1', 's2')]);
    const removed = await deleteClaim(db, 'c1');
    await db.sources.delete('s2');
    await restoreClaim(db, removed);
    expect((await db.claimSources.toArray()).map((l) => l.id)).toEqual(['l1']);
  });

  it('re-attaches an orphan and saves re-anchored claims in one go', async () => {
    await createClaim(db, { ...claim('c1', 0, 5), orphaned: true });
    const placed = await setClaimSelectors(db, 'c1', describeRange(TEXT, 10, 20), false, '2026-03-01T00:00:00.000Z');
    expect(placed.orphaned).toBe(false);
    expect(placed.selectors.position).toEqual({ type: 'TextPositionSelector', start: 10, end: 20 });
    await saveReanchoredClaims(db, [{ ...placed, orphaned: true }]);
    expect((await db.claims.get('c1'))!.orphaned).toBe(true);
  });

  it('leaves the tables as they were when a transaction fails part-way', async () => {
    await createClaim(db, claim('c1', 0, 5));
    await expect(createClaim(db, claim('c1', 0, 5))).rejects.toThrow();
    expect(await db.claims.count()).toBe(1);
  });
});
