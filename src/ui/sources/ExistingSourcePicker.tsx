// Choosing a source already in the library, by searching what the user remembers of it.
import { useState } from 'react';
import { useApp } from '../app-context';
import { useLiveQuery } from '../use-live-query';
import { sourceMatches } from './source-search';

const SHOWN = 50;

export function ExistingSourcePicker({ idPrefix, selectedId, onSelect }: { idPrefix: string; selectedId: string; onSelect: (id: string) => void }) {
  const { db, t } = useApp();
  const [query, setQuery] = useState('');
  const sources = useLiveQuery(() => db.sources.toArray(), [db]);
  const matches = (sources ?? []).filter((source) => sourceMatches(source, query)).sort((a, b) => (a.title || a.url).localeCompare(b.title || b.url));

  return (
    <div className="existing-picker">
      <div className="field">
        <label htmlFor={`${idPrefix}-search`}>{t('sources.form.search')}</label>
        <input id={`${idPrefix}-search`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <fieldset className="existing-list">
        <legend>{t('sources.form.pick')}</legend>
        {sources && sources.length === 0 && <p className="muted">{t('sources.form.search.none')}</p>}
        {sources && sources.length > 0 && matches.length === 0 && <p className="muted">{t('sources.form.search.empty', { query })}</p>}
        <ul>
          {matches.slice(0, SHOWN).map((source) => (
            <li key={source.id}>
              <label>
                <input type="radio" name={`${idPrefix}-source`} value={source.id} checked={selectedId === source.id} onChange={() => onSelect(source.id)} />
                <span className="existing-title">{source.title || source.url || t('sources.untitled')}</span>
                <span className="muted existing-meta">{[source.publisher, source.publishedDate].filter(Boolean).join(' · ')}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}
