// The home screen: search, collections, filters and the article list, the Trash; or, for a new
// library, an empty state with the two ways to start.
import { useEffect, useMemo, useRef, useState } from 'react';
import { TAGS, type Collection, type Tag } from '../../core/model';
import { saveImportedArticle } from '../../db/article-repository';
import {
  createCollection,
  deleteCollection,
  emptyTrash,
  listArticleSummaries,
  listCollections,
  listNewestSummaries,
  moveToTrash,
  renameCollection,
  restoreFromTrash,
  setInCollection,
} from '../../db/library-repository';
import { useApp } from '../app-context';
import { navigate } from '../router';
import { isTypingTarget } from '../shell/use-global-shortcuts';
import { useLiveQuery } from '../use-live-query';
import { ArticleList } from './ArticleList';
import { CollectionsNav, type LibraryPlace } from './CollectionsNav';
import { ExportCollectionButton } from '../export/ExportCollectionButton';
import { ImportPackButton } from '../export/ImportPackButton';
import { ConfirmDialog } from './ConfirmDialog';
import { filterSummaries, languagesIn, NO_FILTER, sortSummaries, type LibraryFilter, type SortColumn, type SortDirection } from './library-view';
import { FIRST_SCREEN_ROWS, forgetPrefetchedFirstScreen, prefetchedFirstScreen } from './first-screen-prefetch';
import { buildSampleArticle, SAMPLE_ARTICLES, sampleTitle, type SampleArticle } from './sample-articles';
import { SearchResults } from './SearchResults';
import { storageErrorMessage } from './storage-error-message';
import { useLibrarySearch } from './use-library-search';
import './library.css';

type Confirmation = { title: string; body: string; confirmLabel: string; run: () => Promise<void> };

export function LibraryScreen({ onImport }: { onImport: () => void }) {
  const { db, t, notify, locale } = useApp();
  // The newest few are read first, so a large library paints its first screen without waiting for
  // thousands of rows; the whole list is read once that screen is up and then replaces them.
  // At start-up those rows may already have been read, while the settings were (see main.tsx).
  const [prefetched] = useState(prefetchedFirstScreen);
  const liveNewest = useLiveQuery(() => listNewestSummaries(db, FIRST_SCREEN_ROWS), [db]);
  const newestSummaries = liveNewest ?? prefetched?.summaries;
  const liveCollections = useLiveQuery(() => listCollections(db), [db]);
  const collections = liveCollections ?? prefetched?.collections;
  const [readAll, setReadAll] = useState(false);
  useEffect(() => {
    if (liveNewest !== undefined && liveCollections !== undefined) forgetPrefetchedFirstScreen();
  }, [liveNewest, liveCollections]);
  useEffect(() => {
    if (newestSummaries !== undefined) setReadAll(true);
  }, [newestSummaries]);
  const allSummaries = useLiveQuery(() => (readAll ? listArticleSummaries(db) : undefined), [db, readAll]);
  const partial = allSummaries === undefined;
  const summaries = allSummaries ?? (newestSummaries && newestSummaries.length > 0 ? newestSummaries : undefined);
  const [choosingSample, setChoosingSample] = useState(false);
  const [place, setPlace] = useState<LibraryPlace>({ kind: 'all' });
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const [sort, setSort] = useState<{ column: SortColumn; direction: SortDirection }>({ column: 'importedAt', direction: 'descending' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [query, setQuery] = useState('');
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const failed = (error: unknown) => notify(storageErrorMessage(t, error), 'error');
  const search = useLibrarySearch(db, query, failed);

  useEffect(() => {
    // Bench-only hooks, loaded on demand so they stay out of the normal start-up path.
    if (new URLSearchParams(window.location.search).has('bench')) void import('./library-bench-hook').then((bench) => bench.installLibraryBench(db));
  }, [db]);

  // `/` or Ctrl/Cmd+F focuses the search box while the Library is shown.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const mod = event.ctrlKey || event.metaKey;
      if ((event.key === '/' && !mod && !isTypingTarget(event.target)) || (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'f')) {
        if (!searchBox.current) return;
        event.preventDefault();
        searchBox.current.focus();
        searchBox.current.select();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const dateFormat = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }), [locale]);
  const formatDate = (iso: string) => {
    const date = new Date(iso);
    return iso && !Number.isNaN(date.getTime()) ? dateFormat.format(date) : '';
  };

  const inTrash = place.kind === 'trash';
  const effectiveFilter = useMemo(() => ({ ...filter, collectionId: place.kind === 'collection' ? place.id : '' }), [filter, place]);
  const rows = useMemo(
    () => (summaries ? sortSummaries(filterSummaries(summaries, effectiveFilter, inTrash), sort.column, sort.direction, locale) : []),
    [summaries, effectiveFilter, inTrash, sort, locale],
  );
  const languages = useMemo(() => languagesIn(summaries ?? []), [summaries]);

  async function openSample(sample: SampleArticle) {
    try {
      const { article, original } = await buildSampleArticle(sample);
      const result = await saveImportedArticle(db, article, original);
      navigate({ screen: 'article', articleId: result.articleId });
    } catch (error) {
      failed(error);
    }
  }

  async function attempt(work: () => Promise<void>) {
    try {
      await work();
    } catch (error) {
      failed(error);
    }
  }

  if (summaries === undefined || collections === undefined) return <main className="screen library" aria-busy="true" />;

  const listed = summaries.filter((s) => !s.deletedAt).length;
  const trashCount = summaries.length - listed;
  const isEmpty = summaries.length === 0;
  const currentCollection = place.kind === 'collection' ? collections.find((c) => c.id === place.id) : undefined;
  const selectedIds = rows.filter((row) => selected.has(row.id)).map((row) => row.id);
  const filtered = filter.tag !== '' || filter.language !== '' || filter.hasUnsupported || filter.hasContested;

  const choosePlace = (next: LibraryPlace) => {
    setPlace(next);
    setSelected(new Set());
  };
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const sampleChooser = choosingSample && (
    <section className="sample-chooser" aria-label={t('library.sampleChooser')}>
      <ul>
        {SAMPLE_ARTICLES.map((sample) => (
          <li key={sample.id}>
            <button type="button" className="sample-button" lang={sample.language} onClick={() => void openSample(sample)}>
              {sampleTitle(sample)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );

  if (isEmpty) {
    return (
      <main className="screen library" aria-labelledby="library-heading">
        <header className="screen-header">
          <h1 id="library-heading">{t('library.title')}</h1>
        </header>
        <section className="empty-state" aria-labelledby="empty-heading">
          <h2 id="empty-heading">{t('library.empty.heading')}</h2>
          <p>{t('library.empty.body')}</p>
          <div className="empty-actions">
            <button type="button" className="button primary large" onClick={onImport}>
              {t('library.import')}
            </button>
            <button type="button" className="button large" onClick={() => setChoosingSample((v) => !v)} aria-expanded={choosingSample}>
              {t('library.trySample')}
            </button>
            <ImportPackButton />
          </div>
          <p className="muted">{t('library.empty.dropHint')}</p>
        </section>
        {sampleChooser}
      </main>
    );
  }

  return (
    <main className="screen library library-full" aria-labelledby="library-heading">
      <header className="screen-header library-header">
        <h1 id="library-heading">{t('library.title')}</h1>
        <div className="library-search" role="search">
          <input
            ref={searchBox}
            type="search"
            className="search-input"
            aria-label={t('library.search.label')}
            placeholder={t('library.search.placeholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && query) {
                e.preventDefault();
                setQuery('');
              } else if (e.key === 'Enter' || e.key === 'ArrowDown') {
                const first = document.querySelector<HTMLAnchorElement>('.search-hit-link');
                if (first && e.key === 'Enter') first.click();
                else if (first) {
                  e.preventDefault();
                  first.focus();
                }
              }
            }}
          />
        </div>
        <div className="screen-actions">
          <span className="muted">{partial ? '' : t('library.count', { count: listed })}</span>
          <button type="button" className="button" onClick={() => setChoosingSample((v) => !v)} aria-expanded={choosingSample}>
            {t('library.trySample')}
          </button>
          {place.kind === 'collection' && <ExportCollectionButton collectionId={place.id} />}
          <ImportPackButton />
          <button type="button" className="button primary" onClick={onImport}>
            {t('library.import')}
          </button>
        </div>
      </header>
      {sampleChooser}

      <div className="library-layout">
        <CollectionsNav
          collections={collections}
          place={place}
          trashCount={trashCount}
          onPlace={choosePlace}
          t={t}
          onCreate={async (name) => {
            if (!name.trim()) {
              notify(t('collections.emptyName'), 'error');
              return false;
            }
            try {
              const created = await createCollection(db, name);
              notify(t('collections.created', { name: created.name }), 'success');
              choosePlace({ kind: 'collection', id: created.id });
              return true;
            } catch (error) {
              failed(error);
              return false;
            }
          }}
          onRename={async (id, name) => {
            if (!name.trim()) {
              notify(t('collections.emptyName'), 'error');
              return false;
            }
            try {
              await renameCollection(db, id, name);
              notify(t('collections.renamed', { name: name.trim() }), 'success');
              return true;
            } catch (error) {
              failed(error);
              return false;
            }
          }}
          onDelete={(collection: Collection) =>
            setConfirmation({
              title: t('collections.delete'),
              body: t('collections.deleteConfirm', { name: collection.name }),
              confirmLabel: t('collections.delete'),
              run: async () => {
                await deleteCollection(db, collection.id);
                choosePlace({ kind: 'all' });
                notify(t('collections.deleted', { name: collection.name }), 'success');
              },
            })
          }
        />

        <div className="library-main">
          {search.results ? (
            <SearchResults results={search.results} t={t} busy={search.busy} onShowMore={search.showMore} />
          ) : (
            <>
              {inTrash ? (
                <div className="list-toolbar">
                  <h2 className="list-heading">{t('trash.title')}</h2>
                  <button type="button" className="button" disabled={selectedIds.length === 0} onClick={() => void attempt(async () => {
                    await restoreFromTrash(db, selectedIds);
                    setSelected(new Set());
                    notify(t('trash.restored', { count: selectedIds.length }), 'success');
                  })}>
                    {t('trash.restore')}
                  </button>
                  <button
                    type="button"
                    className="button danger"
                    disabled={trashCount === 0}
                    onClick={() =>
                      setConfirmation({
                        title: t('trash.confirmTitle'),
                        body: t('trash.confirmBody', { count: trashCount }),
                        confirmLabel: t('trash.confirm'),
                        run: async () => {
                          const removed = await emptyTrash(db);
                          setSelected(new Set());
                          notify(t('trash.emptied', { count: removed }), 'success');
                        },
                      })
                    }
                  >
                    {t('trash.emptyTrash')}
                  </button>
                </div>
              ) : (
                <LibraryToolbar
                  filter={filter}
                  setFilter={setFilter}
                  languages={languages}
                  t={t}
                  heading={currentCollection?.name ?? t('library.filter.allArticles')}
                  shown={rows.length}
                  partial={partial}
                  total={place.kind === 'collection' ? summaries.filter((s) => !s.deletedAt && s.collectionIds.includes(place.id)).length : listed}
                  filtered={filtered}
                  selectedCount={selectedIds.length}
                  collections={collections}
                  currentCollection={currentCollection}
                  onTrash={() =>
                    void attempt(async () => {
                      await moveToTrash(db, selectedIds);
                      setSelected(new Set());
                      notify(t('library.movedToTrash', { count: selectedIds.length }), 'success');
                    })
                  }
                  onAddToCollection={(collection) =>
                    void attempt(async () => {
                      await setInCollection(db, selectedIds, collection.id, true);
                      notify(t('library.addedToCollection', { count: selectedIds.length, name: collection.name }), 'success');
                    })
                  }
                  onRemoveFromCollection={(collection) =>
                    void attempt(async () => {
                      await setInCollection(db, selectedIds, collection.id, false);
                      setSelected(new Set());
                      notify(t('library.removedFromCollection', { count: selectedIds.length, name: collection.name }), 'success');
                    })
                  }
                />
              )}
              {rows.length === 0 ? (
                <p className="muted list-empty">{inTrash ? t('trash.empty') : t('library.filter.noMatch')}</p>
              ) : (
                <ArticleList
                  rows={rows}
                  t={t}
                  formatDate={formatDate}
                  sort={sort}
                  onSort={(column) =>
                    setSort((current) => ({
                      column,
                      direction: current.column === column ? (current.direction === 'ascending' ? 'descending' : 'ascending') : column === 'importedAt' || column === 'publishedDate' || column === 'claims' ? 'descending' : 'ascending',
                    }))
                  }
                  selected={selected}
                  onToggle={toggle}
                  showDeletedDate={inTrash}
                  label={inTrash ? t('trash.title') : (currentCollection?.name ?? t('library.title'))}
                />
              )}
            </>
          )}
        </div>
      </div>

      {confirmation && (
        <ConfirmDialog
          title={confirmation.title}
          body={confirmation.body}
          confirmLabel={confirmation.confirmLabel}
          t={t}
          onCancel={() => setConfirmation(null)}
          onConfirm={() => {
            const { run } = confirmation;
            setConfirmation(null);
            void attempt(run);
          }}
        />
      )}
    </main>
  );
}

interface LibraryToolbarProps {
  filter: LibraryFilter;
  setFilter: (filter: LibraryFilter) => void;
  languages: string[];
  t: ReturnType<typeof useApp>['t'];
  heading: string;
  shown: number;
  total: number;
  /** Only the newest rows are read so far: counts would be wrong, so none are shown yet. */
  partial: boolean;
  filtered: boolean;
  selectedCount: number;
  collections: Collection[];
  currentCollection: Collection | undefined;
  onTrash: () => void;
  onAddToCollection: (collection: Collection) => void;
  onRemoveFromCollection: (collection: Collection) => void;
}

function LibraryToolbar({ filter, setFilter, languages, t, heading, shown, total, partial, filtered, selectedCount, collections, currentCollection, onTrash, onAddToCollection, onRemoveFromCollection }: LibraryToolbarProps) {
  const tagLabels: Record<Tag, string> = { opinion: t('library.tag.opinion'), fact: t('library.tag.fact'), unsupported: t('library.tag.unsupported') };
  return (
    <div className="list-toolbar">
      <h2 className="list-heading">{heading}</h2>
      <span className="muted">{partial ? '' : t('library.shown', { shown, count: total })}</span>
      <fieldset className="filters">
        <legend className="visually-hidden">{t('library.filters')}</legend>
        <label>
          {t('library.filter.tag')}{' '}
          <select value={filter.tag} onChange={(e) => setFilter({ ...filter, tag: e.target.value as Tag | '' })}>
            <option value="">{t('library.filter.anyTag')}</option>
            {TAGS.map((tag) => (
              <option key={tag} value={tag}>
                {tagLabels[tag]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('library.filter.language')}{' '}
          <select value={filter.language} onChange={(e) => setFilter({ ...filter, language: e.target.value })}>
            <option value="">{t('library.filter.anyLanguage')}</option>
            {languages.map((language) => (
              <option key={language} value={language}>
                {language}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={filter.hasUnsupported} onChange={(e) => setFilter({ ...filter, hasUnsupported: e.target.checked })} /> {t('library.filter.unsupported')}
        </label>
        <label>
          <input type="checkbox" checked={filter.hasContested} onChange={(e) => setFilter({ ...filter, hasContested: e.target.checked })} /> {t('library.filter.contested')}
        </label>
        {filtered && (
          <button type="button" className="button small" onClick={() => setFilter(NO_FILTER)}>
            {t('library.filter.reset')}
          </button>
        )}
      </fieldset>
      {selectedCount > 0 && (
        <div className="selection-actions" role="group" aria-label={t('library.selected', { count: selectedCount })}>
          <span>{t('library.selected', { count: selectedCount })}</span>
          {collections.length > 0 && (
            <select
              aria-label={t('library.addToCollection')}
              value=""
              onChange={(e) => {
                const collection = collections.find((c) => c.id === e.target.value);
                if (collection) onAddToCollection(collection);
              }}
            >
              <option value="">{t('library.addToCollection')}</option>
              {collections.map((collection) => (
                <option key={collection.id} value={collection.id}>
                  {collection.name}
                </option>
              ))}
            </select>
          )}
          {currentCollection && (
            <button type="button" className="button small" onClick={() => onRemoveFromCollection(currentCollection)}>
              {t('library.removeFromCollection')}
            </button>
          )}
          <button type="button" className="button small danger" onClick={onTrash}>
            {t('library.moveToTrash')}
          </button>
        </div>
      )}
    </div>
  );
}
