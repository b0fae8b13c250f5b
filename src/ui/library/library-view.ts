// Which articles the Library shows and in what order: filters and sorting over article summaries,
// pure so they run the same on 5 or 5,000 rows.
import type { Tag } from '../../core/model';
import type { ArticleSummary } from '../../db/library-rows';

export type SortColumn = 'title' | 'siteName' | 'author' | 'publishedDate' | 'importedAt' | 'language' | 'claims';
export type SortDirection = 'ascending' | 'descending';

export interface LibraryFilter {
  /** A collection id, or '' for every article. */
  collectionId: string;
  tag: Tag | '';
  language: string;
  hasUnsupported: boolean;
  hasContested: boolean;
}

export const NO_FILTER: LibraryFilter = { collectionId: '', tag: '', language: '', hasUnsupported: false, hasContested: false };

export function totalClaims(summary: ArticleSummary): number {
  return summary.claimCounts.opinion + summary.claimCounts.fact + summary.claimCounts.unsupported;
}

export function filterSummaries(summaries: readonly ArticleSummary[], filter: LibraryFilter, trash: boolean): ArticleSummary[] {
  return summaries.filter(
    (s) =>
      Boolean(s.deletedAt) === trash &&
      (trash ||
        ((!filter.collectionId || s.collectionIds.includes(filter.collectionId)) &&
          (!filter.tag || s.claimCounts[filter.tag] > 0) &&
          (!filter.language || s.language === filter.language) &&
          (!filter.hasUnsupported || s.claimCounts.unsupported > 0) &&
          (!filter.hasContested || s.contestedClaims > 0))),
  );
}

export function sortSummaries(summaries: ArticleSummary[], column: SortColumn, direction: SortDirection, locale: string): ArticleSummary[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  const value = (s: ArticleSummary) => (column === 'claims' ? totalClaims(s) : column === 'title' ? s.title || s.fileName : s[column]);
  return summaries.sort((a, b) => {
    const x = value(a);
    const y = value(b);
    // Empty values go last whichever way the column is sorted.
    if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return sign * order || a.id.localeCompare(b.id);
  });
}

export function languagesIn(summaries: readonly ArticleSummary[]): string[] {
  return [...new Set(summaries.map((s) => s.language).filter(Boolean))].sort();
}
