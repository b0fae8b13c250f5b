// Bench-only: exposes `window.__claimlensBench` so `npm run bench` can fill a large library in the
// page and time the Library's operations. Loaded only when the page URL has `?bench`.
import type { Article, Claim, ClaimSource, OriginalFile, Source, Tag } from '../../core/model';
import { contentHash } from '../../core/document-text';
import { saveImportedArticle } from '../../db/article-repository';
import { createBackup, restoreBackup } from '../../db/backup-library';
import { parseBackup } from '../../db/backup-parse';
import { ClaimlensDatabase } from '../../db/database';
import { searchLibrary } from '../../db/library-search';
import { seededRandom } from '../../core/seeded-random';

export interface SeedRequest {
  sentences: { 'zh-CN': string[]; en: string[] };
  /** Index of the first article to write; articles alternate Chinese and English. */
  from: number;
  count: number;
  /** UTF-8 bytes of text per article. */
  textBytes: number;
  claimsPerArticle: number;
}

export function generateText(sentences: string[], bytes: number, seed: number, joiner: string): string {
  const next = seededRandom(seed);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const count = 3 + Math.floor(next() * 4);
    const paragraph = Array.from({ length: count }, () => sentences[Math.floor(next() * sentences.length)]).join(joiner);
    paragraphs.push(paragraph);
    size += new TextEncoder().encode(paragraph).length + 2;
  }
  return paragraphs.join('\n\n');
}

async function buildRows(request: SeedRequest, index: number) {
  const language = index % 2 === 0 ? 'zh-CN' : 'en';
  const sentences = request.sentences[language];
  const text = generateText(sentences, request.textBytes, index + 1, language === 'en' ? ' ' : '');
  const id = `bench-${index}`;
  const date = new Date(Date.UTC(2020, 0, 1) + index * 3_600_000).toISOString();
  const article: Article = {
    id,
    title: `${sentences[index % sentences.length].slice(0, 40)} #${index}`,
    author: language === 'en' ? 'Bench Writer' : '测试作者',
    siteName: language === 'en' ? 'Bench Gazette' : '测试日报',
    publishedDate: date.slice(0, 10),
    sourceUrl: `https://bench.example/${index}`,
    language,
    blocks: text.split('\n\n').map((paragraph) => ({ type: 'paragraph', inlines: [{ text: paragraph }] })),
    text,
    contentHash: contentHash(text),
    format: 'text',
    fileName: `${id}.txt`,
    charset: 'utf-8',
    importedAt: date,
    updatedAt: date,
    collectionIds: [],
  };
  const original: OriginalFile = { articleId: id, fileName: article.fileName, mimeType: 'text/plain', bytes: new TextEncoder().encode(text) };
  const next = seededRandom(index * 7919 + 3);
  const tags: Tag[] = ['opinion', 'fact', 'unsupported'];
  const claims: Claim[] = Array.from({ length: request.claimsPerArticle }, (_, k) => {
    const start = Math.floor(next() * (text.length - 120));
    const end = start + 20 + Math.floor(next() * 80);
    return {
      id: `${id}-claim-${k}`,
      articleId: id,
      tag: tags[(index + k) % 3],
      note: k % 4 === 0 ? sentences[Math.floor(next() * sentences.length)] : '',
      annotator: 'Bench',
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
        position: { type: 'TextPositionSelector', start, end },
      },
      orphaned: false,
      createdAt: date,
      updatedAt: date,
    };
  });
  const sources: Source[] = [];
  const links: ClaimSource[] = [];
  if (index % 5 === 0 && claims.length > 0) {
    const source: Source = {
      id: `${id}-source`,
      url: `https://evidence.example/${index}`,
      normalizedUrl: `evidence.example/${index}`,
      title: sentences[(index * 3) % sentences.length].slice(0, 60),
      publisher: 'Evidence Office',
      author: '',
      publishedDate: '',
      accessedDate: date.slice(0, 10),
      excerpt: sentences[(index * 5) % sentences.length],
      reliability: 'reputable',
      reliabilityReason: '',
      note: '',
      createdAt: date,
      updatedAt: date,
    };
    sources.push(source);
    links.push({ id: `${id}-link`, claimId: claims[0].id, sourceId: source.id, stance: 'contradicts', quote: '', createdAt: date });
  }
  return { article, original, claims, sources, links };
}

function install(db: ClaimlensDatabase) {
  let lastBackup: Uint8Array | null = null;
  const bench = {
    async seed(request: SeedRequest): Promise<{ ms: number; bytes: number }> {
      const started = performance.now();
      const rows = await Promise.all(Array.from({ length: request.count }, (_, i) => buildRows(request, request.from + i)));
      await db.transaction('rw', [db.articles, db.originals, db.claims, db.sources, db.claimSources], async () => {
        await db.articles.bulkAdd(rows.map((r) => r.article));
        await db.originals.bulkAdd(rows.map((r) => r.original));
        await db.sources.bulkAdd(rows.flatMap((r) => r.sources));
        await db.claims.bulkAdd(rows.flatMap((r) => r.claims));
        await db.claimSources.bulkAdd(rows.flatMap((r) => r.links));
      });
      return { ms: performance.now() - started, bytes: rows.reduce((sum, r) => sum + r.original.bytes.length, 0) };
    },
    async search(query: string): Promise<{ ms: number; hits: number }> {
      const started = performance.now();
      const results = await searchLibrary(db, query);
      return { ms: performance.now() - started, hits: results.hits.length };
    },
    /** The plain way: read every article and claim and test the text with String.includes. */
    async linearSearch(query: string): Promise<{ ms: number; hits: number }> {
      const started = performance.now();
      let hits = 0;
      const needle = query.toLowerCase();
      await db.articles.each((article) => {
        if (article.text.toLowerCase().includes(needle) || article.title.toLowerCase().includes(needle)) hits++;
      });
      await db.claims.each((claim) => {
        if (claim.selectors.quote.exact.toLowerCase().includes(needle) || claim.note.toLowerCase().includes(needle)) hits++;
      });
      return { ms: performance.now() - started, hits };
    },
    /** The plain way to read the list: one raw IndexedDB cursor over the summary rows. */
    cursorList(): Promise<{ ms: number; rows: number }> {
      const started = performance.now();
      return new Promise((resolve, reject) => {
        const open = indexedDB.open('claimlens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const raw = open.result;
          const rows: unknown[] = [];
          const cursor = raw.transaction('articleSummaries').objectStore('articleSummaries').openCursor();
          cursor.onerror = () => reject(cursor.error);
          cursor.onsuccess = () => {
            const at = cursor.result;
            if (at) {
              rows.push(at.value);
              at.continue();
            } else {
              raw.close();
              resolve({ ms: performance.now() - started, rows: rows.length });
            }
          };
        };
      });
    },
    async importOne(request: SeedRequest): Promise<{ ms: number }> {
      const { article, original } = await buildRows(request, request.from);
      const started = performance.now();
      const result = await saveImportedArticle(db, article, original);
      if (result.status !== 'saved') throw new Error('The bench article was already there.');
      return { ms: performance.now() - started };
    },
    async backup(): Promise<{ ms: number; bytes: number }> {
      const started = performance.now();
      const { bytes } = await createBackup(db, { appVersion: 'bench' });
      lastBackup = bytes;
      return { ms: performance.now() - started, bytes: bytes.length };
    },
    /** Restores the last backup into a separate database, so the bench library stays as it was. */
    async restore(): Promise<{ ms: number; bytes: number }> {
      if (!lastBackup) throw new Error('Back up first.');
      const target = new ClaimlensDatabase('claimlens-bench-restore');
      await target.delete();
      await target.open();
      const started = performance.now();
      const parsed = parseBackup(lastBackup);
      if (!parsed.ok) throw new Error(parsed.reason);
      await restoreBackup(target, parsed.backup, 'replace');
      const ms = performance.now() - started;
      const bytes = lastBackup.length;
      lastBackup = null;
      await target.delete();
      return { ms, bytes };
    },
  };
  (window as unknown as { __claimlensBench: typeof bench }).__claimlensBench = bench;
}


export function installLibraryBench(db: ClaimlensDatabase): void {
  install(db);
}
