// App start-up in the web host: navigation to the Library being interactive, and the JS heap after it,
// against a minimal page with one button served the same way.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { median, type Scenario } from '../scenario';

const RUNS = 7;

async function heapUsed(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

/**
 * Milliseconds from navigation start until a button with the given label is in the page and enabled,
 * recorded inside the page by a MutationObserver so the test driver's polling adds nothing.
 */
async function timeToInteractive(page: Page, url: string, label: string): Promise<number> {
  // A string, not a function: the TypeScript runner would wrap a function with helpers the page lacks.
  await page.addInitScript(`
    new MutationObserver(() => {
      const found = Array.from(document.querySelectorAll('button')).some((b) => b.textContent.includes(${JSON.stringify(label)}) && !b.disabled);
      if (found && window.__interactiveAt === undefined) window.__interactiveAt = performance.now();
    }).observe(document, { childList: true, subtree: true });
  `);
  await page.goto(url);
  await page.waitForFunction(() => (window as { __interactiveAt?: number }).__interactiveAt !== undefined, undefined, { timeout: 15_000 }).catch(async (error: Error) => {
    throw new Error(`${url}: ${error.message}; buttons: ${await page.evaluate(() => document.body?.innerHTML.slice(0, 300))}`);
  });
  return page.evaluate(() => (window as { __interactiveAt?: number }).__interactiveAt as number);
}

export const appStartup: Scenario = {
  name: 'App start-up',
  environment: 'chromium',
  async run({ appUrl, browser, serveDirectory }) {
    const baselineDir = await mkdtemp(join(tmpdir(), 'claimlens-bench-'));
    await writeFile(join(baselineDir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>Baseline</title><button>Import article…</button>');
    const baselineUrl = await serveDirectory(baselineDir);

    const app: number[] = [];
    const plain: number[] = [];
    let appHeap = 0;
    let plainHeap = 0;
    for (let i = 0; i < RUNS; i++) {
      for (const [url, times, isApp] of [
        [`${appUrl}index.html`, app, true],
        [`${baselineUrl}index.html`, plain, false],
      ] as const) {
        const context = await browser.newContext();
        const page = await context.newPage();
        times.push(await timeToInteractive(page, url, 'Import article'));
        if (i === RUNS - 1) {
          if (isApp) appHeap = await heapUsed(page);
          else plainHeap = await heapUsed(page);
        }
        await context.close();
      }
    }
    const appMedian = median(app);
    const plainMedian = median(plain);
    return [
      {
        metric: 'Navigation to interactive Library (median of 7)',
        value: appMedian,
        unit: 'ms',
        baseline: { label: 'minimal page with one button', value: plainMedian },
      },
      {
        metric: 'JS heap after start-up',
        value: appHeap / (1024 * 1024),
        unit: 'MB',
        baseline: { label: 'minimal page', value: plainHeap / (1024 * 1024) },
      },
    ];
  },
};
