// Real files for the import tests: paths into ../shared, and files generated at test time into a
// throwaway directory (a PDF printed by Chromium, bad input of every kind). Nothing binary is committed.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumExecutable } from '../chromium';
import { legacyEncoder } from '../unit/import/corpus-files';
import { sharedRoot, SEED_PATH } from '../shared-material';

export { sharedRoot };
export const SEED = SEED_PATH;
export const SEED_TITLE = '亚洲五国元首飞抵美国,特朗普将借这个机会,好好给中俄上眼药?';

export function readabilityPage(name: string): string {
  return join(sharedRoot, 'corpora/readability/test/test-pages', name, 'source.html');
}

export function readabilityMetadata(name: string): { title: string; byline: string | null } {
  return JSON.parse(readFileSync(join(sharedRoot, 'corpora/readability/test/test-pages', name, 'expected-metadata.json'), 'utf8'));
}

export function mhtmlFile(name: string): string {
  return name.startsWith('old-commit') ? join(sharedRoot, 'corpora/mhtml/mhtml2html', name) : join(sharedRoot, 'corpora/mhtml/mhtml2html/tests/templates', name);
}

export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'claimlens-import-'));
}

/** Prints a small HTML article to PDF with Chromium itself, so the PDF has a real text layer. */
export function printedPdf(dir: string, name: string, html: string): string {
  const page = join(dir, `${name}.html`);
  const pdf = join(dir, `${name}.pdf`);
  writeFileSync(page, html);
  const run = spawnSync(chromiumExecutable, ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${page}`], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(`Chromium could not print ${page}: ${run.stderr}`);
  return pdf;
}

export interface BadFile {
  path: string;
  /** What the user must be told, naming the file. */
  message: RegExp;
}

/** One file per kind of bad input the importer refuses, each with the message it must produce. */
export function badInputFiles(dir: string): BadFile[] {
  const at = (name: string) => join(dir, name);
  writeFileSync(at('empty.txt'), '');
  // Binary data with an article's extension: a real program renamed.
  copyFileSync('/usr/bin/true', at('program.html'));
  writeFileSync(at('notes.xyz'), 'Some notes that are not an article format.');
  writeFileSync(at('damaged.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\nthis is not a PDF body\n%%EOF\n');
  writeFileSync(at('scripts-only.html'), '<!doctype html><html><head><title>App</title><script src="app.js"></script></head><body><div id="root"></div><script>window.render()</script></body></html>');
  return [
    { path: at('empty.txt'), message: /^empty\.txt: is empty\.$/ },
    { path: at('program.html'), message: /^program\.html: contains binary data, not text; it may be damaged or have the wrong extension\.$/ },
    { path: at('notes.xyz'), message: /^notes\.xyz: cannot be imported: “\.xyz” files are not supported/ },
    { path: at('damaged.pdf'), message: /^damaged\.pdf: is damaged or is not a PDF file/ },
    { path: at('scripts-only.html'), message: /^scripts-only\.html: has no readable text/ },
    { path: mhtmlFile('unexpected_eof.mhtml'), message: /^unexpected_eof\.mhtml: is a broken MHTML file: it ends unexpectedly/ },
    { path: mhtmlFile('missing_boundary.mhtml'), message: /^missing_boundary\.mhtml: is a broken MHTML file: no part starts with the boundary/ },
    { path: mhtmlFile('missing_boundary_header.mhtml'), message: /^missing_boundary_header\.mhtml: is a broken MHTML file: its Content-Type header names no boundary/ },
  ];
}

/** A 60 MB plain-text file: past the importer's 50 MB limit for text. */
export function hugeTextFile(dir: string): string {
  const path = join(dir, 'huge.txt');
  const line = 'This line repeats until the file is far larger than any article could be.\n';
  writeFileSync(path, line.repeat(Math.ceil((60 * 1024 * 1024) / line.length)));
  return path;
}

/** A Chinese page declaring gb2312 with GB18030 bytes, damaged by stray bytes that fit no charset. */
export function damagedGbkPage(dir: string): string {
  const paragraph = '中亚的未来，将是这一宏大叙事的最佳注脚。当中亚五国元首相继飞抵华盛顿，一场备受瞩目的地缘政治大戏拉开帷幕。'.repeat(5);
  const html = `<!doctype html><html><head><meta charset="gb2312"><title>字符集损坏的文章</title></head><body><article><h1>字符集损坏的文章</h1>${`<p>${paragraph}</p>`.repeat(4)}</article></body></html>`;
  const { bytes } = legacyEncoder('gb18030')(html);
  const cut = 400;
  const damaged = new Uint8Array([...bytes.subarray(0, cut), 0x81, 0x20, 0xff, ...bytes.subarray(cut)]);
  const path = join(dir, 'damaged-gbk.html');
  writeFileSync(path, damaged);
  return path;
}
