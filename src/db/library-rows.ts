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

/** Document numbers containing one term, for one segment of SEGMENT_SIZE numbers. */
export interface SearchPosting {
  term: string;
  segment: number;
  docs: number[];
}

/** Document numbers per posting row; bounds how much one import rewrites. */
export const SEGMENT_SIZE = 1024;

export function searchRef(kind: SearchDocumentKind, id: string): string {
  return `${kind}:${id}`;
}
