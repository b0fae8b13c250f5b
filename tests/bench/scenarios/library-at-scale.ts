// The Library with a large generated library (half Chinese, half English, ~100 KB of text each, ten
// claims per article): first render, search latency, importing one more article, backup and restore.
// The library is filled in the page through `window.__claimlensBench` (index.html?bench), in a browser
// profile on disk as the desktop app keeps its database (a private context would hold it in memory).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../../chromium';
import { median, percentile, type Measurement, type Scenario } from '../scenario';
import { benchQueries, loadBenchSentences } from './library-corpus';

/** CLAIMLENS_BENCH_ARTICLES lowers the size on slow machines; the metric names say what was measured. */
const ARTICLES = Number(process.env.CLAIMLENS_BENCH_ARTICLES ?? 5000);
const BACKUP_ARTICLES = Math.min(ARTICLES, Number(process.env.CLAIMLENS_BENCH_BACKUP_ARTICLES ?? 500));
const TEXT_BYTES = 100_000;
const CLAIMS_PER_ARTICLE = 10;
/** Articles per seeding transaction: large batches rewrite each posting row once per batch, not per article. */
const BATCH = 200;

type Sentences = ReturnType<typeof loadBenchSentences>;

const FIRST_ROW = '[role="row"][data-row="0"]';
const EMPTY_STATE = '.empty-state';

interface BenchApi {
  seed(request: unknown): Promise<{ ms: number; bytes: number }>;
  search(query: string): Promise<{ ms: number; hits: number }>;
  linearSearch(query: string): Promise<{ ms: number; hits: number }>;
  cursorList(): Promise<{ ms: number; rows: number }>;
  importOne(request: unknown): Promise<{ ms: number }>;
  backup(): Promise<{ ms: number; bytes: number }>;
  restore(): Promise<{ ms: number; bytes: number }>;
}

async function onDiskContext(): Promise<{ context: BrowserContext; dispose(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'claimlens-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumExecutable, args: chromiumArgs, headless: true });
  return {
    context,
    async dispose() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

async function benchPage(context: BrowserContext, appUrl: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${appUrl}index.html?bench#/library`);
  // Polled with evaluate: the app's Content-Security-Policy forbids the eval waitForFunction needs.
  for (let waited = 0; !(await page.evaluate(() => '__claimlensBench' in window)); waited += 100) {
    if (waited > 30_000) throw new Error('The bench hooks did not load (index.html?bench).');
    await page.waitForTimeout(100);
  }
  return page;
}

function call<K extends keyof BenchApi>(page: Page, method: K, ...args: Parameters<BenchApi[K]>): ReturnType<BenchApi[K]> {
  return page.evaluate(
    ([name, params]) => {
      const api = (window as unknown as { __claimlensBench: Record<string, (...a: unknown[]) => unknown> }).__claimlensBench;
      return api[name as string](...(params as unknown[]));
    },
    [method, args] as const,
  ) as ReturnType<BenchApi[K]>;
}

async function fill(page: Page, sentences: Sentences, count: number): Promise<{ ms: number; bytes: number }> {
  let ms = 0;
  let bytes = 0;
  for (let from = 0; from < count; from += BATCH) {
    const done = await call(page, 'seed', { sentences, from, count: Math.min(BATCH, count - from), textBytes: TEXT_BYTES, claimsPerArticle: CLAIMS_PER_ARTICLE });
    ms += done.ms;
    bytes += done.bytes;
    if ((from / BATCH) % 5 === 0) console.log(`    filled ${from + BATCH} of ${count} articles (${Math.round(ms / 1000)} s)`);
  }
  return { ms, bytes };
}

/** The selector each page's init script watches for; one per page. */
const observed = new WeakMap<Page, string>();

/**
 * Milliseconds from navigation start until an element matching `selector` is in the page, recorded in
 * the page by a MutationObserver so the driver's polling adds nothing. Each call loads the page anew
 * (a hash-only change to the same URL would not navigate).
 */
async function timeToElement(page: Page, url: string, selector: string): Promise<number> {
  await page.goto('about:blank');
  const watching = observed.get(page);
  if (watching === undefined) {
    observed.set(page, selector);
    // A string, not a function: the TypeScript runner would wrap a function with helpers the page lacks.
    await page.addInitScript(`
      new MutationObserver(() => {
        if (window.__shownAt === undefined && document.querySelector(${JSON.stringify(selector)})) window.__shownAt = performance.now();
      }).observe(document, { childList: true, subtree: true });
    `);
  } else if (watching !== selector) {
    throw new Error(`This page already watches for ${watching}.`);
  }
  await page.goto(url);
  for (let waited = 0; ; waited += 20) {
    const shownAt = await page.evaluate(() => (window as { __shownAt?: number }).__shownAt);
    if (shownAt !== undefined) return shownAt;
    if (waited > 30_000) throw new Error(`${selector} did not appear at ${url}.`);
    await page.waitForTimeout(20);
  }
}

export const libraryAtScale: Scenario = {
  name: 'Library at scale',
  environment: 'chromium',
  async run({ appUrl }) {
    const sentences = loadBenchSentences();
    const queries = benchQueries(sentences);
    const library = await onDiskContext();
    const page = await benchPage(library.context, appUrl);
    const filled = await fill(page, sentences, ARTICLES);
    const size = `${ARTICLES.toLocaleString('en')} articles, ${Math.round(filled.bytes / 1e6)} MB text, ${(ARTICLES * CLAIMS_PER_ARTICLE).toLocaleString('en')} claims`;
    const results: Measurement[] = [
      { metric: `Fill the library in the page, indexing included (${size})`, value: filled.bytes / 1e6 / (filled.ms / 1000), unit: 'MB/s' },
    ];

    const renders: number[] = [];
    const cursors: number[] = [];
    const viewer = await library.context.newPage();
    // One load first, so every measured load finds the app's files in the HTTP cache, as later starts do.
    await timeToElement(viewer, `${appUrl}index.html#/library`, FIRST_ROW);
    for (let i = 0; i < 5; i++) {
      renders.push(await timeToElement(viewer, `${appUrl}index.html#/library`, FIRST_ROW));
      cursors.push((await call(page, 'cursorList')).ms);
    }
    await viewer.close();
    // For context: the same navigation to an empty library, i.e. what loading the app itself costs.
    const empties: number[] = [];
    const empty = await onDiskContext();
    const emptyPage = await empty.context.newPage();
    await timeToElement(emptyPage, `${appUrl}index.html#/library`, EMPTY_STATE);
    for (let i = 0; i < 5; i++) empties.push(await timeToElement(emptyPage, `${appUrl}index.html#/library`, EMPTY_STATE));
    await empty.dispose();
    results.push({ metric: 'Empty Library first render, navigation to the empty state (median of 5)', value: median(empties), unit: 'ms' });
    const render = median(renders);
    results.push({
      metric: `Library first render, navigation to first row (median of 5; ${size})`,
      value: render,
      unit: 'ms',
      baseline: { label: 'raw IndexedDB cursor over the same summary rows', value: median(cursors) },
      target: '≤ 300 ms',
      met: render <= 300,
    });

    for (const language of ['zh-CN', 'en'] as const) {
      // One warm-up query, as the first search after start-up also loads the search code.
      await call(page, 'search', queries[language][0]);
      const times: number[] = [];
      let withHits = 0;
      for (const query of queries[language]) {
        const { ms, hits } = await call(page, 'search', query);
        times.push(ms);
        if (hits > 0) withHits++;
      }
      const linear: number[] = [];
      for (const query of queries[language].slice(0, 3)) linear.push((await call(page, 'linearSearch', query)).ms);
      const p95 = percentile(times, 95);
      results.push({
        metric: `Search p50, ${language}, ${queries[language].length} queries (${withHits} with hits)`,
        value: percentile(times, 50),
        unit: 'ms',
        baseline: { label: 'linear String.includes scan, median of 3 queries', value: median(linear) },
      });
      results.push({ metric: `Search p95, ${language}`, value: p95, unit: 'ms', baseline: { label: 'linear String.includes scan', value: median(linear) }, target: '≤ 50 ms', met: p95 <= 50 });
    }

    const imports: number[] = [];
    for (let i = 0; i < 3; i++) {
      imports.push((await call(page, 'importOne', { sentences, from: ARTICLES + i * 2, count: 1, textBytes: TEXT_BYTES, claimsPerArticle: 0 })).ms);
    }
    results.push({ metric: 'Import one more 100 KB Chinese article, indexing included (median of 3)', value: median(imports), unit: 'ms' });
    await library.dispose();

    // Backup and restore on a smaller library: the whole backup is built in memory as one file.
    const backupLibrary = await onDiskContext();
    const backupPage = await benchPage(backupLibrary.context, appUrl);
    const backupFill = await fill(backupPage, sentences, BACKUP_ARTICLES);
    const backup = await call(backupPage, 'backup');
    const restore = await call(backupPage, 'restore');
    const backupRate = backup.bytes / 1e6 / (backup.ms / 1000);
    const backupSize = `${BACKUP_ARTICLES} articles, ${Math.round(backup.bytes / 1e6)} MB file`;
    results.push({
      metric: `Backup throughput (${backupSize})`,
      value: backupRate,
      unit: 'MB/s',
      baseline: { label: 'filling the same library', value: backupFill.bytes / 1e6 / (backupFill.ms / 1000) },
      target: '≥ 20 MB/s',
      met: backupRate >= 20,
    });
    results.push({ metric: `Restore throughput, replace, indexing included (${backupSize})`, value: restore.bytes / 1e6 / (restore.ms / 1000), unit: 'MB/s' });
    await backupLibrary.dispose();
    return results;
  },
};
