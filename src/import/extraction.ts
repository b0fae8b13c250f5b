// What every reader (HTML, MHTML, text, Markdown, PDF, DOCX) produces from a file: the article's
// metadata and its blocks in order, each either kept or removed with a reason the user can see
// in the cleanup preview (and restore).
import type { ArticleMetadata, Block } from '../core/model';

export type ArticleFormat = 'html' | 'mhtml' | 'text' | 'markdown' | 'pdf' | 'docx' | 'sample' | 'pack';

/** Why a block was left out; shown as a chip in the cleanup preview. */
export type RemovalReason =
  | 'navigation'
  | 'share-widget'
  | 'related-links'
  | 'disclaimer'
  | 'author-panel'
  | 'advertisement'
  | 'comments'
  | 'metadata-line'
  | 'page-furniture'
  | 'duplicate'
  | 'boilerplate'
  | 'removed-by-user';

export interface CandidateBlock {
  block: Block;
  /** Absent when the block is kept. */
  removed?: RemovalReason;
}

export interface Extraction {
  metadata: ArticleMetadata;
  candidates: CandidateBlock[];
  format: ArticleFormat;
  /** The charset the bytes were decoded with, e.g. 'utf-8', 'gb18030'; 'binary' for PDF and DOCX. */
  charset: string;
  /** Things worth telling the user that did not stop the import (e.g. "3 remote images not loaded"). */
  warnings: string[];
}

/** A file that cannot be imported: `message` is one line naming the file and the problem. */
export class ImportError extends Error {
  readonly fileName: string;
  constructor(fileName: string, problem: string) {
    super(`${fileName}: ${problem}`);
    this.name = 'ImportError';
    this.fileName = fileName;
  }
}

export function keptBlocks(candidates: readonly CandidateBlock[]): Block[] {
  return candidates.filter((c) => !c.removed).map((c) => c.block);
}
