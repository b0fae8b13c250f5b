// The collections switcher: all articles, each collection, the Trash; and creating, renaming and
// deleting collections.
import { useState, type FormEvent } from 'react';
import type { Collection } from '../../core/model';
import type { Translate } from '../app-context';

export type LibraryPlace = { kind: 'all' } | { kind: 'collection'; id: string } | { kind: 'trash' };

interface CollectionsNavProps {
  collections: Collection[];
  place: LibraryPlace;
  trashCount: number;
  onPlace: (place: LibraryPlace) => void;
  onCreate: (name: string) => Promise<boolean>;
  onRename: (id: string, name: string) => Promise<boolean>;
  onDelete: (collection: Collection) => void;
  t: Translate;
}

export function CollectionsNav({ collections, place, trashCount, onPlace, onCreate, onRename, onDelete, t }: CollectionsNavProps) {
  const [creating, setCreating] = useState(false);
  const [newName, setNewName] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [renameValue, setRenameValue] = useState('');
  const current = place.kind === 'collection' ? collections.find((c) => c.id === place.id) : undefined;

  async function submitNew(event: FormEvent) {
    event.preventDefault();
    if (await onCreate(newName)) {
      setNewName('');
      setCreating(false);
    }
  }

  async function submitRename(event: FormEvent) {
    event.preventDefault();
    if (renaming && (await onRename(renaming, renameValue))) setRenaming(null);
  }

  const isCurrent = (candidate: LibraryPlace) => (candidate.kind === place.kind && (candidate.kind !== 'collection' || (place.kind === 'collection' && place.id === candidate.id)) ? 'true' : undefined);

  return (
    <nav className="collections-nav" aria-label={t('collections.title')}>
      <ul>
        <li>
          <button type="button" className="place-button" aria-current={isCurrent({ kind: 'all' })} onClick={() => onPlace({ kind: 'all' })}>
            {t('library.filter.allArticles')}
          </button>
        </li>
      </ul>
      <h2 className="nav-heading">{t('collections.title')}</h2>
      <ul>
        {collections.map((collection) => (
          <li key={collection.id}>
            {renaming === collection.id ? (
              <form onSubmit={(e) => void submitRename(e)} className="inline-form">
                <input aria-label={t('collections.name')} value={renameValue} autoFocus onChange={(e) => setRenameValue(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)} />
                <button type="submit" className="button small">
                  {t('collections.rename')}
                </button>
              </form>
            ) : (
              <button type="button" className="place-button" aria-current={isCurrent({ kind: 'collection', id: collection.id })} onClick={() => onPlace({ kind: 'collection', id: collection.id })}>
                {collection.name}
              </button>
            )}
          </li>
        ))}
      </ul>
      {creating ? (
        <form onSubmit={(e) => void submitNew(e)} className="inline-form">
          <input aria-label={t('collections.name')} value={newName} autoFocus onChange={(e) => setNewName(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && setCreating(false)} />
          <button type="submit" className="button small">
            {t('collections.create')}
          </button>
        </form>
      ) : (
        <button type="button" className="button small" onClick={() => setCreating(true)}>
          + {t('collections.new')}
        </button>
      )}
      {current && renaming === null && (
        <div className="collection-actions">
          <button
            type="button"
            className="button small"
            onClick={() => {
              setRenaming(current.id);
              setRenameValue(current.name);
            }}
          >
            {t('collections.rename')}
          </button>
          <button type="button" className="button small danger" onClick={() => onDelete(current)}>
            {t('collections.delete')}
          </button>
        </div>
      )}
      <ul className="trash-place">
        <li>
          <button type="button" className="place-button" aria-current={isCurrent({ kind: 'trash' })} onClick={() => onPlace({ kind: 'trash' })}>
            {t('trash.open', { count: trashCount })}
          </button>
        </li>
      </ul>
    </nav>
  );
}
