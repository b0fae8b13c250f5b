// Mapping between points in the reader's DOM and offsets of the article text. The reader's root has one
// child element per block (block index = child index); inside a block only text nodes count, and a
// list adds one separator between items that the DOM does not show (see text-offsets.ts).
import { blockRanges, blockText, type BlockRange } from '../core/document-text';
import type { Block } from '../core/model';
import { blockIndexAt, blockParts, partAt, partStarts, type Bias } from './text-offsets';

/** What the mapping needs to know about the document, computed once per article. */
export class ReaderGeometry {
  readonly ranges: readonly BlockRange[];
  private readonly parts: readonly (readonly string[])[];
  private readonly starts: readonly (readonly number[])[];
  private readonly lengths: readonly number[];

  constructor(readonly blocks: readonly Block[]) {
    this.ranges = blockRanges(blocks);
    this.parts = blocks.map(blockParts);
    this.starts = this.parts.map(partStarts);
    this.lengths = blocks.map((block) => blockText(block).length);
  }

  /** The article offset of a DOM point inside `root`, or null when the point is outside it. */
  offsetOf(root: HTMLElement, node: Node, offset: number): number | null {
    if (node === root) {
      if (offset >= this.blocks.length) return this.textEnd();
      return this.ranges[offset]?.start ?? this.textEnd();
    }
    if (!root.contains(node)) return null;
    let blockElement: Node = node;
    while (blockElement.parentNode !== root) {
      if (blockElement.parentNode === null) return null;
      blockElement = blockElement.parentNode;
    }
    const blockIndex = Array.prototype.indexOf.call(root.children, blockElement) as number;
    const range = this.ranges[blockIndex];
    if (blockIndex === -1 || range === undefined) return null;

    let partElement: Node = blockElement;
    let partIndex = 0;
    if (this.blocks[blockIndex].type === 'list') {
      const items = Array.from((blockElement as Element).children);
      if (node === blockElement) {
        // Between items: before item `offset`.
        const local = offset < items.length ? this.starts[blockIndex][offset] : this.lengths[blockIndex];
        return range.start + Math.min(local, this.lengths[blockIndex]);
      }
      let item: Node = node;
      while (item.parentNode !== blockElement) item = item.parentNode!;
      partIndex = Math.max(0, items.indexOf(item as Element));
      partElement = item;
    }
    const within = textLengthBefore(partElement, node, offset);
    const local = this.starts[blockIndex][partIndex] + Math.min(within, this.parts[blockIndex][partIndex].length);
    return range.start + Math.min(local, this.lengths[blockIndex]);
  }

  /** A DOM point for an article offset; the bias decides on which side of a boundary it lands. */
  pointAt(root: HTMLElement, offset: number, bias: Bias): { node: Node; offset: number } | null {
    const blockIndex = blockIndexAt(this.ranges, offset, bias);
    const blockElement = blockIndex === -1 ? undefined : root.children[blockIndex];
    if (blockElement === undefined) return null;
    const range = this.ranges[blockIndex];
    const local = Math.max(0, Math.min(offset - range.start, this.lengths[blockIndex]));
    const { part, offset: inPart } = partAt(this.parts[blockIndex], local, bias);
    const partElement = this.blocks[blockIndex].type === 'list' ? (blockElement.children[part] ?? blockElement) : blockElement;
    const walker = document.createTreeWalker(partElement, NodeFilter.SHOW_TEXT);
    let seen = 0;
    let last: Text | null = null;
    for (let text = walker.nextNode() as Text | null; text !== null; text = walker.nextNode() as Text | null) {
      const length = text.data.length;
      if (inPart < seen + length || (inPart === seen + length && bias === 'backward')) {
        return { node: text, offset: inPart - seen };
      }
      seen += length;
      last = text;
    }
    return last ? { node: last, offset: last.data.length } : { node: partElement, offset: 0 };
  }

  /** The selection's anchor and focus as article offsets, when both lie in the reader. */
  selectionOffsets(root: HTMLElement, selection: Selection | null): { anchor: number; focus: number } | null {
    if (!selection || selection.rangeCount === 0 || !selection.anchorNode || !selection.focusNode) return null;
    const anchor = this.offsetOf(root, selection.anchorNode, selection.anchorOffset);
    const focus = this.offsetOf(root, selection.focusNode, selection.focusOffset);
    if (anchor === null || focus === null) return null;
    return { anchor, focus };
  }

  /** Shows a selection from `anchor` to `focus` (either order) as a real DOM selection. */
  select(root: HTMLElement, anchor: number, focus: number): boolean {
    const backward = focus < anchor;
    const anchorPoint = this.pointAt(root, anchor, backward ? 'backward' : 'forward');
    const focusPoint = this.pointAt(root, focus, backward ? 'forward' : 'backward');
    const selection = window.getSelection();
    if (!anchorPoint || !focusPoint || !selection) return false;
    selection.setBaseAndExtent(anchorPoint.node, anchorPoint.offset, focusPoint.node, focusPoint.offset);
    return true;
  }

  private textEnd(): number {
    for (let index = this.ranges.length - 1; index >= 0; index -= 1) {
      if (this.ranges[index].end > this.ranges[index].start) return this.ranges[index].end;
    }
    return 0;
  }
}

/** Characters of text in `container` before the DOM point (node, offset). */
function textLengthBefore(container: Node, node: Node, offset: number): number {
  if (node === container && node.nodeType !== Node.TEXT_NODE) {
    // A point between children: count the text of the children before it.
    let total = 0;
    const children = container.childNodes;
    for (let index = 0; index < Math.min(offset, children.length); index += 1) total += children[index].textContent?.length ?? 0;
    return total;
  }
  const point = document.createRange();
  point.setStart(node, offset);
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let text = walker.nextNode() as Text | null; text !== null; text = walker.nextNode() as Text | null) {
    if (text === node) return total + offset;
    // Text starting after the point is not counted; comparePoint is 1 when (text, 0) is after it.
    if (point.comparePoint(text, 0) > 0) break;
    total += text.data.length;
  }
  return total;
}
