// The reader under load: a 100,000-character article recombined from the seed article's own sentences,
// with 1,000 claims. Measures opening the article in the app until its highlights are painted, and
// pressing a tag key until the new highlight is painted, against the same text as static HTML with
// <mark> spans in the same run; and the JS heap with the article open.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { blockRanges, contentHash, documentText } from '../../../src/core/document-text';
import type { Article, Block, Claim } from '../../../src/core/model';
import { describeRange } from '../../../src/core/selectors';
import { keptBlocks } from '../../../src/import/extraction';
import { readPlainText } from '../../../src/import/text-reader';
import { marksByBlock } from '../../../src/reader/claim-marks';
import { median, percentile, type Measurement, type Scenario } from '../scenario';
import { SEED_PATH } from '../../shared-material';

const SEED = SEED_PATH;
const TARGET_LENGTH = 100_000;
const CLAIMS = 1_000;
const TAGGINGS = 50;
const OPEN_RUNS = 5;

/** A small deterministic generator, so every run measures the same article. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function benchArticle(): Promise<{ article: Article; claims: Claim[] }> {
  const extraction = readPlainText(await readFile(SEED, 'utf8'), 'seed.txt');
  const segmenter = new Intl.Segmenter('zh', { granularity: 'sentence' });
  const sentences = keptBlocks(extraction.candidates)
    .filter((block) => block.type === 'paragraph')
    .flatMap((block) => [...segmenter.segment(block.inlines.map((inline) => inline.text).join(''))].map((s) => s.segment.trim()))
    .filter((sentence) => sentence.length > 0);
  const next = random(42);
  const blocks: Block[] = [];
  let length = 0;
  while (length < TARGET_LENGTH) {
    if (blocks.length % 25 === 0) {
      const heading = sentences[Math.floor(next() * sentences.length)].slice(0, 18);
      blocks.push({ type: 'heading', level: 1, inlines: [{ text: heading }] });
      length += heading.length + 2;
    }
    const count = 3 + Math.floor(next() * 4);
    const text = Array.from({ length: count }, () => sentences[Math.floor(next() * sentences.length)]).join('');
    blocks.push({ type: 'paragraph', inlines: [{ text }] });
    length += text.length + 2;
  }
  const text = documentText(blocks);
  const now = new Date().toISOString();
  const article: Article = {
    id: 'bench-reader-article',
    title: '基准测试:十万字的文章',
    author: '',
    siteName: 'Claimlens bench',
    publishedDate: '',
    sourceUrl: '',
    language: 'zh-CN',
    blocks,
    text,
    contentHash: contentHash(text),
    format: 'text',
    fileName: 'bench.txt',
    charset: 'utf-8',
    importedAt: now,
    updatedAt: now,
    collectionIds: [],
  };

  // Claims spread over the whole text, inside paragraphs, 15–60 characters; some overlap their neighbour.
  const ranges = blockRanges(blocks);
  const paragraphs = ranges.filter((range, index) => blocks[index].type === 'paragraph' && range.end - range.start > 80);
  const tags = ['opinion', 'fact', 'unsupported'] as const;
  const claims: Claim[] = [];
  for (let i = 0; i < CLAIMS; i += 1) {
    const range = paragraphs[Math.floor((i / CLAIMS) * paragraphs.length)];
    const span = 15 + Math.floor(next() * 45);
    const start = range.start + Math.floor(next() * (range.end - range.start - span));
    claims.push({
      id: `bench-claim-${i}`,
      articleId: article.id,
      tag: tags[i % 3],
      note: i % 7 === 0 ? '需要核实' : '',
      annotator: 'Bench',
      selectors: describeRange(text, start, start + span),
      orphaned: false,
      createdAt: now,
      updatedAt: now,
    });
  }
  return { article, claims };
}

/** The same article as static HTML: one element per block, <mark> spans for the same highlight runs. */
function staticHtml(article: Article, claims: Claim[]): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const marks = marksByBlock(blockRanges(article.blocks), article.text.length, claims);
  const tagOf = new Map(claims.map((claim) => [claim.id, claim.tag]));
  const body = article.blocks
    .map((block, index) => {
      const text = block.type === 'paragraph' || block.type === 'heading' ? block.inlines.map((inline) => inline.text).join('') : '';
      let html = '';
      let at = 0;
      for (const span of marks.get(index)?.spans ?? []) {
        html += escape(text.slice(at, span.start));
        html += `<mark data-tag="${tagOf.get(span.ids[span.ids.length - 1])}">${escape(text.slice(span.start, span.end))}</mark>`;
        at = span.end;
      }
      html += escape(text.slice(at));
      return block.type === 'heading' ? `<h2>${html}</h2>` : `<p>${html}</p>`;
    })
    .join('\n');
  return `<!doctype html><meta charset="utf-8"><title>${escape(article.title)}</title>
<style>
body{margin:0;font:18px/1.9 serif;background:#faf9f6;color:#1f1f1f}
.reader{max-width:34em;margin:0 auto;padding:24px;text-align:justify;line-break:strict}
mark{background:rgba(0,114,178,.16);color:inherit;text-decoration:underline 2px #0072b2}
mark[data-tag=fact]{text-decoration-style:double;text-decoration-color:#009e73;background:rgba(0,158,115,.18)}
mark[data-tag=unsupported]{text-decoration-style:wavy;text-decoration-color:#d55e00;background:rgba(213,94,0,.16)}
</style>
<article class="reader" lang="zh-CN">${body}</article>
<script src="tag.js"></script>`;
}

/** The static page's own tagging: wrap the selection in a <mark>, nothing else (the baseline for tag keys). */
const STATIC_TAGGING = `addEventListener('keydown', (event) => {
  const tag = { 1: 'opinion', 2: 'fact', 3: 'unsupported' }[event.key];
  const selection = getSelection();
  if (!tag || !selection.rangeCount || selection.isCollapsed) return;
  const range = selection.getRangeAt(0);
  const mark = document.createElement('mark');
  mark.dataset.tag = tag;
  mark.append(range.extractContents());
  range.insertNode(mark);
  selection.removeAllRanges();
});
`;

/** Writes the article and its claims into the app's IndexedDB, as an import and annotation would. */
async function seedDatabase(page: Page, article: Article, claims: Claim[]): Promise<void> {
  await page.evaluate(
    ({ article, claims }) =>
      new Promise<void>((done, fail) => {
        const request = indexedDB.open('claimlens');
        request.onerror = () => fail(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction(['articles', 'claims'], 'readwrite');
          tx.objectStore('articles').put(article);
          for (const claim of claims) tx.objectStore('claims').put(claim);
          tx.oncomplete = () => {
            request.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    { article, claims },
  );
}

/** Milliseconds from now until `.reader` holds `marks` highlights and the frame showing them is painted. */
function paintedWithMarks(page: Page, marks: number): Promise<number> {
  return page.evaluate(
    (marks) =>
      new Promise<number>((done) => {
        const start = performance.now();
        const check = () => {
          if ((document.querySelector('.reader')?.querySelectorAll('mark').length ?? 0) >= marks) {
            // The rAF callback runs before the frame is painted; a task queued from it runs after.
            setTimeout(() => done(performance.now() - start), 0);
          } else {
            requestAnimationFrame(check);
          }
        };
        requestAnimationFrame(check);
      }),
    marks,
  );
}

/**
 * Milliseconds from navigation start until `.reader` holds `marks` highlights, painted: watched from
 * the first frame of the page by an init script, so the measurement does not wait on the test.
 */
async function loadUntilPainted(page: Page, url: string, marks: number): Promise<number> {
  await page.addInitScript((marks) => {
    const check = () => {
      if ((document.querySelector('.reader')?.querySelectorAll('mark').length ?? 0) >= marks) {
        setTimeout(() => ((window as unknown as { __painted: number }).__painted = performance.now()), 0);
      } else {
        requestAnimationFrame(check);
      }
    };
    requestAnimationFrame(check);
  }, marks);
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(() => (window as unknown as { __painted?: number }).__painted, undefined, { timeout: 60_000 });
  return (await handle.jsonValue()) as number;
}

async function heapUsedMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 2 ** 20;
}

/** Selects text of block `blockIndex` at [from, to) (block-local), as a user's selection would be. */
async function selectInBlock(page: Page, blockIndex: number, from: number, to: number): Promise<void> {
  await page.evaluate(
    ({ blockIndex, from, to }) => {
      const block = document.querySelector('.reader')!.children[blockIndex];
      block.scrollIntoView({ block: 'center' });
      const locate = (target: number) => {
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (target <= seen + node.data.length) return { node, offset: target - seen };
          seen += node.data.length;
        }
        throw new Error(`offset ${target} is past the block`);
      };
      const start = locate(from);
      const end = locate(to);
      window.getSelection()!.setBaseAndExtent(start.node, start.offset, end.node, end.offset);
    },
    { blockIndex, from, to },
  );
}

/**
 * Presses a tag key and measures, in the page, from the key event to the first frame showing the new
 * highlight having been painted. The frame callback is requested first thing in the key event (a
 * capture listener), so its follow-up task is the first to run after that frame's paint, ahead of
 * any work the app defers until after painting.
 */
async function timeTagging(page: Page, key: string): Promise<number> {
  await page.evaluate(() => {
    const root = document.querySelector('.reader')!;
    const state = window as unknown as { __tagging?: Promise<number> };
    state.__tagging = new Promise<number>((done) => {
      window.addEventListener(
        'keydown',
        (event) => {
          let changed = false;
          const observer = new MutationObserver(() => {
            changed = true;
            observer.disconnect();
          });
          observer.observe(root, { childList: true, subtree: true });
          const afterFrame = () =>
            setTimeout(() => {
              if (changed) done(performance.now() - event.timeStamp);
              else requestAnimationFrame(afterFrame);
            }, 0);
          requestAnimationFrame(afterFrame);
        },
        { capture: true, once: true },
      );
    });
  });
  await page.keyboard.press(key);
  return page.evaluate(() => (window as unknown as { __tagging: Promise<number> }).__tagging);
}

/** Tags TAGGINGS passages spread over the article, each timed from key press to painted highlight. */
async function tagRepeatedly(page: Page, article: Article, hasToolbar: boolean): Promise<number[]> {
  const times: number[] = [];
  const paragraphs = article.blocks.flatMap((block, index) => (block.type === 'paragraph' ? [index] : []));
  for (let i = 0; i < TAGGINGS; i += 1) {
    const blockIndex = paragraphs[Math.floor(((i + 0.5) / TAGGINGS) * paragraphs.length)];
    await selectInBlock(page, blockIndex, 3, 40);
    if (hasToolbar) await page.getByRole('toolbar').waitFor();
    // A reader takes a moment between taggings; the previous write and list update have finished.
    await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 1000 })));
    times.push(await timeTagging(page, String((i % 3) + 1)));
  }
  return times;
}

/**
 * The bench runs through tsx, whose transform names inner functions with a `__name` helper that
 * does not exist in the page; functions passed to page.evaluate need it defined there.
 */
async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  return context;
}

export const readerScenario: Scenario = {
  name: 'Reader',
  environment: 'chromium',
  async run({ appUrl, browser, serveDirectory }) {
    const { article, claims } = await benchArticle();
    const expectedMarks = [...marksByBlock(blockRanges(article.blocks), article.text.length, claims).values()].reduce(
      (sum, block) => sum + block.spans.length,
      0,
    );
    const dir = await mkdtemp(join(tmpdir(), 'claimlens-bench-reader-'));
    await writeFile(join(dir, 'index.html'), staticHtml(article, claims));
    // A separate file: the static server's content security policy refuses inline scripts.
    await writeFile(join(dir, 'tag.js'), STATIC_TAGGING);
    const staticUrl = await serveDirectory(dir);

    const open: number[] = [];
    const cold: number[] = [];
    const plain: number[] = [];
    const tagging: number[] = [];
    const plainTagging: number[] = [];
    let heap = NaN;
    for (let run = 0; run < OPEN_RUNS; run += 1) {
      // Opening from the Library, as a user does: the app is loaded, the article is not yet shown.
      const context = await newContext(browser);
      const page = await context.newPage();
      await page.goto(`${appUrl}index.html#/library`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await seedDatabase(page, article, claims);
      const opening = paintedWithMarks(page, expectedMarks);
      await page.evaluate((id) => (window.location.hash = `#/article/${id}`), article.id);
      open.push(await opening);

      if (run === OPEN_RUNS - 1) {
        await page.getByRole('article').focus();
        tagging.push(...(await tagRepeatedly(page, article, true)));
        heap = await heapUsedMb(page);
      }

      // A cold start straight into the article, for comparison: includes loading the app itself.
      const coldPage = await context.newPage();
      cold.push(await loadUntilPainted(coldPage, `${appUrl}index.html?cold#/article/${article.id}`, expectedMarks));
      await context.close();

      const staticContext = await newContext(browser);
      const staticPage = await staticContext.newPage();
      plain.push(await loadUntilPainted(staticPage, `${staticUrl}index.html`, expectedMarks));
      if (run === OPEN_RUNS - 1) plainTagging.push(...(await tagRepeatedly(staticPage, article, false)));
      await staticContext.close();
    }

    const plainMedian = median(plain);
    const baseline = { label: `static HTML with ${expectedMarks} <mark> spans, navigation to painted`, value: plainMedian };
    const openMedian = median(open);
    const p95 = percentile(tagging, 95);
    const results: Measurement[] = [
      {
        metric: `Open the article from the Library until highlights are painted (${article.text.length.toLocaleString('en')} chars, ${CLAIMS} claims; median of ${OPEN_RUNS})`,
        value: openMedian,
        unit: 'ms',
        baseline,
        target: '≤ 4× baseline',
        met: openMedian <= 4 * plainMedian,
      },
      {
        metric: `Cold load straight into the article until highlights are painted (median of ${OPEN_RUNS})`,
        value: median(cold),
        unit: 'ms',
        baseline,
      },
      {
        metric: `Tag key to new highlight painted, p50 (${TAGGINGS} taggings)`,
        value: percentile(tagging, 50),
        unit: 'ms',
        baseline: { label: 'static page wrapping the selection in <mark>, p50', value: percentile(plainTagging, 50) },
      },
      {
        metric: `Tag key to new highlight painted, p95 (${TAGGINGS} taggings)`,
        value: p95,
        unit: 'ms',
        baseline: { label: 'static page wrapping the selection in <mark>, p95', value: percentile(plainTagging, 95) },
        target: '≤ 25 ms',
        met: p95 <= 25,
      },
      {
        metric: 'JS heap with the article open, after the taggings',
        value: heap,
        unit: 'MB',
        target: '< 150 MB',
        met: heap < 150,
      },
    ];
    return results;
  },
};
