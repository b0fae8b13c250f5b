// Where an offset of the article text falls among the blocks (and list items) of its document: the
// DOM-free half of mapping a selection in the reader to text offsets and back.
import { blockText, inlinesText, LIST_ITEM_SEPARATOR, type BlockRange } from '../core/document-text';
import type { Block } from '../core/model';

/** When an offset sits on a boundary, which side it belongs to: the text after it, or before it. */
export type Bias = 'forward' | 'backward';

/**
 * The block an offset of the article text belongs to. Offsets inside a block's range belong to it;
 * an offset on a block's edge or inside the separator between two blocks belongs to the following
 * block when the bias is forward (the start of a selection) and to the preceding one when backward
 * (its end). Blocks without text are never chosen; -1 when no block has text.
 */
export function blockIndexAt(ranges: readonly BlockRange[], offset: number, bias: Bias): number {
  // Binary search for the last non-empty block starting at or before the offset.
  let low = 0;
  let high = ranges.length - 1;
  let before = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (ranges[middle].start <= offset) {
      before = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  while (before >= 0 && ranges[before].start === ranges[before].end) before -= 1;
  const after = nextNonEmpty(ranges, before + 1);
  if (before === -1) return after;
  const range = ranges[before];
  if (offset < range.end) return before;
  if (offset === range.end && (bias === 'backward' || after === -1)) return before;
  if (offset > range.end && bias === 'backward') return before;
  return after === -1 ? before : after;
}

function nextNonEmpty(ranges: readonly BlockRange[], from: number): number {
  for (let index = from; index < ranges.length; index += 1) {
    if (ranges[index].start !== ranges[index].end) return index;
  }
  return -1;
}

/**
 * The texts that make up a block in the DOM, in order: one per list item for a list, otherwise the
 * whole block text. Between two parts the block text has one LIST_ITEM_SEPARATOR that the DOM does
 * not show as text.
 */
export function blockParts(block: Block): string[] {
  if (block.type === 'list') return block.items.map(inlinesText);
  return [blockText(block)];
}

/** Where each part of a block starts inside the block text. */
export function partStarts(parts: readonly string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const part of parts) {
    starts.push(offset);
    offset += part.length + LIST_ITEM_SEPARATOR.length;
  }
  return starts;
}

/** The part of a block a block-local offset is in, and the offset inside that part. */
export function partAt(parts: readonly string[], localOffset: number, bias: Bias): { part: number; offset: number } {
  const starts = partStarts(parts);
  const last = parts.length - 1;
  for (let index = 0; index <= last; index += 1) {
    const end = starts[index] + parts[index].length;
    if (localOffset < end) return { part: index, offset: Math.max(0, localOffset - starts[index]) };
    // On the boundary between two items: the end of this one, or the start of the next.
    if (localOffset === end) {
      return bias === 'backward' || index === last ? { part: index, offset: parts[index].length } : { part: index + 1, offset: 0 };
    }
  }
  return { part: last, offset: parts[last].length };
}
