// Converts a sanitised article DOM (see article-sanitizer.ts) into the block document: headings,
// paragraphs, quotes, lists, images with captions, preformatted text; links, bold and italic inline.
import type { Block, Inline } from '../core/model';
import { inlinesText } from '../core/document-text';
import { REMOTE_SRC_ATTRIBUTE } from './article-sanitizer';
import { someDescendant } from './element-search';
import { foldWhiteSpace } from './white-space';

type ImageBlock = Extract<Block, { type: 'image' }>;
interface InlineStyle {
  href?: string;
  bold?: boolean;
  italic?: boolean;
}

const HEADINGS: Record<string, 1 | 2 | 3 | 4 | 5 | 6> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const BLOCK_LEVEL = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'pre', 'figure', 'figcaption', 'table',
  'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'div', 'section', 'article', 'main', 'header', 'footer',
  'aside', 'nav', 'dl', 'dt', 'dd', 'address', 'details', 'summary', 'hr', 'body',
]);
const BOLD = new Set(['b', 'strong']);
const ITALIC = new Set(['i', 'em', 'cite', 'dfn', 'var']);

// The tree is only read here, so children are followed by their sibling links rather than copied into
// arrays first (childNodes builds a fresh list on every call on Node DOMs).
export function domToBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  convertContainer(root, blocks);
  return blocks;
}

function tagOf(node: Node): string {
  return node.nodeType === 1 ? (node as Element).tagName.toLowerCase() : '';
}

function convertContainer(container: Element, out: Block[]): void {
  let pending: Inline[] = [];
  const flush = (): void => {
    pushTextBlock(out, 'paragraph', pending);
    pending = [];
  };

  for (let child = container.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      pending.push({ text: child.nodeValue ?? '' });
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    const tag = tagOf(element);

    if (tag === 'br') {
      // Pages that lay text out with <br> inside a <div> mean a line break between paragraphs.
      flush();
    } else if (tag in HEADINGS) {
      flush();
      convertInlineBlock(element, out, (inlines) => ({ type: 'heading', level: HEADINGS[tag]!, inlines }));
    } else if (tag === 'p' || tag === 'dt' || tag === 'summary' || tag === 'caption') {
      flush();
      convertInlineBlock(element, out, (inlines) => ({ type: 'paragraph', inlines }));
    } else if (tag === 'blockquote') {
      flush();
      convertQuote(element, out);
    } else if (tag === 'ul' || tag === 'ol') {
      flush();
      convertList(element, out);
    } else if (tag === 'pre') {
      flush();
      const text = preformattedText(element.textContent ?? '');
      if (text) out.push({ type: 'preformatted', text });
    } else if (tag === 'figure') {
      flush();
      convertFigure(element, out);
    } else if (tag === 'img') {
      flush();
      out.push(imageBlock(element, []));
    } else if (tag === 'table') {
      flush();
      convertTable(element, out);
    } else if (tag === 'hr') {
      flush();
    } else if (BLOCK_LEVEL.has(tag) || containsBlockLevel(element)) {
      flush();
      convertContainer(element, out);
    } else {
      const images: ImageBlock[] = [];
      collectInlines(element, {}, pending, images);
      if (images.length > 0) {
        flush();
        out.push(...images);
      }
    }
  }
  flush();
}

/** A heading or paragraph; images found inside it follow it as their own blocks. */
function convertInlineBlock(element: Element, out: Block[], make: (inlines: Inline[]) => Block): void {
  const runs: Inline[] = [];
  const images: ImageBlock[] = [];
  collectInlines(element, {}, runs, images);
  const inlines = tidyInlines(runs);
  if (inlines.length > 0) out.push(make(inlines));
  out.push(...images);
}

function convertQuote(element: Element, out: Block[]): void {
  if (!containsBlockLevel(element)) {
    convertInlineBlock(element, out, (inlines) => ({ type: 'quote', inlines }));
    return;
  }
  const inner: Block[] = [];
  convertContainer(element, inner);
  for (const block of inner) {
    out.push(block.type === 'paragraph' || block.type === 'heading' ? { type: 'quote', inlines: block.inlines } : block);
  }
}

function convertList(list: Element, out: Block[]): void {
  const items: Inline[][] = [];
  const images: ImageBlock[] = [];
  const addItems = (element: Element): void => {
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      const tag = tagOf(child);
      if (tag === 'ul' || tag === 'ol') {
        addItems(child); // a stray nested list directly inside a list
        continue;
      }
      const runs: Inline[] = [];
      const nested: Element[] = [];
      collectInlines(child, {}, runs, images, nested);
      const inlines = tidyInlines(runs);
      if (inlines.length > 0) items.push(inlines);
      // Nested lists are flattened into the items after their parent: the block model has one level.
      for (const sublist of nested) addItems(sublist);
    }
  };
  addItems(list);
  if (items.length > 0) out.push({ type: 'list', ordered: tagOf(list) === 'ol', items });
  out.push(...images);
}

function convertFigure(figure: Element, out: Block[]): void {
  const images = Array.from(figure.querySelectorAll('img'));
  if (images.length === 0) {
    convertContainer(figure, out);
    return;
  }
  const captionElement = figure.querySelector('figcaption');
  const runs: Inline[] = [];
  if (captionElement) collectInlines(captionElement, {}, runs, []);
  const caption = tidyInlines(runs);
  // Text in a figure outside its caption (a "Photo" label, a credit line) is kept as a paragraph.
  const otherRuns: Inline[] = [];
  for (let child = figure.firstChild; child; child = child.nextSibling) {
    if (child === captionElement) continue;
    if (child.nodeType === 3) otherRuns.push({ text: child.nodeValue ?? '' });
    else if (child.nodeType === 1 && tagOf(child) !== 'img') collectInlines(child, {}, otherRuns, []);
    otherRuns.push({ text: ' ' });
  }
  pushTextBlock(out, 'paragraph', otherRuns);
  images.forEach((image, index) => out.push(imageBlock(image, index === images.length - 1 ? caption : [])));
}

/** Data tables become one paragraph per row; tables used for page layout are read as containers. */
function convertTable(table: Element, out: Block[]): void {
  const rows = Array.from(table.querySelectorAll('tr'));
  const layout = rows.length === 0 || Array.from(table.querySelectorAll('td, th')).some((cell) => containsBlockLevel(cell));
  if (layout) {
    convertContainer(table, out);
    return;
  }
  const caption = table.querySelector('caption');
  if (caption) convertInlineBlock(caption, out, (inlines) => ({ type: 'paragraph', inlines }));
  for (const row of rows) {
    const runs: Inline[] = [];
    const images: ImageBlock[] = [];
    let firstCell = true;
    for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
      if (!firstCell) runs.push({ text: ' | ' });
      firstCell = false;
      collectInlines(cell, {}, runs, images);
    }
    pushTextBlock(out, 'paragraph', runs);
    out.push(...images);
  }
}

function imageBlock(image: Element, caption: Inline[]): ImageBlock {
  const block: ImageBlock = { type: 'image', alt: foldWhiteSpace(image.getAttribute('alt') ?? '').trim(), caption };
  const src = image.getAttribute('src');
  const remote = image.getAttribute(REMOTE_SRC_ATTRIBUTE);
  if (src) block.src = src;
  else if (remote) block.remoteSrc = remote;
  return block;
}

/**
 * Appends the text runs under `node` to `runs`. Images go to `images`; nested lists (when `lists` is
 * given, i.e. inside a list item) go to `lists`. Block-level elements inside inline context still
 * separate words, so they contribute a space.
 */
function collectInlines(node: Node, style: InlineStyle, runs: Inline[], images: ImageBlock[], lists?: Element[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      runs.push(styled(child.nodeValue ?? '', style));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    const tag = tagOf(element);
    if (tag === 'img') {
      images.push(imageBlock(element, []));
    } else if (tag === 'br') {
      runs.push(styled(' ', style));
    } else if (lists && (tag === 'ul' || tag === 'ol')) {
      lists.push(element);
    } else {
      const inner: InlineStyle = { ...style };
      if (BOLD.has(tag)) inner.bold = true;
      if (ITALIC.has(tag)) inner.italic = true;
      if (tag === 'a' && element.getAttribute('href')) inner.href = element.getAttribute('href')!;
      const separate = BLOCK_LEVEL.has(tag);
      if (separate) runs.push(styled(' ', style));
      if (tag === 'pre') runs.push(styled(element.textContent ?? '', inner));
      else collectInlines(element, inner, runs, images, lists);
      if (separate) runs.push(styled(' ', style));
    }
  }
}

function styled(text: string, style: InlineStyle): Inline {
  const inline: Inline = { text };
  if (style.href) inline.href = style.href;
  if (style.bold) inline.bold = true;
  if (style.italic) inline.italic = true;
  return inline;
}

function containsBlockLevel(element: Element): boolean {
  return someDescendant(element, (descendant) => BLOCK_LEVEL.has(tagOf(descendant)) || tagOf(descendant) === 'img');
}

function pushTextBlock(out: Block[], type: 'paragraph', runs: Inline[]): void {
  const inlines = tidyInlines(runs);
  if (inlines.length > 0) out.push({ type, inlines });
}


/**
 * Folds white space across run boundaries, trims the ends, drops empty runs and merges neighbours
 * with the same formatting, so that the joined text equals normalizeInlineWhitespace of itself.
 */
export function tidyInlines(runs: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const run of runs) {
    let text = foldWhiteSpace(run.text);
    const previous = out[out.length - 1];
    if (!previous) text = text.replace(/^[ \u3000]/, '');
    else if (/[ \u3000]$/.test(previous.text) && /^[ \u3000]/.test(text)) {
      // Two separate white-space characters across the boundary fold to one plain space.
      previous.text = previous.text.slice(0, -1) + ' ';
      text = text.slice(1);
    }
    if (text === '') continue;
    const next: Inline = { ...run, text };
    if (previous && sameStyle(previous, next)) previous.text += text;
    else out.push(next);
  }
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    last.text = last.text.replace(/[ \u3000]$/, '');
    if (last.text !== '') break;
    out.pop();
  }
  return inlinesText(out) === '' ? [] : out;
}

function sameStyle(a: Inline, b: Inline): boolean {
  return a.href === b.href && Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic);
}

/** Preformatted text keeps its lines; only control characters and blank edges go. */
function preformattedText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F\u200B\uFEFF]/g, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/^\n+|\s+$/g, '');
}
