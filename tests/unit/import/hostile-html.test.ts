// DOMPurify's own XSS test payloads pushed through the importer: nothing that can run script, leave
// the app through an unsafe link, or fetch a remote resource may survive into the sanitised DOM or
// the blocks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkExternalUrl } from '../../../src/core/external-url';
import type { Block, Inline } from '../../../src/core/model';
import { REMOTE_SRC_ATTRIBUTE, sanitizeArticleElement, sanitizeArticleHtml } from '../../../src/import/article-sanitizer';
import { extractArticle } from '../../../src/import/extract-article';
import { ImportError, keptBlocks } from '../../../src/import/extraction';
import { nodeHtmlParser } from '../../../src/import/node-html-parser';
import { corpusRoot } from './corpus-files';

interface HostileCase {
  title: string | null;
  payload: string;
}

const cases = JSON.parse(readFileSync(join(corpusRoot, 'hostile-html/dompurify-expect.json'), 'utf8')) as HostileCase[];
const FORBIDDEN_ELEMENTS = 'script, style, iframe, frame, frameset, object, embed, applet, form, input, button, textarea, select, svg, math, link, meta, base, template, noscript, video, audio, source, canvas';
const ALLOWED_ATTRIBUTES: Record<string, string[]> = { a: ['href'], img: ['src', 'alt', REMOTE_SRC_ATTRIBUTE] };
const EMBEDDED_IMAGE = /^data:image\/(png|jpe?g|gif|webp|avif|bmp);base64,[A-Za-z0-9+/=]+$/;

function inlinesOf(block: Block): Inline[] {
  if (block.type === 'list') return block.items.flat();
  if (block.type === 'image') return block.caption;
  if (block.type === 'preformatted') return [];
  return block.inlines;
}

describe('hostile HTML', () => {
  it('has the corpus', () => {
    expect(cases.length).toBe(223);
  });

  function expectInert(root: Element, context: string): void {
    expect(root.querySelectorAll(FORBIDDEN_ELEMENTS).length, context).toBe(0);
    for (const element of Array.from(root.querySelectorAll('*'))) {
      const tag = element.tagName.toLowerCase();
      for (const name of element.getAttributeNames()) {
        expect(ALLOWED_ATTRIBUTES[tag] ?? [], `${context}: <${tag} ${name}>`).toContain(name);
      }
      const href = element.getAttribute('href');
      if (href !== null) expect(checkExternalUrl(href).ok, `${context}: href ${href}`).toBe(true);
      const src = element.getAttribute('src');
      if (src !== null) expect(src, context).toMatch(EMBEDDED_IMAGE);
      const remote = element.getAttribute(REMOTE_SRC_ATTRIBUTE);
      if (remote !== null) expect(remote, context).toMatch(/^https?:\/\//);
    }
  }

  it('leaves no forbidden element, attribute, script URL or remote source in the sanitised DOM', () => {
    for (const testCase of cases) {
      const { root } = sanitizeArticleHtml(testCase.payload, nodeHtmlParser, 'https://example.org/article');
      const context = testCase.title ?? testCase.payload.slice(0, 80);
      expectInert(root, context);
      // Serialising and parsing again must not bring anything back (mutation XSS).
      const reparsed = nodeHtmlParser(`<!DOCTYPE html><html><body>${root.innerHTML}</body></html>`).body;
      expectInert(reparsed, `${context} (reparsed)`);
    }
  });

  it('neutralises each payload when the article element is sanitised in place, without a reparse', () => {
    for (const testCase of cases) {
      const doc = nodeHtmlParser(`<!DOCTYPE html><html><body><div id="article" class="page" onclick="alert(1)">${testCase.payload}</div></body></html>`);
      const article = doc.getElementById('article')!;
      const context = `${testCase.title ?? testCase.payload.slice(0, 80)} (in place)`;
      const { root } = sanitizeArticleElement(article, nodeHtmlParser, 'https://example.org/article');
      expect(root.getAttributeNames(), context).toEqual([]);
      expectInert(root, context);
      const reparsed = nodeHtmlParser(`<!DOCTYPE html><html><body>${root.innerHTML}</body></html>`).body;
      expectInert(reparsed, `${context} (reparsed)`);
    }
  });

  it('imports each payload inside an article page without anything unsafe reaching the blocks', async () => {
    let imported = 0;
    for (const testCase of cases) {
      const page = `<!DOCTYPE html><html><head><title>Hostile</title></head><body><article><h1>Hostile</h1>
        <p>This paragraph is long enough for the article to be found by the extractor, with a few sentences of
        ordinary prose before the payload that follows it in the same article element.</p>${testCase.payload}
        <p>And another paragraph of ordinary prose after the payload so that the article has a body on both sides.</p></article></body></html>`;
      try {
        const extraction = await extractArticle({ bytes: new TextEncoder().encode(page), fileName: 'hostile.html', parseHtml: nodeHtmlParser });
        imported += 1;
        for (const block of keptBlocks(extraction.candidates)) {
          for (const inline of inlinesOf(block)) {
            if (inline.href !== undefined) expect(checkExternalUrl(inline.href).ok, inline.href).toBe(true);
          }
          if (block.type === 'image') {
            if (block.src !== undefined) expect(block.src).toMatch(EMBEDDED_IMAGE);
            if (block.remoteSrc !== undefined) expect(block.remoteSrc).toMatch(/^https?:\/\//);
          }
        }
      } catch (error) {
        expect(error).toBeInstanceOf(ImportError);
      }
    }
    expect(imported).toBe(cases.length);
  });

  it('drops the text of scripts and styles, keeps the text around them, and never fetches a picture', async () => {
    const page = `<html><body><article><p>Before <script>document.title = "leaked script"</script>after.</p>
      <style>p { background: url(https://tracker.example/pixel.gif) }</style>
      <p onclick="alert(1)">A <a href="javascript:alert(1)">bad link</a> and a <a href="https://example.org/ok">good one</a>.</p>
      <iframe src="https://example.org/frame"></iframe><form action="https://example.org/post"><input name="q" value="typed"></form>
      <img src="https://tracker.example/pixel.gif" alt="A tracking pixel" onerror="alert(1)"></article></body></html>`;
    const extraction = await extractArticle({ bytes: new TextEncoder().encode(page), fileName: 'x.html', parseHtml: nodeHtmlParser });
    const blocks = keptBlocks(extraction.candidates);
    const json = JSON.stringify(blocks);
    expect(json).not.toMatch(/leaked script|background|javascript|alert|typed/);
    expect(json).toContain('Before after.');
    expect(blocks).toContainEqual({ type: 'paragraph', inlines: [{ text: 'A bad link and a ' }, { text: 'good one', href: 'https://example.org/ok' }, { text: '.' }] });
    expect(blocks).toContainEqual({ type: 'image', alt: 'A tracking pixel', caption: [], remoteSrc: 'https://tracker.example/pixel.gif' });
  });
});
