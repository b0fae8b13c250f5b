// Runs a library search shortly after typing stops; a late answer to an older query is dropped.
// "Show more" raises one kind's limit and searches again at once, keeping the results shown meanwhile.
import { useCallback, useEffect, useState } from 'react';
import type { SearchDocumentKind } from '../../core/search/search-fields';
import type { ClaimlensDatabase } from '../../db/database';
import { HITS_PER_KIND, searchLibrary, type HitLimits, type SearchResults } from '../../db/library-search';

const DEBOUNCE_MS = 120;

export interface LibrarySearch {
  results: SearchResults | null;
  busy: boolean;
  showMore(kind: SearchDocumentKind): void;
}

export function useLibrarySearch(db: ClaimlensDatabase, query: string, onError: (error: unknown) => void): LibrarySearch {
  const [results, setResults] = useState<SearchResults | null>(null);
  const [busy, setBusy] = useState(false);
  const trimmed = query.trim();
  // The limits belong to one query: typing another starts again from the first page.
  const [limits, setLimits] = useState<{ query: string; limits: HitLimits }>({ query: trimmed, limits: HITS_PER_KIND });
  const current = limits.query === trimmed ? limits.limits : HITS_PER_KIND;
  const paging = limits.query === trimmed && limits.limits !== HITS_PER_KIND;

  useEffect(() => {
    if (trimmed === '') {
      setResults(null);
      setBusy(false);
      return;
    }
    let live = true;
    setBusy(true);
    const timer = window.setTimeout(
      () => {
        searchLibrary(db, trimmed, current)
          .then((found) => {
            if (live) setResults(found);
          })
          .catch((error: unknown) => {
            if (live) onError(error);
          })
          .finally(() => {
            if (live) setBusy(false);
          });
      },
      paging ? 0 : DEBOUNCE_MS,
    );
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
    // onError is a notification callback; a new one should not re-run the search.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, trimmed, current]);

  const showMore = useCallback(
    (kind: SearchDocumentKind) => {
      setLimits((previous) => {
        const base = previous.query === trimmed ? previous.limits : HITS_PER_KIND;
        return { query: trimmed, limits: { ...base, [kind]: base[kind] + HITS_PER_KIND[kind] } };
      });
    },
    [trimmed],
  );

  return { results: trimmed === '' ? null : results, busy, showMore };
}
