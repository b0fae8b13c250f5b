// Rows for database tests: articles in Chinese and English with claims, sources and links, built from
// the two sample articles the app ships, so the text is real prose in both languages.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Article, Claim, ClaimSource, Collection, OriginalFile, Source, Stance, Tag } from '../../../src/core/model';
import type { ClaimlensDatabase } from '../../../src/db/database';

const samples = resolve(import.meta.dirname, '../../../resources/samples');

/** The body of a sample article without its front matter. */
export function sampleBody(fileName: string): string {
  return readFileSync(resolve(samples, fileName), 'utf8').replace(/^---[\s\S]*?---\s*/, '');
}

export const CHINESE_TEXT = sampleBody('county-rail.zh-CN.md');
export const ENGLISH_TEXT = sampleBody('libraries.en.md');

let counter = 0;

export function makeArticle(overrides: Partial<Article> & { text: string }): Article {
  counter++;
  const id = overrides.id ?? `article-${counter}`;
  return {
    id,
    title: `Article ${counter}`,
    author: 'Mara Ellison',
    siteName: 'Example Site',
    publishedDate: '2026-03-01',
    sourceUrl: `https://example.org/${counter}`,
    language: 'en',
    blocks: overrides.text.split('\n\n').map((paragraph) => ({ type: 'paragraph' as const, inlines: [{ text: paragraph }] })),
    contentHash: `hash-${id}`,
    format: 'markdown',
    fileName: `${id}.md`,
    charset: 'utf-8',
    importedAt: new Date(Date.UTC(2026, 0, 1, 0, counter)).toISOString(),
    updatedAt: new Date(Date.UTC(2026, 0, 1, 0, counter)).toISOString(),
    collectionIds: [],
    ...overrides,
  };
}

export function makeOriginal(article: Article): OriginalFile {
  return { articleId: article.id, fileName: article.fileName, mimeType: 'text/markdown', bytes: new TextEncoder().encode(`# ${article.title}\n\n${article.text}`) };
}

/** A claim on the first occurrence of `exact` in the article's text. */
export function makeClaim(article: Article, exact: string, tag: Tag, note = ''): Claim {
  const start = article.text.indexOf(exact);
  if (start === -1) throw new Error(`"${exact}" is not in ${article.id}`);
  counter++;
  return {
    id: `claim-${counter}`,
    articleId: article.id,
    tag,
    note,
    annotator: 'Local user',
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: article.text.slice(Math.max(0, start - 10), start), suffix: article.text.slice(start + exact.length, start + exact.length + 10) },
      position: { type: 'TextPositionSelector', start, end: start + exact.length },
    },
    orphaned: false,
    createdAt: '2026-02-01T00:00:00.000Z',
    updatedAt: '2026-02-01T00:00:00.000Z',
  };
}

export function makeSource(title: string, excerpt: string): Source {
  counter++;
  return {
    id: `source-${counter}`,
    url: `https://stats.example.org/${counter}`,
    normalizedUrl: `stats.example.org/${counter}`,
    title,
    publisher: 'Statistics Office',
    author: '',
    publishedDate: '2024-01-01',
    accessedDate: '2026-02-01',
    excerpt,
    reliability: 'primary',
    reliabilityReason: '',
    note: '',
    createdAt: '2026-02-01T00:00:00.000Z',
    updatedAt: '2026-02-01T00:00:00.000Z',
  };
}

export function makeLink(claim: Claim, source: Source, stance: Stance): ClaimSource {
  counter++;
  return { id: `link-${counter}`, claimId: claim.id, sourceId: source.id, stance, quote: '', createdAt: '2026-02-01T00:00:00.000Z' };
}

export interface LibraryRows {
  articles: Article[];
  originals: OriginalFile[];
  claims: Claim[];
  sources: Source[];
  claimSources: ClaimSource[];
  collections: Collection[];
  settings: Array<{ key: string; value: unknown }>;
}

/** Writes every row of the library, as the app's own writes would, in one transaction. */
export async function fillLibrary(db: ClaimlensDatabase, rows: LibraryRows): Promise<void> {
  await db.transaction('rw', [db.articles, db.originals, db.claims, db.sources, db.claimSources, db.collections, db.settings], async () => {
    await db.articles.bulkAdd(rows.articles);
    await db.originals.bulkAdd(rows.originals);
    await db.claims.bulkAdd(rows.claims);
    await db.sources.bulkAdd(rows.sources);
    await db.claimSources.bulkAdd(rows.claimSources);
    await db.collections.bulkAdd(rows.collections);
    await db.settings.bulkAdd(rows.settings);
  });
}

/** A small library: one Chinese and one English article, claims of every tag, a contested claim. */
export function sampleLibrary(): LibraryRows {
  const week3: Collection = { id: 'collection-week3', name: 'Week 3 workshop', createdAt: '2026-02-01T00:00:00.000Z' };
  const zh = makeArticle({ title: '高铁到了县城，年轻人就会回来吗？', author: '林晓舟', siteName: '江畔评论', language: 'zh-CN', text: CHINESE_TEXT, collectionIds: [week3.id] });
  const en = makeArticle({ title: "Our Town Can't Afford to Lose Its Library", text: ENGLISH_TEXT });
  const zhFact = makeClaim(zh, '京沪高铁于2011年6月30日正式开通运营', 'fact', '核对国铁集团公告');
  const zhUnsupported = makeClaim(zh, '只要通了高铁，县城的房价一年之内就会翻倍', 'unsupported');
  const zhOpinion = makeClaim(zh, '高铁只是一扇门', 'opinion');
  const enFact = makeClaim(en, 'The Public Libraries Act 1850', 'fact', 'Check the statute book');
  const source = makeSource('国家铁路局统计公报', '全国铁路营业里程');
  const link = makeLink(zhFact, source, 'contradicts');
  return {
    articles: [zh, en],
    originals: [makeOriginal(zh), makeOriginal(en)],
    claims: [zhFact, zhUnsupported, zhOpinion, enFact],
    sources: [source],
    claimSources: [link],
    collections: [week3],
    settings: [{ key: 'annotator', value: '李伟' }, { key: 'theme', value: 'dark' }],
  };
}
