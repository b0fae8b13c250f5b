// Readability renames elements in place (a <div> becomes a <p>), so its tree can hold a <p> around a
// heading, a list or another <p>: nesting the HTML parser never produces, because those start tags
// close an open <p>. The article used to be serialised and parsed again, which split such paragraphs;
// now the tree is read where it is, so only these few paragraphs are parsed again, alone, to get the
// same shape.
import { someDescendant } from './element-search';
import type { HtmlParser } from './html-parser';

/** Start tags that end an open <p> in the HTML parser. */
const CLOSES_PARAGRAPH = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'dd', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'li', 'listing', 'main', 'menu',
  'nav', 'ol', 'p', 'plaintext', 'pre', 'search', 'section', 'summary', 'table', 'ul', 'xmp',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);

/** Replaces every outermost <p> that holds one of those elements with what parsing it yields. */
export function reshapeNestedParagraphs(root: Element, parseHtml: HtmlParser): void {
  for (const paragraph of Array.from(root.querySelectorAll('p'))) {
    // A paragraph inside one already replaced is no longer in the tree.
    if (!root.contains(paragraph) || !holdsParagraphBreak(paragraph)) continue;
    const parsed = parseHtml(`<!DOCTYPE html><html><head></head><body>${paragraph.outerHTML}</body></html>`).body;
    if (!parsed) continue;
    const owner = paragraph.ownerDocument;
    paragraph.replaceWith(...Array.from(parsed.childNodes, (node) => owner.importNode(node, true)));
  }
}

function holdsParagraphBreak(paragraph: Element): boolean {
  return someDescendant(paragraph, (descendant) => CLOSES_PARAGRAPH.has(descendant.localName.toLowerCase()));
}
