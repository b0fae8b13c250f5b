// Report and exchange fixtures: the real seed article (read at test time, split into paragraphs) with
// claims on real passages, and an English sample full of characters that need escaping.
import { readFileSync } from 'node:fs';
import type { Article, Block, Claim, ClaimSource, Reliability, Source, Stance, Tag } from '../../../src/core/model';
import { contentHash, documentText, normalizeInlineWhitespace } from '../../../src/core/document-text';
import type { ReportArticleInput, ReportInput } from '../../../src/core/report/report-input';
import { DEFAULT_REPORT_OPTIONS } from '../../../src/core/report/report-input';
import { SEED_PATH } from '../../shared-material';

export { SEED_PATH };
const STAMP = '2025-11-08T09:30:00.000Z';
let counter = 0;
/** Deterministic UUIDs so failures are reproducible. */
export function fixtureId(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
}

export function paragraphBlocks(raw: string): Block[] {
  return raw
    .split(/\n\s*\n/)
    .map((paragraph) => normalizeInlineWhitespace(paragraph))
    .filter((text) => text !== '')
    .map((text) => ({ type: 'paragraph', inlines: [{ text }] }) as Block);
}

export async function makeArticle(blocks: Block[], meta: Partial<Article>): Promise<Article> {
  const text = documentText(blocks);
  return {
    id: fixtureId(),
    title: '',
    author: '',
    siteName: '',
    publishedDate: '',
    sourceUrl: '',
    language: '',
    blocks,
    text,
    contentHash: contentHash(text),
    format: 'text',
    fileName: 'article.txt',
    charset: 'utf-8',
    importedAt: STAMP,
    updatedAt: STAMP,
    collectionIds: [],
    ...meta,
  };
}

export function makeClaim(article: Article, exact: string, tag: Tag, extra: Partial<Claim> = {}): Claim {
  const start = article.text.indexOf(exact);
  if (start === -1) throw new Error(`fixture passage not in the text: ${exact}`);
  const end = start + exact.length;
  return {
    id: fixtureId(),
    articleId: article.id,
    tag,
    note: '',
    annotator: 'Lin Wei',
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: article.text.slice(Math.max(0, start - 32), start), suffix: article.text.slice(end, end + 32) },
      position: { type: 'TextPositionSelector', start, end },
    },
    orphaned: false,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...extra,
  };
}

export function makeSource(url: string, title: string, publisher: string, reliability: Reliability, extra: Partial<Source> = {}): Source {
  return {
    id: fixtureId(),
    url,
    normalizedUrl: url.toLowerCase(),
    title,
    publisher,
    author: '',
    publishedDate: '2025-09-18',
    accessedDate: '2025-11-07',
    excerpt: '',
    reliability,
    reliabilityReason: '',
    note: '',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...extra,
  };
}

export function makeLink(claim: Claim, source: Source, stance: Stance, quote = ''): ClaimSource {
  return { id: fixtureId(), claimId: claim.id, sourceId: source.id, stance, quote, createdAt: STAMP };
}

/** Quotes used on the seed article; each is a real passage of it. */
export const SEED_QUOTES = {
  resources: '中亚地区是名副其实的“资源宝库”,蕴藏着丰富的石油、天然气以及稀土矿产',
  locomotives: '9月,哈萨克斯坦与美国达成协议,将在未来十年斥资40亿美元采购美国机车',
  boeing: '乌兹别克斯坦也宣布,将耗资数十亿美元购买波音飞机',
  anxiety: '这让美国感到了战略焦虑',
  reshape: '一旦成型,将彻底改变欧亚大陆的贸易版图,极大削弱莫斯科的战略地位',
  summit: '这次“C5+1”峰会,正值该机制建立十周年',
} as const;

export async function seedArticleInput(): Promise<ReportArticleInput> {
  const article = await makeArticle(paragraphBlocks(readFileSync(SEED_PATH, 'utf8')), {
    title: '亚洲五国元首飞抵美国,特朗普将借这个机会,好好给中俄上眼药?',
    author: '国际观察员',
    siteName: '网易号',
    publishedDate: '2025-11-06',
    sourceUrl: 'https://www.163.com/dy/article/EXAMPLE.html',
    language: 'zh-CN',
  });
  const resources = makeClaim(article, SEED_QUOTES.resources, 'fact', { note: '需要核对：稀土储量数据来自哪里？' });
  const locomotives = makeClaim(article, SEED_QUOTES.locomotives, 'fact', { note: '协议金额，见路透社报道' });
  const boeing = makeClaim(article, SEED_QUOTES.boeing, 'fact');
  const anxiety = makeClaim(article, SEED_QUOTES.anxiety, 'unsupported', { annotator: '王老师' });
  const reshape = makeClaim(article, SEED_QUOTES.reshape, 'opinion');
  const summit = makeClaim(article, SEED_QUOTES.summit, 'fact');
  const reuters = makeSource('https://www.reuters.com/world/asia-pacific/kazakhstan-wabtec-locomotives/', 'Kazakhstan signs $4.2 bln locomotive deal with Wabtec', 'Reuters', 'reputable', {
    reliabilityReason: 'Wire service with corrections policy',
  });
  const xinhua = makeSource('https://www.news.cn/world/uzbekistan-boeing.htm', '乌兹别克斯坦航空与波音签署订单', '新华网', 'reputable');
  const boeingPress = makeSource('https://investors.boeing.com/news/uzbekistan', 'Boeing and Uzbekistan Airways order', 'Boeing', 'primary');
  const links = [
    makeLink(locomotives, reuters, 'supports', 'signed a deal worth $4.2 billion'),
    makeLink(boeing, xinhua, 'supports'),
    makeLink(boeing, boeingPress, 'contradicts', 'order for up to 22 aircraft, not "billions"'),
    makeLink(resources, reuters, 'context'),
  ];
  return {
    article,
    claims: [reshape, resources, locomotives, boeing, anxiety, summit],
    links,
    sources: [reuters, xinhua, boeingPress],
  };
}

export const ENGLISH_TEXT = [
  'City council approves <script>alert("x")</script> budget & "tax" plan',
  'The council voted 7–2 on Tuesday to raise the property tax by 3%, the first rise in a decade. Officials said the money 🙂 would fund 40 new teachers.',
  'Critics called the plan *reckless* and said [it](javascript:alert(1)) would drive families away, though no figures were given.',
  '=SUM(A1:A2) is what one resident wrote on the petition, which gathered 1,200 signatures, organisers claimed.',
].join('\n\n');

export const ENGLISH_QUOTES = {
  vote: 'The council voted 7–2 on Tuesday to raise the property tax by 3%',
  emoji: 'the money 🙂 would fund 40 new teachers',
  reckless: 'Critics called the plan *reckless*',
  families: 'said [it](javascript:alert(1)) would drive families away',
  petition: 'which gathered 1,200 signatures',
} as const;

export async function englishArticleInput(): Promise<ReportArticleInput> {
  const blocks = ENGLISH_TEXT.split('\n\n').map((text) => ({ type: 'paragraph', inlines: [{ text }] }) as Block);
  const article = await makeArticle(blocks, {
    title: 'Council <b>approves</b> "tax" & budget',
    author: 'Sam O’Neil',
    siteName: 'Springfield Courier',
    publishedDate: '2025-10-14',
    sourceUrl: 'https://courier.example.com/news/council-budget?id=7&ref=home',
    language: 'en',
  });
  const vote = makeClaim(article, ENGLISH_QUOTES.vote, 'fact', { note: 'Check the minutes.\nLine two, with "quotes", commas' });
  const emoji = makeClaim(article, ENGLISH_QUOTES.emoji, 'fact', { note: '=HYPERLINK("http://evil.example")', annotator: 'Ana <admin>' });
  const reckless = makeClaim(article, ENGLISH_QUOTES.reckless, 'opinion', { note: '+1 @everyone -- <img src=x onerror=alert(1)>' });
  const families = makeClaim(article, ENGLISH_QUOTES.families, 'unsupported');
  const petition = makeClaim(article, ENGLISH_QUOTES.petition, 'fact');
  const minutes = makeSource('https://springfield.example.gov/minutes/2025-10-14.pdf', 'Council minutes, 14 October', 'City of Springfield', 'primary');
  const blog = makeSource('javascript:alert(1)', 'A <blog> post | with *stars*', 'Somebody’s blog', 'unreliable', { reliabilityReason: 'Anonymous, no sources' });
  const links = [makeLink(vote, minutes, 'supports', 'Motion carried 7–2'), makeLink(emoji, blog, 'contradicts')];
  return { article, claims: [vote, emoji, reckless, families, petition], links, sources: [minutes, blog] };
}

export async function emptyArticleInput(): Promise<ReportArticleInput> {
  const article = await makeArticle(paragraphBlocks('A short note with no claims.'), { title: 'Nothing marked yet' });
  return { article, claims: [], links: [], sources: [] };
}

export function reportInput(articles: ReportArticleInput[], locale: 'en' | 'zh-CN' = 'en'): ReportInput {
  return { articles, locale, generatedAt: '2025-11-08T10:00:00.000Z', appVersion: '0.1.0', options: { ...DEFAULT_REPORT_OPTIONS } };
}
