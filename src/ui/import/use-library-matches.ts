// Watches the draft in the cleanup preview against the library: after each edit settles, looks for an
// article with the same content hash, or another version of it (same source URL, or title and site).
import { useEffect, useState } from 'react';
import { contentHash } from '../../core/document-text';
import type { ClaimlensDatabase } from '../../db/database';
import { findLibraryMatches, type LibraryMatches } from '../../db/import-matches';
import { draftText, type ImportDraft } from './import-draft';
import { checkSourceUrl } from './metadata-fields';

const SETTLE_MS = 150;

export function useLibraryMatches(db: ClaimlensDatabase, draft: ImportDraft): LibraryMatches | undefined {
  const [matches, setMatches] = useState<{ key: ImportDraft; value: LibraryMatches } | undefined>(undefined);
  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(() => {
      void (async () => {
        const hash = contentHash(draftText(draft));
        const url = checkSourceUrl(draft.fields.sourceUrl);
        const value = await findLibraryMatches(db, {
          contentHash: hash,
          sourceUrl: url.ok ? url.url : '',
          title: draft.fields.title.trim(),
          siteName: draft.fields.siteName.trim(),
        });
        if (current) setMatches({ key: draft, value });
      })().catch((error: unknown) => console.warn('Library matches could not be read', error));
    }, SETTLE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [db, draft]);
  // Results for an earlier state of the draft are not shown: they may offer the wrong action.
  return matches?.key === draft ? matches.value : undefined;
}
