// Source details from real saved pages (Mozilla Readability's test pages), compared with the
// metadata each page is known to carry.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeHtmlParser } from '../../../src/import/node-html-parser';
import { pageDetailsFromFetch, pageDetailsFromHtml } from '../../../src/ui/sources/page-details';
import { sharedPath } from '../../shared-material';

const pagesRoot = sharedPath('corpora/readability/test/test-pages/');

interface ExpectedMetadata {
  title: string;
  byline: string | null;
  siteName: string | null;
}

function page(name: string): { html: string; expected: ExpectedMetadata } {
  return {
    html: readFileSync(`${pagesRoot}${name}/source.html`, 'utf8'),
    expected: JSON.parse(readFileSync(`${pagesRoot}${name}/expected-metadata.json`, 'utf8')) as ExpectedMetadata,
  };
}

const PAGES = ['qq', 'gmw', 'youth', 'pixnet', 'guardian-1', 'nytimes-1', 'medium-1', 'aclu', 'cnn', 'citylab-1', 'schema-org-context-object', 'lemonde-1', 'folha'];

describe.skipIf(!existsSync(pagesRoot))('source details from saved pages', () => {
  it.each(PAGES)('%s: title, author and site match the page’s known metadata', (name) => {
    const { html, expected } = page(name);
    const details = pageDetailsFromHtml(html, nodeHtmlParser, `https://example.test/${name}`, false);
    expect(details.title).toBe(expected.title);
    expect(details.author).toBe(expected.byline ?? '');
    expect(details.publisher).toBe(expected.siteName ?? '');
  });

  it('the Chinese qq page keeps its Chinese title and gives a readable copy of the article', () => {
    const { html } = page('qq');
    const details = pageDetailsFromHtml(html, nodeHtmlParser, 'https://tech.qq.com/a/1.htm', true);
    expect(details.title).toContain('DeepMind新电脑已可利用记忆自学');
    expect(details.archivedText.length).toBeGreaterThan(500);
    expect(details.archivedText).toMatch(/[\u4e00-\u9fff]{20}/);
    expect(details.archivedText).not.toMatch(/<script|<\/?div/i);
  });

  it('keeps only the day of a published timestamp', () => {
    const { html } = page('guardian-1');
    expect(pageDetailsFromHtml(html, nodeHtmlParser, 'https://www.theguardian.com/x', false).publishedDate).toBe('2019-01-03');
  });

  it('leaves out a social-media handle given as the author', () => {
    const { html } = page('bbc-1');
    expect(pageDetailsFromHtml(html, nodeHtmlParser, 'https://www.bbc.com/news/x', false).author).toBe('');
  });
});

describe('fetched results that are not pages', () => {
  const bytes = new TextEncoder().encode('%PDF-1.7 …');

  it('says a PDF is not HTML', () => {
    expect(pageDetailsFromFetch({ ok: true, requestedUrl: 'https://x.test/a.pdf', finalUrl: 'https://x.test/a.pdf', contentType: 'application/pdf', bytes }, nodeHtmlParser, false)).toEqual({
      ok: false,
      problem: { kind: 'not-html', contentType: 'application/pdf' },
    });
  });

  it('passes on the host’s message when the fetch failed', () => {
    const timeout = { code: 'timeout', params: { seconds: 30 } } as const;
    expect(pageDetailsFromFetch({ ok: false, error: 'The page took longer than 30 s to arrive.', problem: timeout }, nodeHtmlParser, false)).toEqual({
      ok: false,
      problem: { kind: 'fetch-failed', problem: timeout },
    });
  });

  it('decodes a GBK page by its declared charset', () => {
    const gbk = Uint8Array.from([0xb8, 0xdf, 0xcc, 0xfa]); // 高铁 in GBK
    const html = new Uint8Array([...new TextEncoder().encode('<html><head><title>'), ...gbk, ...new TextEncoder().encode('</title></head><body><p>x</p></body></html>')]);
    const result = pageDetailsFromFetch({ ok: true, requestedUrl: 'https://x.test/', finalUrl: 'https://x.test/', contentType: 'text/html; charset=gbk', bytes: html }, nodeHtmlParser, false);
    expect(result).toMatchObject({ ok: true, details: { title: '高铁' } });
  });
});
