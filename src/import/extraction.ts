// What every reader (HTML, MHTML, text, Markdown, PDF, DOCX) produces from a file: the article's
// metadata and its blocks in order, each either kept or removed with a reason the user can see
// in the cleanup preview (and restore).
import type { ArticleMetadata, Block } from '../core/model';
import { englishNotices, importRefusalText } from '../i18n/import-notice-text';
import type { ImportProblem, ImportWarning } from './import-notices';

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
  warnings: ImportWarning[];
}

/**
 * A file that cannot be imported: `problem` says why, for the UI to say in its language; `message` is
 * the English line naming the file and the problem ("empty.txt: is empty."), for the command line.
 */
export class ImportError extends Error {
  readonly fileName: string;
  readonly problem: ImportProblem;
  constructor(fileName: string, problem: ImportProblem) {
    super(importRefusalText(englishNotices, fileName, problem));
    this.name = 'ImportError';
    this.fileName = fileName;
    this.problem = problem;
  }
}

export function keptBlocks(candidates: readonly CandidateBlock[]): Block[] {
  return candidates.filter((c) => !c.removed).map((c) => c.block);
}
