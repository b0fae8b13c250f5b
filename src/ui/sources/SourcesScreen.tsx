// The Sources screen: every source in the library with the claims that use it; edit, merge
// duplicates and delete (asking first when claims would lose it).
import { useState } from 'react';
import { listSourcesWithUses, type SourceWithUses } from '../../db/source-repository';
import { useApp } from '../app-context';
import { useLiveQuery } from '../use-live-query';
import { countText } from './count-text';
import { DeleteSourceDialog } from './DeleteSourceDialog';
import { MergeSourcesDialog } from './MergeSourcesDialog';
import { editSourceDraftKey, SourceEditor } from './SourceEditor';
import { likelyDuplicates, sourceMatches } from './source-search';
import { sourceTitle, SourceSummary } from './SourceSummary';
import { SourceUsesList } from './SourceUsesList';
import { hasFormDraft } from './use-form-draft';
import './sources.css';

export function SourcesScreen() {
  const { db, t } = useApp();
  const entries = useLiveQuery(() => listSourcesWithUses(db), [db]);
  const [query, setQuery] = useState('');
  const [merging, setMerging] = useState<{ duplicateId: string; keptId?: string } | null>(null);
  const [deletingId, setDeletingId] = useState<string | null>(null);

  if (entries === undefined) return <main className="screen sources-screen" aria-busy="true" />;

  const sources = entries.map((entry) => entry.source);
  const duplicates = likelyDuplicates(sources);
  const shown = entries.filter((entry) => sourceMatches(entry.source, query));
  const mergingSource = merging && sources.find((source) => source.id === merging.duplicateId);
  const deleting = deletingId && entries.find((entry) => entry.source.id === deletingId);

  return (
    <main className="screen sources-screen" aria-labelledby="sources-heading">
      <header className="screen-header">
        <h1 id="sources-heading">{t('sources.screen.title')}</h1>
        {entries.length > 0 && <span className="muted">{countText(t, 'sources.screen.count', entries.length)}</span>}
      </header>
      <p className="muted">{t('sources.screen.intro')}</p>

      {entries.length === 0 ? (
        <p className="empty-line">{t('sources.screen.empty')}</p>
      ) : (
        <>
          <div className="field sources-filter">
            <label htmlFor="sources-filter">{t('sources.screen.search')}</label>
            <input id="sources-filter" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          </div>
          {shown.length === 0 && <p className="muted">{t('sources.screen.noMatch', { query })}</p>}
          <ul className="source-cards">
            {shown.map((entry) => (
              <SourceCard
                key={entry.source.id}
                entry={entry}
                duplicateOf={duplicates.get(entry.source.id)?.id}
                duplicateTitle={duplicates.has(entry.source.id) ? sourceTitle(duplicates.get(entry.source.id)!, t('sources.untitled')) : ''}
                onMerge={(keptId) => setMerging({ duplicateId: entry.source.id, keptId })}
                onDelete={() => setDeletingId(entry.source.id)}
              />
            ))}
          </ul>
        </>
      )}

      {mergingSource && <MergeSourcesDialog duplicate={mergingSource} candidates={sources} initialKeptId={merging?.keptId} onClose={() => setMerging(null)} />}
      {deleting && <DeleteSourceDialog entry={deleting} onClose={() => setDeletingId(null)} />}
    </main>
  );
}

function SourceCard({
  entry,
  duplicateOf,
  duplicateTitle,
  onMerge,
  onDelete,
}: {
  entry: SourceWithUses;
  duplicateOf: string | undefined;
  duplicateTitle: string;
  onMerge: (keptId?: string) => void;
  onDelete: () => void;
}) {
  const { t } = useApp();
  const { source, uses } = entry;
  const [editing, setEditing] = useState(() => hasFormDraft(editSourceDraftKey(source.id)));
  const [showArchive, setShowArchive] = useState(false);
  const title = sourceTitle(source, t('sources.untitled'));

  return (
    <li className="source-card" aria-label={title}>
      {editing ? <SourceEditor source={source} onClose={() => setEditing(false)} /> : <SourceSummary source={source} headingLevel="h2" />}
      {source.note && !editing && <p className="source-note">{source.note}</p>}
      {duplicateOf && !editing && (
        <p className="duplicate-hint">
          {t('sources.screen.possibleDuplicate', { title: duplicateTitle })}{' '}
          <button type="button" className="button small" onClick={() => onMerge(duplicateOf)}>
            {t('sources.screen.merge')}
          </button>
        </p>
      )}
      <div className="source-uses-block">
        <p className="uses-heading">{uses.length === 0 ? t('sources.screen.unused') : countText(t, 'sources.screen.usedBy', uses.length)}</p>
        {uses.length > 0 && <SourceUsesList uses={uses} />}
      </div>
      {source.archivedText && (
        <div className="archive-block">
          <button type="button" className="button small" aria-expanded={showArchive} onClick={() => setShowArchive((v) => !v)}>
            {showArchive ? t('sources.hideArchive') : t('sources.showArchive')}
          </button>
          {showArchive && <pre className="archived-text">{source.archivedText}</pre>}
        </div>
      )}
      {!editing && (
        <div className="form-actions card-actions">
          <button type="button" className="button small" aria-label={t('sources.screen.editNamed', { title })} onClick={() => setEditing(true)}>
            {t('sources.screen.edit')}
          </button>
          <button type="button" className="button small" aria-label={t('sources.screen.mergeNamed', { title })} onClick={() => onMerge()}>
            {t('sources.screen.merge')}
          </button>
          <button type="button" className="button small danger" aria-label={t('sources.delete.named', { title })} onClick={onDelete}>
            {t('sources.delete.button')}
          </button>
        </div>
      )}
    </li>
  );
}
