// Makes extracted article HTML inert before it becomes blocks: an allow-list of elements and
// attributes, links only to http/https/mailto, no remote resources. Runs DOMPurify first where it
// works (the browser), and always enforces the allow-list itself, because DOMPurify on a Node DOM
// such as linkedom silently returns its input unchanged.
import DOMPurify from 'dompurify';
import { checkExternalUrl } from '../core/external-url';
import type { HtmlParser } from './html-parser';
import { reshapeNestedParagraphs } from './paragraph-nesting';

/** Elements removed together with everything inside them. */
const DROPPED_WITH_CONTENT = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param',
  'input', 'button', 'select', 'textarea', 'option', 'optgroup', 'datalist', 'output', 'keygen', 'svg',
  'canvas', 'audio', 'video', 'source', 'track', 'map', 'area', 'link', 'meta', 'base', 'title', 'head', 'dialog',
  'portal', 'noembed', 'noframes', 'xmp', 'plaintext', 'slot', 'marquee', 'fencedframe', 'search',
]);

/** Elements kept (without attributes, except the few below); anything else is unwrapped to its children. */
const KEPT = new Set([
  'body', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'pre', 'code', 'figure',
  'figcaption', 'img', 'a', 'b', 'strong', 'i', 'em', 'u', 's', 'del', 'ins', 'sub', 'sup', 'br', 'hr', 'table',
  'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'div', 'section', 'article', 'main', 'header', 'footer',
  'aside', 'nav', 'span', 'dl', 'dt', 'dd', 'small', 'mark', 'abbr', 'cite', 'q', 'time', 'address', 'details',
  'summary', 'var', 'kbd', 'samp', 'dfn', 'bdi', 'bdo', 'wbr',
]);

/** Our own marker for an image that was not embedded; set only here, after every attribute is removed. */
export const REMOTE_SRC_ATTRIBUTE = 'data-remote-src';

// Raster images only: an SVG data URI is a document that may carry script and external references.
const EMBEDDABLE_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp);base64,[A-Za-z0-9+/=\s]+$/i;

export interface SanitizedArticle {
  root: Element;
  remoteImages: number;
  removedLinks: number;
}

/** Parses and sanitises an HTML fragment or page; relative links and images resolve against baseUrl. */
export function sanitizeArticleHtml(html: string, parseHtml: HtmlParser, baseUrl?: string): SanitizedArticle {
  const doc = parseHtml(`<!DOCTYPE html><html><head></head><body>${purifyWhereSupported(html)}</body></html>`);
  const root = doc.body ?? doc.documentElement;
  return { root, ...enforceArticleAllowList(root, baseUrl) };
}

/**
 * Sanitises an article element that is already a DOM (Readability's result) and returns the root to
 * read blocks from. Where DOMPurify works (the browser) the element goes through it as HTML, as in
 * sanitizeArticleHtml. Elsewhere the allow-list is enforced on the element in place, which saves
 * serialising and parsing the article again: the blocks are read from this very tree, never from
 * serialised HTML, so whatever a reparse would turn the markup into never comes into play.
 */
export function sanitizeArticleElement(element: Element, parseHtml: HtmlParser, baseUrl?: string): SanitizedArticle {
  if (DOMPurify.isSupported) return sanitizeArticleHtml(element.innerHTML, parseHtml, baseUrl);
  reshapeNestedParagraphs(element, parseHtml);
  // The walk below covers the descendants; the root's own attributes go too.
  for (const name of element.getAttributeNames()) element.removeAttribute(name);
  return { root: element, ...enforceArticleAllowList(element, baseUrl) };
}

function purifyWhereSupported(html: string): string {
  if (!DOMPurify.isSupported) return html;
  return DOMPurify.sanitize(html, {
    FORBID_TAGS: ['style', 'form', 'svg', 'iframe', 'object', 'embed', 'video', 'audio', 'source', 'picture'],
    FORBID_ATTR: ['style', 'srcset', 'background', 'poster', 'action', 'formaction'],
    ALLOW_DATA_ATTR: false,
  });
}

/** Walks the tree in place and removes everything outside the allow-list. */
export function enforceArticleAllowList(root: Element, baseUrl?: string): { remoteImages: number; removedLinks: number } {
  let remoteImages = 0;
  let removedLinks = 0;
  const unwrap: Element[] = [];

  // One walk in document order: comments go, each element is checked before its children, and the
  // children of an element that was removed or replaced are never visited. The next sibling is read
  // before a node is handled, as handling it may take it out of the tree.
  const visit = (parent: Node): void => {
    for (let node = parent.firstChild; node; ) {
      const next = node.nextSibling;
      if (node.nodeType === 8 || node.nodeType === 7) parent.removeChild(node);
      else if (node.nodeType === 1 && allowElement(node as Element)) visit(node);
      node = next;
    }
  };
  /** False when the element was removed or replaced. */
  const allowElement = (element: Element): boolean => {
    const tag = element.tagName.toLowerCase();
    if (tag === 'math') {
      // A formula's text (its identifiers and numbers) is part of the sentence; its markup is not kept.
      element.replaceWith(element.ownerDocument.createTextNode(element.textContent ?? ''));
      return false;
    }
    if (DROPPED_WITH_CONTENT.has(tag) || isForeignElement(element)) {
      element.remove();
      return false;
    }
    const href = tag === 'a' ? element.getAttribute('href') : null;
    const src = tag === 'img' ? bestImageSource(element) : null;
    const alt = tag === 'img' ? element.getAttribute('alt') : null;
    if (element.hasAttributes()) for (const name of element.getAttributeNames()) element.removeAttribute(name);

    if (!KEPT.has(tag)) {
      unwrap.push(element);
    } else if (tag === 'a' && href !== null) {
      const target = linkTarget(href, baseUrl);
      if (target) element.setAttribute('href', target);
      else if (!href.trim().startsWith('#')) removedLinks += 1;
    } else if (tag === 'img') {
      if (alt !== null) element.setAttribute('alt', alt);
      const source = src?.trim() ?? '';
      if (EMBEDDABLE_IMAGE.test(source)) {
        element.setAttribute('src', source.replace(/\s+/g, ''));
      } else {
        const remote = remoteImageUrl(source, baseUrl);
        if (remote) {
          element.setAttribute(REMOTE_SRC_ATTRIBUTE, remote);
          remoteImages += 1;
        }
      }
    }
    return true;
  };
  visit(root);

  // Innermost first, so an unwrapped element's children are already in their final place.
  for (const element of unwrap.reverse()) {
    if (root.contains(element)) element.replaceWith(...Array.from(element.childNodes));
  }
  return { remoteImages, removedLinks };
}

// SVG and MathML content (and anything else outside the HTML namespace) has its own script and link
// semantics; none of it is article text we can show safely.
function isForeignElement(element: Element): boolean {
  const namespace = element.namespaceURI;
  return Boolean(namespace) && namespace !== 'http://www.w3.org/1999/xhtml';
}

// Lazy-loading pages keep the real picture in data-src and a placeholder in src.
function bestImageSource(image: Element): string | null {
  const src = image.getAttribute('src');
  const lazy = image.getAttribute('data-src') ?? image.getAttribute('data-original') ?? image.getAttribute('data-lazy-src');
  if (lazy && (!src || src.startsWith('data:image/gif') || src.startsWith('data:image/svg'))) return lazy;
  return src;
}

function linkTarget(href: string, baseUrl?: string): string | undefined {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return undefined;
  let absolute = trimmed;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) {
    if (!baseUrl) return undefined;
    try {
      absolute = new URL(trimmed, baseUrl).href;
    } catch {
      return undefined;
    }
  }
  const check = checkExternalUrl(absolute);
  return check.ok ? check.url : undefined;
}

function remoteImageUrl(src: string, baseUrl?: string): string | undefined {
  if (src === '' || src.startsWith('data:')) return undefined;
  let absolute: string;
  try {
    absolute = new URL(src, baseUrl).href;
  } catch {
    return undefined;
  }
  const check = checkExternalUrl(absolute);
  return check.ok && /^https?:/.test(check.url) ? check.url : undefined;
}
