// One source on a claim: its summary, the stance (saved as soon as it changes), the quote, and removal.
import { useId, useState } from 'react';
import { STANCES, type ClaimSource, type Source, type Stance } from '../../core/model';
import { updateLink } from '../../db/source-repository';
import { useApp } from '../app-context';
import { sourceTitle, SourceSummary } from './SourceSummary';

export function LinkedSourceItem({
  link,
  source,
  onRemove,
  onSaved,
}: {
  link: ClaimSource;
  source: Source;
  onRemove: (link: ClaimSource, source: Source) => void;
  onSaved: (message: string) => void;
}) {
  const { db, t, notify } = useApp();
  const id = useId();
  const [editingQuote, setEditingQuote] = useState(false);
  const [quote, setQuote] = useState(link.quote);
  const title = sourceTitle(source, t('sources.untitled'));

  async function save(changes: { stance?: Stance; quote?: string }, message: string) {
    try {
      await updateLink(db, link.id, changes);
      onSaved(message);
    } catch (error) {
      notify(t('error.generic', { message: (error as Error).message }), 'error');
    }
  }

  return (
    <li className={`linked-source stance-${link.stance}`} data-stance={link.stance}>
      <SourceSummary source={source} />
      <div className="linked-source-controls">
        <label htmlFor={`${id}-stance`} className="visually-hidden">
          {t('sources.stanceFor', { title })}
        </label>
        <select
          id={`${id}-stance`}
          className={`stance-select stance-${link.stance}`}
          value={link.stance}
          onChange={(e) => {
            const stance = e.target.value as Stance;
            void save({ stance }, t('sources.stanceSaved', { stance: t(`sources.stance.${stance}`) }));
          }}
        >
          {STANCES.map((stance) => (
            <option key={stance} value={stance}>
              {t(`sources.stance.${stance}`)}
            </option>
          ))}
        </select>
        {!editingQuote && (
          <button
            type="button"
            className="button small"
            onClick={() => {
              setQuote(link.quote);
              setEditingQuote(true);
            }}
          >
            {link.quote ? t('sources.quote.edit') : t('sources.quote.add')}
          </button>
        )}
        <button type="button" className="button small danger" aria-label={t('sources.removeNamed', { title })} onClick={() => onRemove(link, source)}>
          {t('sources.remove')}
        </button>
      </div>
      {editingQuote ? (
        <form
          className="quote-editor"
          onSubmit={(event) => {
            event.preventDefault();
            setEditingQuote(false);
            void save({ quote }, t('sources.quoteSaved'));
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              setEditingQuote(false);
            }
          }}
        >
          <label htmlFor={`${id}-quote`}>{t('sources.quote')}</label>
          <textarea id={`${id}-quote`} rows={2} value={quote} autoFocus onChange={(e) => setQuote(e.target.value)} />
          <div className="form-actions">
            <button type="submit" className="button small primary">
              {t('sources.save')}
            </button>
            <button type="button" className="button small" onClick={() => setEditingQuote(false)}>
              {t('sources.cancel')}
            </button>
          </div>
        </form>
      ) : (
        link.quote && <blockquote className="link-quote">{link.quote}</blockquote>
      )}
    </li>
  );
}
