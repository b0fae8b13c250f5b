// The words of the product as types: articles, their block documents, claims, sources and links.
// Shared by the app, the importer, the command line and the reports.

export const TAGS = ['opinion', 'fact', 'unsupported'] as const;
export type Tag = (typeof TAGS)[number];

export const STANCES = ['supports', 'contradicts', 'context'] as const;
export type Stance = (typeof STANCES)[number];

/** Derived from a claim's linked sources, never stored. */
export type ClaimStatus = 'contested' | 'supported' | 'no-evidence';

export const RELIABILITY_RATINGS = ['primary', 'reputable', 'unknown', 'unreliable'] as const;
export type Reliability = (typeof RELIABILITY_RATINGS)[number];

/** A run of text inside a block; a link when href is set (already validated as http/https/mailto). */
export interface Inline {
  text: string;
  href?: string;
  bold?: boolean;
  italic?: boolean;
}

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; inlines: Inline[] }
  | { type: 'paragraph'; inlines: Inline[] }
  | { type: 'quote'; inlines: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  /** An image with its caption; src is a data: URI, or absent when the picture was not embedded. */
  | { type: 'image'; src?: string; remoteSrc?: string; alt: string; caption: Inline[] }
  | { type: 'preformatted'; text: string };

export type BlockType = Block['type'];

export interface ArticleMetadata {
  title: string;
  author: string;
  siteName: string;
  /** ISO date (YYYY-MM-DD) or full ISO timestamp; empty when unknown. */
  publishedDate: string;
  sourceUrl: string;
  /** BCP 47 tag such as `zh-CN` or `en`; empty when unknown. */
  language: string;
}

export interface Article extends ArticleMetadata {
  id: string;
  blocks: Block[];
  /** The normalised plain text claims anchor to; derived from blocks by `documentText`. */
  text: string;
  /** SHA-256 (hex) of `text`. */
  contentHash: string;
  /** How it arrived: 'html', 'mhtml', 'text', 'markdown', 'pdf', 'docx', 'sample', 'pack'. */
  format: string;
  fileName: string;
  charset: string;
  importedAt: string;
  updatedAt: string;
  /** Set when the article is in the Trash. */
  deletedAt?: string;
  collectionIds: string[];
}

/** The bytes an article was imported from, kept so extraction can be redone. */
export interface OriginalFile {
  articleId: string;
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** UTF-16 code unit offsets into the article's normalised text. */
  start: number;
  end: number;
}

export interface ClaimSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export interface Claim {
  id: string;
  articleId: string;
  tag: Tag;
  note: string;
  annotator: string;
  selectors: ClaimSelectors;
  /** True when the claim could not be placed in the current text; kept, never deleted silently. */
  orphaned: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Source {
  id: string;
  url: string;
  /** Normalised URL used to find duplicates; empty for a source without a URL. */
  normalizedUrl: string;
  title: string;
  publisher: string;
  author: string;
  publishedDate: string;
  accessedDate: string;
  excerpt: string;
  reliability: Reliability;
  reliabilityReason: string;
  note: string;
  /** Extracted text of the page, kept so the evidence survives a dead link. */
  archivedText?: string;
  createdAt: string;
  updatedAt: string;
}

/** How one source bears on one claim. */
export interface ClaimSource {
  id: string;
  claimId: string;
  sourceId: string;
  stance: Stance;
  quote: string;
  createdAt: string;
}

export interface Collection {
  id: string;
  name: string;
  createdAt: string;
}

export function newId(): string {
  return globalThis.crypto.randomUUID();
}
