// Lexical nodes for one block of the article document, with its highlight runs wrapped in MarkNodes.
// Each block becomes exactly one top-level node, and its DOM text is exactly blockText(block).
import { $createLinkNode } from '@lexical/link';
import { $createMarkNode, type MarkNode } from '@lexical/mark';
import { $createHeadingNode, $createQuoteNode, type HeadingTagType } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, type ElementNode } from 'lexical';
import { inlinesText } from '../core/document-text';
import type { Block, Inline } from '../core/model';
import type { MarkSpan } from './claim-marks';
import { $createFigureNode } from './nodes/FigureNode';
import { $createPreformattedNode } from './nodes/PreformattedNode';
import { $createReaderListItemNode, $createReaderListNode } from './nodes/ReaderListNode';
import { blockParts, partStarts } from './text-offsets';

/** Spans of one part (list item) of a block, moved to the part's own offsets. */
function spansInPart(spans: readonly MarkSpan[], partStart: number, partLength: number): MarkSpan[] {
  const result: MarkSpan[] = [];
  for (const span of spans) {
    const start = Math.max(span.start, partStart);
    const end = Math.min(span.end, partStart + partLength);
    if (start < end) result.push({ start: start - partStart, end: end - partStart, ids: span.ids });
  }
  return result;
}

/**
 * Appends the inline runs to `parent`, cut where highlight runs start and end. A link keeps its own
 * LinkNode with the marks inside it, so a highlight crossing a link edge is two MarkNodes with the same
 * ids; consecutive pieces of one span in the same container share one MarkNode.
 */
function $appendInlines(parent: ElementNode, inlines: readonly Inline[], spans: readonly MarkSpan[]): void {
  let offset = 0;
  let spanIndex = 0;
  let openMark: { node: MarkNode; span: MarkSpan; container: ElementNode } | null = null;
  for (const inline of inlines) {
    const inlineStart = offset;
    const inlineEnd = offset + inline.text.length;
    offset = inlineEnd;
    if (inline.text.length === 0) continue;
    const container = inline.href ? $createLinkNode(inline.href, { rel: 'noopener noreferrer' }) : parent;
    let position = inlineStart;
    while (position < inlineEnd) {
      while (spanIndex < spans.length && spans[spanIndex].end <= position) spanIndex += 1;
      const span = spanIndex < spans.length ? spans[spanIndex] : undefined;
      const covered = span !== undefined && span.start <= position;
      const end = Math.min(inlineEnd, covered ? span.end : (span?.start ?? inlineEnd));
      const text = $createTextNode(inline.text.slice(position - inlineStart, end - inlineStart));
      if (inline.bold) text.toggleFormat('bold');
      if (inline.italic) text.toggleFormat('italic');
      if (covered) {
        if (openMark === null || openMark.span !== span || openMark.container !== container) {
          openMark = { node: $createMarkNode(span.ids), span, container };
          container.append(openMark.node);
        }
        openMark.node.append(text);
      } else {
        openMark = null;
        container.append(text);
      }
      position = end;
    }
    if (container !== parent) {
      parent.append(container);
      openMark = null;
    }
  }
}

/** The top-level node for one block, with marks for the given block-local spans. */
export function $createBlockNode(block: Block, spans: readonly MarkSpan[]): ElementNode {
  const node = $createEmptyBlockNode(block);
  $fillBlockNode(node, block, spans);
  return node;
}

/**
 * Gives an existing block node new contents for new spans. The block's own element stays in the DOM,
 * so the browser keeps its layout and visibility state and only its text runs are replaced.
 */
export function $refillBlockNode(node: ElementNode, block: Block, spans: readonly MarkSpan[]): void {
  node.clear();
  $fillBlockNode(node, block, spans);
}

function $createEmptyBlockNode(block: Block): ElementNode {
  switch (block.type) {
    case 'heading':
      // The article title is the page's h1, so the article's own headings start one level lower.
      return $createHeadingNode(`h${Math.min(6, block.level + 1)}` as HeadingTagType);
    case 'paragraph':
      return $createParagraphNode();
    case 'quote':
      return $createQuoteNode();
    case 'list':
      return $createReaderListNode(block.ordered);
    case 'image':
      return $createFigureNode(block.src, block.alt, inlinesText(block.caption));
    case 'preformatted':
      return $createPreformattedNode();
  }
}

function $fillBlockNode(node: ElementNode, block: Block, spans: readonly MarkSpan[]): void {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'quote':
      $appendInlines(node, block.inlines, spans);
      return;
    case 'list': {
      const starts = partStarts(blockParts(block));
      block.items.forEach((item, index) => {
        const itemNode = $createReaderListItemNode();
        const length = item.reduce((sum, inline) => sum + inline.text.length, 0);
        $appendInlines(itemNode, item, spansInPart(spans, starts[index], length));
        node.append(itemNode);
      });
      return;
    }
    case 'image':
      $appendInlines(node, block.caption, spans);
      return;
    case 'preformatted':
      $appendInlines(node, [{ text: block.text }], spans);
      return;
  }
}
