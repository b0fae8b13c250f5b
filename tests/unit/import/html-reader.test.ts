import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockText, documentText, inlinesText, normalizeInlineWhitespace } from '../../../src/core/document-text';
import type { Block } from '../../../src/core/model';
import { extractArticle } from '../../../src/import/extract-article';
import { keptBlocks, type Extraction } from '../../../src/import/extraction';
import { extractHtmlMetadata } from '../../../src/import/html-metadata';
import { nodeHtmlParser } from '../../../src/import/node-html-parser';
import { normalizePublishedDate } from '../../../src/import/published-date';
import { expectedMetadata, readabilityPageBytes, readabilityPagePath } from './corpus-files';

async function importPage(name: string): Promise<Extraction> {
  return extractArticle({ bytes: readabilityPageBytes(name), fileName: `${name}.html`, parseHtml: nodeHtmlParser });
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

function expectedText(name: string): string {
  const doc = nodeHtmlParser(readFileSync(readabilityPagePath(name, 'expected.html'), 'utf8'));
  return doc.documentElement?.textContent ?? '';
}

function inlineRuns(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'list') return block.items.map(inlinesText);
    if (block.type === 'image') return [inlinesText(block.caption)];
    if (block.type === 'preformatted') return [];
    return [inlinesText(block.inlines)];
  });
}

describe('HTML import on saved pages of the Readability corpus', () => {
  const pages = ['001', 'bbc-1', 'nytimes-1', 'guardian-1', 'gmw', 'pixnet', 'yahoo-4', 'lemonde-1', 'wikipedia'];
  for (const page of pages) {
    it(`extracts the article text and title of ${page}`, async () => {
      const extraction = await importPage(page);
      const text = documentText(keptBlocks(extraction.candidates));
      // The article body as Readability's own expected output has it, character for character
      // once white space is ignored.
      expect(squeeze(text)).toBe(squeeze(expectedText(page)));
      const expected = expectedMetadata(page);
      if (expected.title) expect(extraction.metadata.title).toBe(normalizeInlineWhitespace(expected.title));
      if (expected.lang) expect(extraction.metadata.language.toLowerCase()).toBe(expected.lang.toLowerCase());
      expect(extraction.format).toBe('html');
    });
  }

  it('reads byline, language and date metadata of a blog post (001)', async () => {
    const { metadata } = await importPage('001');
    expect(metadata).toMatchObject({ author: 'Nicolas Perriault', language: 'en', publishedDate: '2013-09-29' });
  });

  it('reads the qq page (declared gb2312, really UTF-8) as Chinese text without mojibake', async () => {
    const extraction = await importPage('qq');
    const text = documentText(keptBlocks(extraction.candidates));
    expect(extraction.charset).toBe('utf-8');
    expect(extraction.metadata.title).toBe('DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网');
    expect(extraction.metadata.language).toBe('zh-CN');
    expect(text).toContain('DeepMind表示，这款名为DNC（可微神经计算机）的AI模型');
    expect(text).not.toMatch(/[\uFFFD]|鏂|銆/);
    expect(extraction.warnings).toContainEqual({ code: 'charset-declared-mismatch', params: { declared: 'gb2312', actual: 'UTF-8' } });
  });

  it('guesses the language from the text when the page declares none (gmw, hukumusume)', async () => {
    expect((await importPage('gmw')).metadata.language).toMatch(/^zh/);
    expect((await importPage('hukumusume')).metadata.language).toMatch(/^ja/);
  });

  it('keeps remote pictures as references only, with their alt text', async () => {
    const extraction = await importPage('qq');
    const images = keptBlocks(extraction.candidates).filter((block) => block.type === 'image');
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) {
      if (image.type !== 'image') continue;
      // Either a picture embedded in the page itself, or a reference that is never fetched.
      if (image.src) {
        expect(image.src).toMatch(/^data:image\/(png|jpeg|gif|webp);base64,/);
        expect(image.remoteSrc).toBeUndefined();
      } else expect(image.remoteSrc).toMatch(/^https?:\/\//);
    }
    expect(images.some((image) => image.type === 'image' && !image.src && image.remoteSrc)).toBe(true);
    expect(images.some((image) => image.type === 'image' && image.alt.includes('DeepMind'))).toBe(true);
    expect(extraction.warnings).toContainEqual({ code: 'remote-images', params: { count: expect.any(Number) } });
  });

  it('lists page furniture as removed candidates with reasons, never text the article kept', async () => {
    const extraction = await importPage('qq');
    const removed = extraction.candidates.filter((candidate) => candidate.removed);
    const reasons = new Set(removed.map((candidate) => candidate.removed));
    expect(reasons.has('navigation')).toBe(true);
    expect(reasons.has('share-widget')).toBe(true);
    const kept = documentText(keptBlocks(extraction.candidates));
    for (const candidate of removed) expect(kept.includes(blockText(candidate.block))).toBe(false);
  });

  it('produces inline runs whose text is already normalised, on many real layouts', async () => {
    for (const page of ['ars-1', 'breitbart', 'buzzfeed-1', 'cnet', 'ehow-1', 'heise', 'medium-1', 'mozilla-1', 'wapo-1', 'youth']) {
      const blocks = keptBlocks((await importPage(page)).candidates);
      for (const run of inlineRuns(blocks)) expect(run).toBe(normalizeInlineWhitespace(run));
      for (const block of blocks) if (block.type !== 'image') expect(blockText(block)).not.toBe('');
    }
  });

  it('keeps links only as validated absolute http, https or mailto addresses', async () => {
    const blocks = keptBlocks((await importPage('wikipedia')).candidates);
    const hrefs = blocks.flatMap((block) => (block.type === 'list' ? block.items.flat() : 'inlines' in block ? block.inlines : [])).map((run) => run.href).filter(Boolean);
    expect(hrefs.length).toBeGreaterThan(50);
    for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/[^/]|mailto:)/);
  });
});

describe('extractHtmlMetadata', () => {
  function metadataOf(page: string): ReturnType<typeof extractHtmlMetadata> {
    const html = readFileSync(readabilityPagePath(page, 'source.html'), 'utf8');
    return extractHtmlMetadata(nodeHtmlParser(html), html);
  }

  it('reads JSON-LD NewsArticle authors, dates and publisher (folha)', () => {
    expect(metadataOf('folha')).toMatchObject({
      siteName: 'Folha de S.Paulo',
      publishedDate: '2018-12-21T12:55:00Z',
      language: 'pt-BR',
      sourceUrl: 'https://www1.folha.uol.com.br/esporte/2018/12/tite-diz-que-errou-ao-levar-taca-da-libertadores-a-lula-em-2012.shtml',
    });
    expect(metadataOf('folha').author).toContain('Rodrigues');
  });

  it('reads Open Graph and article: tags (guardian-1, bbc-1)', () => {
    expect(metadataOf('guardian-1')).toMatchObject({ author: 'Eleanor Ainge Roy', siteName: 'the Guardian', publishedDate: '2019-01-03T07:00:02Z' });
    expect(metadataOf('bbc-1')).toMatchObject({ siteName: 'BBC News', sourceUrl: 'http://www.bbc.com/news/world-us-canada-33646704' });
  });

  it('uses the “saved from url” mark when the page names no canonical address (mathjax)', () => {
    expect(metadataOf('mathjax').sourceUrl).toBe('https://mathjax.github.io/MathJax-demos-web/mml-chtml.html');
  });

  it('normalises the language tag and reads language from http-equiv', () => {
    const doc = nodeHtmlParser('<html><head><meta http-equiv="content-language" content="zh_cn"><title>t</title></head><body></body></html>');
    expect(extractHtmlMetadata(doc).language).toBe('zh-CN');
  });

  it('falls back to byline and date elements when no meta tag names them', () => {
    const page = (body: string) => extractHtmlMetadata(nodeHtmlParser(`<html><head><title>t</title></head><body>${body}</body></html>`));
    expect(page('<p class="Byline">By Ann Lee</p><time datetime="2020-05-06">May 6</time>')).toMatchObject({ author: '', publishedDate: '2020-05-06' });
    expect(page('<div class="byline"><span class="author">Ann Lee</span> and staff</div>').author).toBe('Ann Lee and staff');
    expect(page('<a rel="AUTHOR" href="/ann">Ann Lee</a>').author).toBe('Ann Lee');
    expect(page('<div itemprop="author" itemscope><span itemprop="name">Ann Lee</span></div>').author).toBe('Ann Lee');
    expect(page('<span itemprop="datePublished" content="2021-02-03">Feb 3</span>').publishedDate).toBe('2021-02-03');
    expect(page('<p>No byline here.</p>')).toMatchObject({ author: '', publishedDate: '' });
  });

  it('uses <base href> for relative links', async () => {
    const html = '<html><head><base href="https://example.org/news/"><title>t</title></head><body><article><p>Some article text that is long enough to be kept, with <a href="story.html">a relative link</a> in it.</p></article></body></html>';
    const extraction = await extractArticle({ bytes: new TextEncoder().encode(html), fileName: 'base.html', parseHtml: nodeHtmlParser });
    const runs = keptBlocks(extraction.candidates).flatMap((block) => ('inlines' in block ? block.inlines : []));
    expect(runs.find((run) => run.href)?.href).toBe('https://example.org/news/story.html');
  });
});

describe('normalizePublishedDate', () => {
  it('keeps a day as YYYY-MM-DD and a timestamp as ISO', () => {
    expect(normalizePublishedDate('2016-7-4')).toBe('2016-07-04');
    expect(normalizePublishedDate('2016年10月14日')).toBe('2016-10-14');
    expect(normalizePublishedDate('2018-12-21T12:55:00+0000')).toBe('2018-12-21T12:55:00+00:00');
    expect(normalizePublishedDate('2019-01-03T00:00:00')).toBe('2019-01-03');
    expect(normalizePublishedDate('March 3, 2020')).toBe('2020-03-03');
    expect(normalizePublishedDate('soon')).toBe('');
  });
});
