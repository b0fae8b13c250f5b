// Claim actions against fake-indexeddb: a change shows in the store at once, is written, is reverted
// with an error when the write fails, and undo/redo put back exactly what was there (links included).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimSource, Source } from '../../../src/core/model';
import { ClaimlensDatabase } from '../../../src/db/database';
import { translate } from '../../../src/i18n/messages';
import { ClaimActions } from '../../../src/ui/claims/claim-actions';
import { ClaimStore } from '../../../src/ui/claims/claim-store';
import { testArticle } from './test-article';

const TEXT = '这些大单不仅是商业合作,更是美国试图用经济利益,将中亚国家与自己绑定的战略布局。一旦成型,将彻底改变欧亚大陆的贸易版图,极大削弱莫斯科的战略地位。';

const article = testArticle('a1', TEXT);

let db: ClaimlensDatabase;
let store: ClaimStore;
let reports: { message: string; kind: string }[];
let count = 0;

function actionsFor(articleId: string) {
  return new ClaimActions(store, {
    db,
    articleId,
    articleText: TEXT,
    annotator: () => '王老师',
    report: (message, kind) => reports.push({ message, kind }),
    announce: () => {},
    t: (key, params) => translate('en', key, params),
  });
}

/** Feeds the store what the database holds, as the live query does. */
async function sync() {
  const claims = await db.claims.toArray();
  store.setBase(claims, await db.claimSources.toArray());
}

beforeEach(async () => {
  db = new ClaimlensDatabase(`claim-actions-${++count}`);
  await db.articles.add(article);
  store = new ClaimStore();
  reports = [];
});

afterEach(async () => {
  await db.delete();
});

describe('ClaimActions', () => {
  it('shows a new claim at once, stores it with annotator and times, and undo/redo remove and restore it', async () => {
    const actions = actionsFor('a1');
    const start = TEXT.indexOf('一旦成型');
    const claim = actions.create('unsupported', start, TEXT.indexOf('。', start))!;
    expect(store.snapshot().byId.get(claim.id)?.selectors.quote.exact).toBe('一旦成型,将彻底改变欧亚大陆的贸易版图,极大削弱莫斯科的战略地位');
    expect(store.snapshot().saving.has(claim.id)).toBe(true);
    await expect.poll(() => db.claims.count()).toBe(1);
    const stored = (await db.claims.get(claim.id))!;
    expect(stored.annotator).toBe('王老师');
    expect(stored.createdAt).toBe(stored.updatedAt);
    await sync();
    await expect.poll(() => store.snapshot().saving.has(claim.id)).toBe(false);

    await actions.undo();
    expect(await db.claims.count()).toBe(0);
    expect(store.snapshot().byId.has(claim.id)).toBe(false);
    await actions.redo();
    expect((await db.claims.get(claim.id))?.tag).toBe('unsupported');
  });

  it('reverts a claim whose write fails and says why', async () => {
    const actions = actionsFor('not-in-the-library');
    const claim = actions.create('fact', 0, 10)!;
    expect(store.snapshot().byId.has(claim.id)).toBe(true);
    await expect.poll(() => store.snapshot().byId.has(claim.id)).toBe(false);
    expect(reports).toEqual([{ message: expect.stringMatching(/^Could not save: Article not-in-the-library is not in the library\.$/), kind: 'error' }]);
    expect(await db.claims.count()).toBe(0);
  });

  it('refuses a selection of white space only', () => {
    expect(actionsFor('a1').create('fact', 0, 0)).toBeNull();
  });

  it('retags and notes with undo, and deleting then undoing brings back the source links', async () => {
    const actions = actionsFor('a1');
    const claim = actions.create('fact', 0, 10)!;
    await expect.poll(() => db.claims.count()).toBe(1);
    await sync();
    actions.retag(claim.id, 'opinion');
    expect(store.snapshot().byId.get(claim.id)?.tag).toBe('opinion');
    await actions.setNote(claim.id, '需要核实');
    expect((await db.claims.get(claim.id))?.note).toBe('需要核实');
    await actions.undo();
    expect((await db.claims.get(claim.id))?.note).toBe('');
    await actions.undo();
    expect((await db.claims.get(claim.id))?.tag).toBe('fact');
    await actions.redo();
    expect((await db.claims.get(claim.id))?.tag).toBe('opinion');

    const source: Source = {
      id: 's1', url: 'https://example.org', normalizedUrl: 'example.org', title: 'Example', publisher: '', author: '',
      publishedDate: '', accessedDate: '', excerpt: '', reliability: 'unknown', reliabilityReason: '', note: '',
      createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const link: ClaimSource = { id: 'l1', claimId: claim.id, sourceId: 's1', stance: 'contradicts', quote: '', createdAt: '2026-01-01T00:00:00.000Z' };
    await db.sources.add(source);
    await db.claimSources.add(link);
    await sync();
    actions.remove(claim.id, 'Ctrl+Z');
    expect(store.snapshot().byId.has(claim.id)).toBe(false);
    await expect.poll(() => db.claimSources.count()).toBe(0);
    await actions.undo();
    expect(await db.claimSources.get('l1')).toEqual(link);
    expect((await db.claims.get(claim.id))?.tag).toBe('opinion');
  });
});
