// Updating a stored article from a new import of the same piece, on a real IndexedDB (fake-indexeddb):
// the seed article is imported, annotated, then replaced by an edited version of itself.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article, Claim, OriginalFile, Tag } from '../../../src/core/model';
import { describeRange } from '../../../src/core/selectors';
import { saveImportedArticle } from '../../../src/db/article-repository';
import { ArticleToUpdateMissingError, updateArticleFromImport } from '../../../src/db/article-update';
import { ClaimlensDatabase } from '../../../src/db/database';
import { findLibraryMatches } from '../../../src/db/import-matches';
import { searchLibrary } from '../../../src/db/library-search';
import { buildArticle } from '../../../src/import/build-article';
import { extractArticle } from '../../../src/import/extract-article';
import type { Extraction } from '../../../src/import/extraction';
import { nodeHtmlParser } from '../../../src/import/node-html-parser';
import { SEED_PATH } from '../../shared-material';

const SEED = SEED_PATH;
const seedBytes = new Uint8Array(readFileSync(SEED));

let db: ClaimlensDatabase;
let seed: Extraction;

beforeEach(async () => {
  db = new ClaimlensDatabase(`article-update-${Math.random()}`);
  seed = await extractArticle({ bytes: seedBytes, fileName: '000_6d1aa85c79b1b4ee.txt', parseHtml: nodeHtmlParser });
});

afterEach(async () => {
  db.close();
  await db.delete();
});

async function build(extraction: Extraction, bytes: Uint8Array, fileName = 'seed.txt'): Promise<{ article: Article; original: OriginalFile }> {
  return buildArticle(extraction, { bytes, fileName, mimeType: 'text/plain', now: new Date('2026-03-01T08:00:00Z') });
}

/** The seed with the kept block at `index` (among kept blocks) dropped. */
function withoutKeptBlock(extraction: Extraction, index: number): Extraction {
  const keptIndexes = extraction.candidates.flatMap((c, i) => (c.removed ? [] : [i]));
  const drop = keptIndexes[index];
  return { ...extraction, candidates: extraction.candidates.map((c, i) => (i === drop ? { ...c, removed: 'removed-by-user' as const } : c)) };
}

function claimOn(article: Article, exact: string, tag: Tag): Claim {
  const start = article.text.indexOf(exact);
  if (start < 0) throw new Error(`${exact} is not in the article`);
  return {
    id: `claim-${tag}-${start}`,
    articleId: article.id,
    tag,
    note: '',
    annotator: 'Local user',
    selectors: describeRange(article.text, start, start + exact.length),
    orphaned: false,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
  };
}

describe('updateArticleFromImport', () => {
  it('replaces the text and re-anchors claims: unchanged, moved and orphaned, none deleted', async () => {
    const first = await build(seed, seedBytes);
    await saveImportedArticle(db, first.article, first.original);

    const firstParagraph = first.article.blocks[0];
    expect(firstParagraph.type).toBe('paragraph');
    // One claim before the dropped paragraph, one in it, one after it.
    const before = claimOn(first.article, '当中亚五国元首相继飞抵华盛顿', 'fact');
    const inDropped = claimOn(first.article, '对美国而言,中亚的战略价值正处于历史高点', 'opinion');
    const after = claimOn(first.article, '中亚毗邻动荡的阿富汗', 'fact');
    await db.claims.bulkAdd([before, inDropped, after]);

    // The newer version lacks the third kept block (the paragraph that begins 对美国而言) and has a new site name.
    const edited = withoutKeptBlock(seed, 2);
    edited.metadata = { ...seed.metadata, siteName: '网易新闻', sourceUrl: 'https://www.163.com/dy/article/example.html' };
    const newBytes = new TextEncoder().encode('a newer copy of the page');
    const next = await build(edited, newBytes, 'seed-again.txt');
    expect(next.article.text).not.toBe(first.article.text);

    const result = await updateArticleFromImport(db, first.article.id, next, new Date('2026-03-02T10:00:00Z'));
    expect(result).toEqual({ status: 'updated', articleId: first.article.id, report: { unchanged: 1, moved: 1, fuzzy: 0, orphaned: 1 } });

    const stored = await db.articles.get(first.article.id);
    expect(stored?.text).toBe(next.article.text);
    expect(stored?.contentHash).toBe(next.article.contentHash);
    expect(stored?.blocks).toEqual(next.article.blocks);
    expect(stored?.siteName).toBe('网易新闻');
    expect(stored?.sourceUrl).toBe('https://www.163.com/dy/article/example.html');
    expect(stored?.fileName).toBe('seed-again.txt');
    expect(stored?.importedAt).toBe(first.article.importedAt);
    expect(stored?.updatedAt).toBe('2026-03-02T10:00:00.000Z');
    expect(await db.articles.count()).toBe(1);

    const original = await db.originals.get(first.article.id);
    expect(new TextDecoder().decode(original?.bytes)).toBe('a newer copy of the page');
    expect(original?.fileName).toBe('seed-again.txt');

    const claims = new Map((await db.claims.toArray()).map((claim) => [claim.id, claim]));
    expect(claims.size).toBe(3);
    expect(claims.get(before.id)).toEqual(before);
    const moved = claims.get(after.id)!;
    expect(moved.orphaned).toBe(false);
    expect(next.article.text.slice(moved.selectors.position.start, moved.selectors.position.end)).toBe('中亚毗邻动荡的阿富汗');
    expect(moved.selectors.position.start).toBeLessThan(after.selectors.position.start);
    const orphan = claims.get(inDropped.id)!;
    expect(orphan.orphaned).toBe(true);
    expect(orphan.selectors).toEqual(inDropped.selectors);
  });

  it('places a claim on a slightly edited passage fuzzily', async () => {
    const first = await build(seed, seedBytes);
    await saveImportedArticle(db, first.article, first.original);
    const claim = claimOn(first.article, '中国虽已成为中亚最大的贸易伙伴和投资来源国', 'fact');
    await db.claims.add(claim);

    const edited: Extraction = {
      ...seed,
      candidates: seed.candidates.map((c) =>
        c.block.type === 'paragraph' && c.block.inlines[0]?.text.includes('中国虽已成为中亚最大的贸易伙伴')
          ? { ...c, block: { type: 'paragraph', inlines: [{ text: c.block.inlines[0].text.replace('中国虽已成为中亚最大的贸易伙伴', '中国虽然已成为中亚最大贸易伙伴') }] } }
          : c,
      ),
    };
    const next = await build(edited, seedBytes);
    const result = await updateArticleFromImport(db, first.article.id, next, new Date('2026-03-02T10:00:00Z'));
    expect(result.status === 'updated' && result.report).toEqual({ unchanged: 0, moved: 0, fuzzy: 1, orphaned: 0 });
    const stored = await db.claims.get(claim.id);
    expect(stored?.orphaned).toBe(false);
    expect(stored?.selectors.quote.exact).toContain('最大贸易伙伴和投资来源国');
  });

  it('keeps the search index in step with the new text', async () => {
    const first = await build(seed, seedBytes);
    await saveImportedArticle(db, first.article, first.original);
    const edited = withoutKeptBlock(seed, 2);
    const next = await build(edited, seedBytes);
    await updateArticleFromImport(db, first.article.id, next, new Date('2026-03-02T10:00:00Z'));
    const articleHits = async (query: string) =>
      (await searchLibrary(db, query)).hits.filter((hit) => hit.kind === 'article').map((hit) => hit.articleId);
    expect(await articleHits('战略价值正处于历史高点')).not.toContain(first.article.id);
    expect(await articleHits('阿富汗')).toContain(first.article.id);
  });

  it('refuses to give an article the text another article already has, and changes nothing', async () => {
    const a = await build(seed, seedBytes);
    const b = await build(withoutKeptBlock(seed, 0), seedBytes);
    await saveImportedArticle(db, a.article, a.original);
    await saveImportedArticle(db, b.article, b.original);
    const again = await build(seed, seedBytes);
    const result = await updateArticleFromImport(db, b.article.id, again, new Date());
    expect(result).toEqual({ status: 'exists', articleId: a.article.id, title: a.article.title });
    expect((await db.articles.get(b.article.id))?.contentHash).toBe(b.article.contentHash);
  });

  it('reports an article that is gone instead of creating it', async () => {
    const next = await build(seed, seedBytes);
    await expect(updateArticleFromImport(db, 'no-such-article', next, new Date())).rejects.toBeInstanceOf(ArticleToUpdateMissingError);
    expect(await db.articles.count()).toBe(0);
  });
});

describe('findLibraryMatches', () => {
  it('finds the same text, and versions of the same piece by source URL or by title and site', async () => {
    const stored = await build({ ...seed, metadata: { ...seed.metadata, sourceUrl: 'https://www.163.com/a.html' } }, seedBytes);
    await saveImportedArticle(db, stored.article, stored.original);

    const same = await findLibraryMatches(db, { ...stored.article });
    expect(same.sameContent?.id).toBe(stored.article.id);
    expect(same.similar).toEqual([]);

    const other = await build(withoutKeptBlock(seed, 1), seedBytes);
    const byTitle = await findLibraryMatches(db, { ...other.article, sourceUrl: '' });
    expect(byTitle.sameContent).toBeUndefined();
    expect(byTitle.similar.map((m) => [m.id, m.why])).toEqual([[stored.article.id, 'title-and-site']]);

    const byUrl = await findLibraryMatches(db, { ...other.article, title: 'Another title', sourceUrl: 'https://www.163.com/a.html#comments' });
    expect(byUrl.similar.map((m) => [m.id, m.why])).toEqual([[stored.article.id, 'source-url']]);
    const withSlash = await findLibraryMatches(db, { ...other.article, title: 'Another title', sourceUrl: 'https://www.163.com/a.html/' });
    expect(withSlash.similar.map((m) => m.id)).toEqual([stored.article.id]);
    const longerUrl = await findLibraryMatches(db, { ...other.article, title: 'Another title', sourceUrl: 'https://www.163.com/a.html2' });
    expect(longerUrl.similar).toEqual([]);

    const otherSite = await findLibraryMatches(db, { ...other.article, siteName: '新浪', sourceUrl: '' });
    expect(otherSite.similar).toEqual([]);

    await db.articles.update(stored.article.id, { deletedAt: '2026-03-03T00:00:00.000Z' });
    expect((await findLibraryMatches(db, { ...other.article, sourceUrl: '' })).similar).toEqual([]);
  });
});
