// Runs a library search shortly after typing stops; a late answer to an older query is dropped.
import { useEffect, useState } from 'react';
import type { ClaimlensDatabase } from '../../db/database';
import { searchLibrary, type SearchResults } from '../../db/library-search';

const DEBOUNCE_MS = 120;

export function useLibrarySearch(db: ClaimlensDatabase, query: string, onError: (error: unknown) => void): { results: SearchResults | null; busy: boolean } {
  const [results, setResults] = useState<SearchResults | null>(null);
  const [busy, setBusy] = useState(false);
  const trimmed = query.trim();

  useEffect(() => {
    if (trimmed === '') {
      setResults(null);
      setBusy(false);
      return;
    }
    let current = true;
    setBusy(true);
    const timer = window.setTimeout(() => {
      searchLibrary(db, trimmed)
        .then((found) => {
          if (current) setResults(found);
        })
        .catch((error: unknown) => {
          if (current) onError(error);
        })
        .finally(() => {
          if (current) setBusy(false);
        });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
    // onError is a notification callback; a new one should not re-run the search.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, trimmed]);

  return { results: trimmed === '' ? null : results, busy };
}
