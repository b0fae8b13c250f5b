// `npm run eval:extract`: runs the article importer over the 130 pages of Mozilla Readability's test
// corpus and measures how close the extracted text and metadata come to the expected results;
// writes the per-page and overall numbers to docs/EXTRACTION.md.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentText, normalizeInlineWhitespace } from '../src/core/document-text';
import { extractArticle } from '../src/import/extract-article';
import { keptBlocks } from '../src/import/extraction';
import { nodeHtmlParser } from '../src/import/node-html-parser';
import { sharedPath } from '../tests/shared-material';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pagesDir = sharedPath('corpora/readability/test/test-pages');
const reportPath = resolve(repoRoot, 'docs/EXTRACTION.md');
const SHINGLE = 8;
const readabilityVersion = (JSON.parse(readFileSync(resolve(repoRoot, 'node_modules/@mozilla/readability/package.json'), 'utf8')) as { version: string }).version;

interface ExpectedMetadata {
  title?: string | null;
  byline?: string | null;
  lang?: string | null;
}

interface PageResult {
  name: string;
  expectedChars: number;
  extractedChars: number;
  charF1: number;
  shingleF1: number;
  title: boolean | null;
  byline: boolean | null;
  bylineName: boolean | null;
  extraByline: boolean;
  language: boolean | null;
  languagePrimary: boolean | null;
  milliseconds: number;
  error?: string;
}

/** Bag-of-characters overlap, white space ignored: how much of the right text came out, in any order. */
function bagF1(expected: Map<string, number>, actual: Map<string, number>): number {
  let overlap = 0;
  let expectedTotal = 0;
  let actualTotal = 0;
  for (const count of expected.values()) expectedTotal += count;
  for (const [key, count] of actual) {
    actualTotal += count;
    overlap += Math.min(count, expected.get(key) ?? 0);
  }
  if (expectedTotal === 0 && actualTotal === 0) return 1;
  if (overlap === 0) return 0;
  const precision = overlap / actualTotal;
  const recall = overlap / expectedTotal;
  return (2 * precision * recall) / (precision + recall);
}

function characterBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const char of text.replace(/\s+/g, '')) bag.set(char, (bag.get(char) ?? 0) + 1);
  return bag;
}

/** Overlapping 8-character windows of the text without white space: order matters locally. */
function shingleBag(text: string): Map<string, number> {
  const chars = Array.from(text.replace(/\s+/g, ''));
  const bag = new Map<string, number>();
  for (let index = 0; index + SHINGLE <= chars.length; index += 1) {
    const key = chars.slice(index, index + SHINGLE).join('');
    bag.set(key, (bag.get(key) ?? 0) + 1);
  }
  return bag;
}

/** A byline reduced to the name: no leading "By", case and white space folded. */
function bylineName(byline: string): string {
  return normalizeInlineWhitespace(byline).replace(/^by[:\s]+/i, '').toLowerCase();
}

function sameText(expected: string, actual: string): boolean {
  return normalizeInlineWhitespace(expected) === normalizeInlineWhitespace(actual);
}

async function evaluatePage(name: string): Promise<PageResult> {
  const dir = resolve(pagesDir, name);
  const expectedDoc = nodeHtmlParser(readFileSync(resolve(dir, 'expected.html'), 'utf8'));
  const expectedText = expectedDoc.documentElement?.textContent ?? '';
  const expected = JSON.parse(readFileSync(resolve(dir, 'expected-metadata.json'), 'utf8')) as ExpectedMetadata;
  const bytes = new Uint8Array(readFileSync(resolve(dir, 'source.html')));

  const started = performance.now();
  let text = '';
  let metadata = { title: '', author: '', language: '' };
  let error: string | undefined;
  try {
    const extraction = await extractArticle({ bytes, fileName: 'source.html', parseHtml: nodeHtmlParser });
    text = documentText(keptBlocks(extraction.candidates));
    metadata = extraction.metadata;
  } catch (caught) {
    error = (caught as Error).message;
  }
  const milliseconds = performance.now() - started;

  const expectedTitle = expected.title ?? '';
  const expectedByline = expected.byline ?? '';
  const expectedLang = (expected.lang ?? '').toLowerCase().replace(/_/g, '-');
  const lang = metadata.language.toLowerCase();
  return {
    name,
    expectedChars: expectedText.replace(/\s+/g, '').length,
    extractedChars: text.replace(/\s+/g, '').length,
    charF1: bagF1(characterBag(expectedText), characterBag(text)),
    shingleF1: bagF1(shingleBag(expectedText), shingleBag(text)),
    title: expectedTitle ? sameText(expectedTitle, metadata.title) : null,
    byline: expectedByline ? sameText(expectedByline, metadata.author) : null,
    bylineName: expectedByline ? bylineName(expectedByline) === bylineName(metadata.author) : null,
    extraByline: !expectedByline && metadata.author !== '',
    language: expectedLang ? lang === expectedLang : null,
    languagePrimary: expectedLang ? lang.split('-')[0] === expectedLang.split('-')[0] : null,
    milliseconds,
    error,
  };
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function accuracy(results: PageResult[], key: 'title' | 'byline' | 'bylineName' | 'language' | 'languagePrimary'): string {
  const judged = results.filter((result) => result[key] !== null);
  const right = judged.filter((result) => result[key] === true).length;
  return `${right}/${judged.length} (${((100 * right) / Math.max(1, judged.length)).toFixed(1)}%)`;
}

const mark = (value: boolean | null): string => (value === null ? '–' : value ? '✓' : '✗');

async function main(): Promise<void> {
  const names = readdirSync(pagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const results: PageResult[] = [];
  for (const name of names) {
    const result = await evaluatePage(name);
    results.push(result);
    process.stdout.write(`${name.padEnd(48)} F1 ${result.charF1.toFixed(3)}  8-gram ${result.shingleF1.toFixed(3)}  ${result.milliseconds.toFixed(0)} ms${result.error ? `  ERROR ${result.error}` : ''}\n`);
  }

  const times = results.map((result) => result.milliseconds).sort((a, b) => a - b);
  const summary = [
    `| pages | ${results.length} |`,
    `| mean character F1 (bag of characters, white space ignored) | ${mean(results.map((r) => r.charF1)).toFixed(3)} |`,
    `| median character F1 | ${[...results.map((r) => r.charF1)].sort((a, b) => a - b)[Math.floor(results.length / 2)]!.toFixed(3)} |`,
    `| pages with character F1 ≥ 0.9 | ${results.filter((r) => r.charF1 >= 0.9).length} |`,
    `| mean 8-character-shingle F1 (order-sensitive) | ${mean(results.map((r) => r.shingleF1)).toFixed(3)} |`,
    `| title exact (pages with an expected title) | ${accuracy(results, 'title')} |`,
    `| byline exact (pages with an expected byline) | ${accuracy(results, 'byline')} |`,
    `| byline equal once a leading "By" and case are ignored | ${accuracy(results, 'bylineName')} |`,
    `| byline given where none is expected | ${results.filter((r) => r.extraByline).length} pages |`,
    `| language tag exact, case-insensitive (pages with an expected lang) | ${accuracy(results, 'language')} |`,
    `| language primary subtag | ${accuracy(results, 'languagePrimary')} |`,
    `| import errors | ${results.filter((r) => r.error).length} |`,
    `| time per page: median / max / total | ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms / ${times[times.length - 1]!.toFixed(0)} ms / ${(times.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s |`,
  ];
  const rows = results.map(
    (r) =>
      `| ${r.name} | ${r.expectedChars} | ${r.extractedChars} | ${r.charF1.toFixed(3)} | ${r.shingleF1.toFixed(3)} | ${mark(r.title)} | ${mark(r.byline)}${r.extraByline ? ' (extra)' : ''} | ${mark(r.language)} | ${r.milliseconds.toFixed(0)} |${r.error ? ` ${r.error.replace(/\|/g, '/')}` : ''}`,
  );

  const shortfalls = [
    ...results.filter((r) => r.charF1 < 0.95).map((r) => `- \`${r.name}\`: character F1 ${r.charF1.toFixed(3)} (${r.extractedChars} of ${r.expectedChars} expected characters)${r.error ? `, error: ${r.error}` : ''}`),
    ...results.filter((r) => r.title === false).map((r) => `- \`${r.name}\`: title differs from the expected one`),
  ];
  const report = `# Article extraction: evaluation

How close the importer (\`extractArticle\`: charset detection, Mozilla Readability, the allow-list
sanitiser, DOM to blocks) comes to the expected output of Mozilla Readability's own test corpus:
${results.length} saved pages in \`../shared/corpora/readability/test/test-pages/\`, each with
\`expected.html\` (the article Readability should find) and \`expected-metadata.json\`.

- Run: ${new Date().toISOString().slice(0, 10)}, \`npm run eval:extract\` (scripts/eval-extract.ts, run with tsx)
- Machine: ${cpus().length} cores, Node ${process.versions.node}, linkedom as the DOM

## How it is measured

- **Text.** The reference is the text content of \`expected.html\`; the candidate is the article's
  normalised text (\`documentText\` of the kept blocks). *Character F1* compares the two as bags of
  non-white-space characters: precision is the share of extracted characters that belong to the
  reference, recall the share of reference characters extracted. It ignores order, so it is lenient;
  the *8-gram F1* does the same over overlapping 8-character windows, which only match where the text
  runs in the same order, and penalises dropped or added passages and changed spacing within them.
- **Metadata.** Title and byline must equal the expected value after white-space normalisation
  (the importer drops a leading "By" from bylines, so a second byline line ignores that and case);
  language must equal the expected \`lang\` case-insensitively (and, more leniently, in its primary
  subtag). Pages whose expected value is empty are not counted (–); a byline we report where none is
  expected is counted separately as "extra".
- The expected values come from Readability itself, so they reward agreeing with Readability (our
  pipeline runs it) rather than being a human gold standard; some expected bylines are whole
  sentences and some pages are deliberately odd test cases (\`001\`…\`005\`, \`base-url*\`, \`*-cleaning\`).
- The pipeline runs the installed \`@mozilla/readability\` ${readabilityVersion}, while the corpus comes
  from a later Readability commit; differences between the two (title clean-up, MathML) show up below
  as misses, as does anything our own sanitiser or block conversion loses.

## Overall

| measure | value |
|---|---|
${summary.join('\n')}

## Where it falls short

${shortfalls.join('\n') || '- nothing below the thresholds'}

## Per page

| page | expected chars | extracted chars | char F1 | 8-gram F1 | title | byline | lang | ms |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}
`;
  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, report);
  process.stdout.write(`\n${summary.join('\n')}\n\nWritten to ${reportPath}\n`);
}

await main();
