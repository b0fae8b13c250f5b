// Test support: a long, real, mixed-language article text built from the readability corpus pages'
// expected extractions, normalised the way article text is (one block per paragraph, heading, item).
import { readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { BLOCK_SEPARATOR, normalizeInlineWhitespace } from '../../../src/core/document-text';
import { readShared, sharedPath } from './shared-fixtures';

const PAGES = 'corpora/readability/test/test-pages/';

/** Exactly `length` characters of block text drawn from the corpus pages in name order. */
export function corpusArticleText(length: number): string {
  const blocks: string[] = [];
  let total = 0;
  for (const page of readdirSync(sharedPath(PAGES)).sort()) {
    const { document } = parseHTML(`<html><body>${readShared(`${PAGES}${page}/expected.html`)}</body></html>`);
    for (const element of document.querySelectorAll('p, h1, h2, h3, h4, li, blockquote, pre')) {
      const text = normalizeInlineWhitespace(element.textContent ?? '');
      if (text === '') continue;
      blocks.push(text);
      total += text.length + BLOCK_SEPARATOR.length;
      if (total > length) return blocks.join(BLOCK_SEPARATOR).slice(0, length);
    }
  }
  throw new Error(`The corpus holds fewer than ${length} characters of text.`);
}
