// Fills a source from a fetched web page: title, site, author and date from the page's own metadata
// (the importer's html-metadata), and optionally the article text as a copy that outlives the link.
import { documentText } from '../../core/document-text';
import { charsetFromContentType, decodeBytes } from '../../import/charset';
import { keptBlocks } from '../../import/extraction';
import { extractHtmlMetadata } from '../../import/html-metadata';
import type { HtmlParser } from '../../import/html-parser';
import { readHtml } from '../../import/html-reader';
import type { FetchProblem, FetchUrlResult } from '../../host/host';

export interface PageDetails {
  /** Where the page ended up after redirects, or its canonical address. */
  url: string;
  title: string;
  publisher: string;
  author: string;
  publishedDate: string;
  /** The article's text, '' when the page has none that can be read. */
  archivedText: string;
}

export type PageDetailsResult = { ok: true; details: PageDetails } | { ok: false; problem: PageProblem };

export type PageProblem = { kind: 'fetch-failed'; problem: FetchProblem } | { kind: 'not-html'; contentType: string };

/** A social-media handle (`@someone`) in an author tag names an account, not a person. */
function personAuthor(author: string): string {
  return author
    .split(/,\s*/)
    .filter((name) => !/^@\w+$/.test(name.trim()))
    .join(', ');
}

/** Only the date part: a source shows the day it was published, not the second. */
function dayOf(date: string): string {
  return /^\d{4}(-\d{2}(-\d{2})?)?/.exec(date)?.[0] ?? '';
}

export function pageDetailsFromHtml(html: string, parseHtml: HtmlParser, pageUrl: string, keepText: boolean): PageDetails {
  const metadata = extractHtmlMetadata(parseHtml(html), html);
  let archivedText = '';
  if (keepText) {
    try {
      archivedText = documentText(keptBlocks(readHtml(html, { fileName: pageUrl, parseHtml, charset: 'utf-8' }).candidates));
    } catch {
      // A page with no readable text still gives its metadata; the copy is simply left out.
      archivedText = '';
    }
  }
  return {
    url: pageUrl,
    title: metadata.title,
    publisher: metadata.siteName,
    author: personAuthor(metadata.author),
    publishedDate: dayOf(metadata.publishedDate),
    archivedText,
  };
}

function looksLikeHtml(contentType: string, bytes: Uint8Array): boolean {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return true;
  if (type !== '' && type !== 'application/octet-stream') return false;
  const start = new TextDecoder().decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html') || start.includes('<head');
}

/** Turns what the host fetched into page details, or a problem the form can show. */
export function pageDetailsFromFetch(result: FetchUrlResult, parseHtml: HtmlParser, keepText: boolean): PageDetailsResult {
  if (!result.ok) return { ok: false, problem: { kind: 'fetch-failed', problem: result.problem } };
  if (!looksLikeHtml(result.contentType, result.bytes)) {
    return { ok: false, problem: { kind: 'not-html', contentType: result.contentType.split(';')[0]?.trim() || '?' } };
  }
  const decoded = decodeBytes(result.bytes, { declared: charsetFromContentType(result.contentType), html: true });
  return { ok: true, details: pageDetailsFromHtml(decoded.text, parseHtml, result.finalUrl, keepText) };
}
