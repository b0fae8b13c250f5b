// The rows of the derived tables the library reads: article summaries and search documents.
import type { Tag } from '../core/model';
import type { SearchDocumentKind } from '../core/search/search-fields';

/** What the Library list shows for one article, small enough to load 5,000 at once. */
export interface ArticleSummary {
  id: string;
  title: string;
  fileName: string;
  author: string;
  siteName: string;
  publishedDate: string;
  importedAt: string;
  language: string;
  /** Set when the article is in the Trash; mirrors Article.deletedAt. */
  deletedAt?: string;
  collectionIds: string[];
  claimCounts: Record<Tag, number>;
  /** Claims with at least one linked source that contradicts them. */
  contestedClaims: number;
}

/** One record known to search; numbered so posting lists stay small. */
export interface SearchDocument {
  docNo?: number;
  /** `<kind>:<id>`, unique. */
  ref: string;
  kind: SearchDocumentKind;
  entityId: string;
  /** The article a claim belongs to; empty for articles' own id and for sources. */
  articleId: string;
}

/**
 * The documents containing one term, for one segment of SEGMENT_SIZE document numbers. Since
 * version 3 `docs` is packed (see core/search/posting-list): document number times four plus kind.
 */
export interface SearchPosting {
  term: string;
  segment: number;
  docs: Uint32Array;
}

/**
 * Document numbers per posting row. Bounds how much one import rewrites, while keeping a term in a
 * library of 50,000 claims to a dozen rows, so a search reads few rows.
 */
export const SEGMENT_SIZE = 4096;

export function searchRef(kind: SearchDocumentKind, id: string): string {
  return `${kind}:${id}`;
}
