// The normalised plain text of a block document: the one text every claim selector points into.
// Blocks are separated by a blank line, list items by a newline; a block with no text adds nothing.
import type { Block, Inline } from './model';
import { sha256Hex } from './sha256';

export const BLOCK_SEPARATOR = '\n\n';
export const LIST_ITEM_SEPARATOR = '\n';

/** Unicode NFC, no control characters, runs of white space folded to one space, trimmed. */
export function normalizeInlineWhitespace(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F\u200B\uFEFF]/g, '')
    .replace(/[\s\u00A0\u3000]+/g, (run) => (run.includes('\u3000') && run.length === 1 ? '\u3000' : ' '))
    .trim();
}

export function inlinesText(inlines: readonly Inline[]): string {
  return inlines.map((inline) => inline.text).join('');
}

export function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'quote':
      return inlinesText(block.inlines);
    case 'list':
      return block.items.map(inlinesText).join(LIST_ITEM_SEPARATOR);
    case 'image':
      return inlinesText(block.caption);
    case 'preformatted':
      return block.text;
  }
}

export interface BlockRange {
  start: number;
  end: number;
}

/** Where each block's text sits in the document text (empty blocks get an empty range). */
export function blockRanges(blocks: readonly Block[]): BlockRange[] {
  const ranges: BlockRange[] = [];
  let offset = 0;
  let first = true;
  for (const block of blocks) {
    const text = blockText(block);
    if (text === '') {
      ranges.push({ start: offset, end: offset });
      continue;
    }
    if (!first) offset += BLOCK_SEPARATOR.length;
    first = false;
    ranges.push({ start: offset, end: offset + text.length });
    offset += text.length;
  }
  return ranges;
}

export function documentText(blocks: readonly Block[]): string {
  return blocks
    .map(blockText)
    .filter((text) => text !== '')
    .join(BLOCK_SEPARATOR);
}

/** SHA-256 of the text as lower-case hex; the article's content hash. */
export function contentHash(text: string): string {
  return sha256Hex(text);
}
