// Import time in Node: extractArticle + buildArticle on the seed and on every Readability corpus page,
// against bare Readability (`new Readability(doc).parse()` on the same linkedom DOM) in the same run.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { buildArticle } from '../../../src/import/build-article';
import { extractArticle } from '../../../src/import/extract-article';
import { nodeHtmlParser } from '../../../src/import/node-html-parser';
import { median, type Measurement, type Scenario } from '../scenario';
import { sharedPath, SEED_PATH } from '../../shared-material';

const pagesDir = sharedPath('corpora/readability/test/test-pages');
const SEED = SEED_PATH;
/** Each input is timed this many times; the fastest run counts, which filters out GC and JIT noise. */
const REPEATS = 3;
const TARGET_RATIO = 1.3;

async function importOnce(bytes: Uint8Array, fileName: string): Promise<void> {
  const extraction = await extractArticle({ bytes, fileName, parseHtml: nodeHtmlParser });
  await buildArticle(extraction, { bytes, fileName, mimeType: 'text/html', now: new Date() });
}

function readabilityOnce(html: string): void {
  new Readability(nodeHtmlParser(html)).parse();
}

async function fastest(run: () => Promise<void> | void): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < REPEATS; i++) {
    const start = performance.now();
    await run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export const importScenario: Scenario = {
  name: 'Import',
  environment: 'node',
  async run({ addDetails }) {
    const pages = readdirSync(pagesDir).sort();
    const ours: number[] = [];
    const bare: number[] = [];
    for (const page of pages) {
      const bytes = new Uint8Array(readFileSync(join(pagesDir, page, 'source.html')));
      // Bare Readability gets the text already decoded, as it cannot take bytes; decoding is ours to pay.
      const html = new TextDecoder().decode(bytes);
      ours.push(await fastest(() => importOnce(bytes, `${page}.html`)));
      bare.push(await fastest(() => readabilityOnce(html)));
    }
    const seedBytes = new Uint8Array(readFileSync(SEED));
    const seedMs = await fastest(() => importOnce(seedBytes, '000_6d1aa85c79b1b4ee.txt'));

    addDetails({
      caption: 'import time of each Readability corpus page (fastest of 3 runs)',
      columns: ['Page', 'Claimlens import', 'Bare Readability', 'Ratio'],
      rows: pages.map((page, i) => [page, `${ours[i].toFixed(1)} ms`, `${bare[i].toFixed(1)} ms`, `${(ours[i] / bare[i]).toFixed(2)}×`]),
    });
    const total = ours.reduce((a, b) => a + b, 0);
    const bareTotal = bare.reduce((a, b) => a + b, 0);
    const ratioOf = (value: number, baseline: number) => value / baseline;
    const measurement = (metric: string, value: number, baseline: number): Measurement => ({
      metric,
      value,
      unit: 'ms',
      baseline: { label: 'bare Readability on the same DOM', value: baseline },
      target: `≤ ${TARGET_RATIO}× baseline`,
      met: ratioOf(value, baseline) <= TARGET_RATIO,
    });
    return [
      measurement(`Readability corpus, total import time (${pages.length} pages, extract + build article)`, total, bareTotal),
      measurement('Readability corpus, median import time per page', median(ours), median(bare)),
      { metric: 'Seed article (plain text; Readability does not apply), import time', value: seedMs, unit: 'ms' },
    ];
  },
};
