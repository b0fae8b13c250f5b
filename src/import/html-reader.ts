// Reads a saved web page (already decoded to a string) into an Extraction: metadata, Mozilla
// Readability for the article body, the strict sanitiser, then blocks. Also used for MHTML's main
// part and for DOCX converted to HTML.
import { Readability } from '@mozilla/readability';
import type { Block } from '../core/model';
import { documentText, normalizeInlineWhitespace } from '../core/document-text';
import { enforceArticleAllowList, sanitizeArticleElement } from './article-sanitizer';
import { domToBlocks } from './dom-to-blocks';
import { ImportError, type ArticleFormat, type CandidateBlock, type Extraction } from './extraction';
import { chooseBoilerplate, collectBoilerplate } from './html-boilerplate';
import { emptyPageElements, extractHtmlMetadata, normalizeLanguageTag, notePageElement } from './html-metadata';
import type { HtmlParser } from './html-parser';
import type { ImportWarning } from './import-notices';
import { normalizePublishedDate } from './published-date';
import { guessLanguage } from './text-language';

export interface HtmlReadOptions {
  fileName: string;
  parseHtml: HtmlParser;
  charset: string;
  format?: ArticleFormat;
  /** Warnings from earlier steps (decoding, MHTML parsing), kept in front of the reader's own. */
  warnings?: ImportWarning[];
  /** The address the page came from when the page itself does not say (MHTML's Content-Location). */
  fallbackUrl?: string;
  /** Embedded picture for an image URL (absolute, or cid:), as a data: URI; MHTML supplies this. */
  embeddedImage?: (url: string) => string | undefined;
}

export function readHtml(html: string, options: HtmlReadOptions): Extraction {
  const { fileName, parseHtml } = options;
  // One parse serves everything: metadata and furniture are read before Readability rewrites the tree,
  // in one walk that also gathers the elements metadata comes from.
  const doc = parseHtml(html);
  const elements = emptyPageElements();
  const furniture = collectBoilerplate(doc, (element) => notePageElement(elements, element));
  const metadata = extractHtmlMetadata(doc, html, elements);
  const baseUrl = baseUrlOf(elements.bases, metadata.sourceUrl || options.fallbackUrl);
  if (!metadata.sourceUrl && options.fallbackUrl) metadata.sourceUrl = options.fallbackUrl;

  if (options.embeddedImage) embedImages(doc, baseUrl, options.embeddedImage);
  const readable = runReadability(doc);

  let sanitized = readable?.content ? sanitizeArticleElement(readable.content, parseHtml, baseUrl) : undefined;
  let blocks = sanitized ? domToBlocks(sanitized.root) : [];
  if (documentText(blocks) === '') {
    // Readability gives up on short or unusual pages; the whole body, sanitised, is better than nothing.
    // It has rewritten the first parse by now, so this rare case parses the page again.
    const bodyDoc = parseHtml(html);
    if (options.embeddedImage) embedImages(bodyDoc, baseUrl, options.embeddedImage);
    const body = bodyDoc.body ?? bodyDoc.documentElement;
    sanitized = { root: body, ...enforceArticleAllowList(body, baseUrl) };
    blocks = domToBlocks(body);
  }
  const text = documentText(blocks);
  if (text === '' || !sanitized) {
    throw new ImportError(fileName, { code: 'no-readable-text' });
  }

  // Readability's title already weighs og:title, JSON-LD and <title> and strips site-name suffixes.
  const title = normalizeInlineWhitespace(readable?.title ?? '') || metadata.title;
  const boilerplate = chooseBoilerplate(furniture, text);
  const candidates: CandidateBlock[] = [...boilerplate.before, ...blocks.map((block): CandidateBlock => ({ block })), ...boilerplate.after];
  const warnings: ImportWarning[] = [...(options.warnings ?? [])];
  if (sanitized.remoteImages > 0) warnings.push({ code: 'remote-images', params: { count: sanitized.remoteImages } });
  if (sanitized.removedLinks > 0) warnings.push({ code: 'unsafe-links', params: { count: sanitized.removedLinks } });

  return {
    metadata: {
      title: title || fileTitle(fileName, blocks),
      author: cleanByline(readable?.byline ?? '') || metadata.author,
      siteName: metadata.siteName || (readable?.siteName ?? ''),
      publishedDate: metadata.publishedDate || normalizePublishedDate(readable?.publishedTime),
      sourceUrl: metadata.sourceUrl,
      // The declared language wins; a page with none gets the script-based guess.
      language: metadata.language || normalizeLanguageTag(readable?.lang ?? '') || guessLanguage(text),
    },
    candidates,
    format: options.format ?? 'html',
    charset: options.charset,
    warnings,
  };
}

function runReadability(doc: Document): ReturnType<Readability<Element>['parse']> {
  try {
    // The article element itself rather than its HTML: it is sanitised where it is, not parsed again.
    return new Readability<Element>(doc, { serializer: (node) => node as Element }).parse();
  } catch {
    // Readability throws on a few malformed trees; the body fallback takes over.
    return null;
  }
}

/** `<base href>` when the page has one, else the page's own address. */
function baseUrlOf(bases: readonly Element[], pageUrl: string | undefined): string | undefined {
  const base = bases.find((element) => element.hasAttribute('href'))?.getAttribute('href');
  if (base) {
    try {
      return new URL(base, pageUrl).href;
    } catch {
      // an unusable <base>; fall through to the page address
    }
  }
  return pageUrl || undefined;
}

function embedImages(doc: Document, baseUrl: string | undefined, embeddedImage: (url: string) => string | undefined): void {
  for (const image of Array.from(doc.querySelectorAll('img'))) {
    const src = image.getAttribute('src');
    if (!src || src.startsWith('data:')) continue;
    let absolute = src;
    try {
      absolute = new URL(src, baseUrl).href;
    } catch {
      // keep the reference as written (cid: and friends)
    }
    const data = embeddedImage(absolute) ?? embeddedImage(src);
    if (data) {
      image.setAttribute('src', data);
      image.removeAttribute('srcset');
    }
  }
}

function cleanByline(byline: string): string {
  const text = byline.replace(/\s+/g, ' ').trim().replace(/^by[:\s]+/i, '');
  return text.length <= 120 ? text : '';
}

/** The first heading, else the file name without its extension. */
function fileTitle(fileName: string, blocks: Block[]): string {
  const heading = blocks.find((block) => block.type === 'heading');
  if (heading && heading.type === 'heading') return heading.inlines.map((run) => run.text).join('');
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}
