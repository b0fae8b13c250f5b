// "Add source" for one claim: paste a link or a citation (fetched and filled in on the desktop),
// or pick a source already in the library; then the stance and an optional quote.
import { useId, useRef, useState, type FormEvent } from 'react';
import { parseCitation } from '../../core/citation';
import { STANCES, type Stance } from '../../core/model';
import { checkSourceUrl, normalizeSourceUrl } from '../../core/source-url';
import { addSourceToClaim, linkSource, type SourceDraft } from '../../db/source-repository';
import { fetchProblemText } from '../../i18n/import-notice-text';
import { useApp } from '../app-context';
import { useLiveQuery } from '../use-live-query';
import { ExistingSourcePicker } from './ExistingSourcePicker';
import type { PageDetails } from './page-details';
import { checkSourceDraft, cleanSourceDraft, emptySourceDraft, withCitation, type SourceFieldErrors } from './source-form-state';
import { SourceFields } from './SourceFields';
import { sourceUrlProblemMessage } from './source-url-message';
import { useFormDraft } from './use-form-draft';
import './sources.css';

interface AddSourceDraft {
  mode: 'new' | 'existing';
  pasted: string;
  source: SourceDraft;
  keepCopy: boolean;
  existingId: string;
  stance: Stance;
  quote: string;
}

function emptyDraft(): AddSourceDraft {
  return { mode: 'new', pasted: '', source: emptySourceDraft(), keepCopy: false, existingId: '', stance: 'supports', quote: '' };
}

export function addSourceDraftKey(claimId: string): string {
  return `add-source:${claimId}`;
}

/** A single token with a scheme (`javascript:…`, `https://…`) is meant as a link, not a citation. */
function looksLikeLink(text: string): boolean {
  return !/\s/.test(text) && (/^[a-z][a-z0-9+.-]*:/i.test(text) || /^www\./i.test(text));
}

function withPage(source: SourceDraft, page: PageDetails): SourceDraft {
  return {
    ...source,
    title: page.title || source.title,
    publisher: page.publisher || source.publisher,
    author: page.author || source.author,
    publishedDate: page.publishedDate || source.publishedDate,
    archivedText: page.archivedText || source.archivedText,
  };
}

export function AddSourceForm({ claimId, onClose }: { claimId: string; onClose: () => void }) {
  const { db, host, t, notify } = useApp();
  const draft = useFormDraft(addSourceDraftKey(claimId), emptyDraft);
  const form = draft.value;
  const prefix = useId();
  const [pasteMessage, setPasteMessage] = useState<{ text: string; kind: 'error' | 'info' } | null>(null);
  const [fetching, setFetching] = useState(false);
  const [errors, setErrors] = useState<SourceFieldErrors>({});
  const [formError, setFormError] = useState('');
  const [saving, setSaving] = useState(false);
  /** The pasted text last read, so leaving the box unchanged does not read it again. */
  const lastRead = useRef('');

  const normalizedUrl = form.mode === 'new' ? normalizeSourceUrl(form.source.url) : '';
  const existingMatch = useLiveQuery(
    async () => (normalizedUrl ? ((await db.sources.where('normalizedUrl').equals(normalizedUrl).first()) ?? null) : null),
    [db, normalizedUrl],
  );

  const setSource = (change: Partial<SourceDraft>) => draft.update((current) => ({ ...current, source: { ...current.source, ...change } }));

  async function fetchPage(url: string, keepCopy: boolean): Promise<PageDetails | null> {
    setFetching(true);
    try {
      // The page reader (Readability and the sanitiser) loads only when a page is actually fetched.
      const [{ pageDetailsFromFetch }, { browserHtmlParser }] = await Promise.all([import('./page-details'), import('../../import/html-parser')]);
      const result = pageDetailsFromFetch(await host.fetchUrl(url), browserHtmlParser, keepCopy);
      if (result.ok) return result.details;
      setPasteMessage({
        kind: 'error',
        text:
          result.problem.kind === 'not-html'
            ? t('sources.error.fetch.notHtml', { type: result.problem.contentType })
            : t('sources.error.fetch.failed', { message: fetchProblemText(t, result.problem.problem) }),
      });
      return null;
    } finally {
      setFetching(false);
    }
  }

  async function fillFromPasted() {
    const text = form.pasted.trim();
    lastRead.current = text;
    setPasteMessage(null);
    if (!text) return;
    if (looksLikeLink(text)) {
      const check = checkSourceUrl(text);
      if (!check.ok) {
        // Refused links change nothing in the form; the message (an alert) says what is wrong.
        setPasteMessage({ kind: 'error', text: sourceUrlProblemMessage(t, check.problem) });
        return;
      }
      setSource({ url: check.url });
      if (!host.canFetchUrls) return;
      const page = await fetchPage(check.url, form.keepCopy);
      if (page) {
        draft.update((current) => ({ ...current, source: withPage(current.source, page) }));
        setPasteMessage({ kind: 'info', text: t('sources.form.fetched') });
      }
      return;
    }
    const parsed = parseCitation(text);
    const urlCheck = parsed.url ? checkSourceUrl(parsed.url) : null;
    if (urlCheck && !urlCheck.ok) parsed.url = '';
    draft.update((current) => ({ ...current, source: withCitation(current.source, { ...parsed, url: urlCheck?.ok ? urlCheck.url : '' }) }));
    setPasteMessage({ kind: 'info', text: t('sources.form.parsed') });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError('');
    if (form.mode === 'existing') {
      if (!form.existingId) {
        setFormError(t('sources.error.pickSource'));
        return;
      }
      await save(async () => {
        const result = await linkSource(db, claimId, form.existingId, form.stance, form.quote);
        const source = await db.sources.get(form.existingId);
        return t(result.alreadyLinked ? 'sources.form.alreadyLinked' : 'sources.form.reused', { title: source?.title || source?.url || '' });
      });
      return;
    }
    const found = existingMatch ? {} : checkSourceDraft(form.source);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFormError(t('sources.form.errors'));
      return;
    }
    let source = cleanSourceDraft(form.source);
    // The copy is fetched before the write: no network wait may sit inside a database transaction.
    if (!existingMatch && form.keepCopy && !source.archivedText && source.url && host.canFetchUrls) {
      const page = await fetchPage(source.url, true);
      if (page) source = { ...source, archivedText: page.archivedText };
    }
    await save(async () => {
      const result = await addSourceToClaim(db, claimId, source, form.stance, form.quote);
      const title = result.source.title || result.source.url;
      if (result.alreadyLinked) return t('sources.form.alreadyLinked', { title });
      return t(result.reused ? 'sources.form.reused' : 'sources.form.added', { title });
    });
  }

  async function save(write: () => Promise<string>) {
    setSaving(true);
    try {
      const message = await write();
      draft.clear();
      notify(message, 'success');
      onClose();
    } catch (error) {
      setFormError(t('error.generic', { message: (error as Error).message }));
    } finally {
      setSaving(false);
    }
  }

  function discard() {
    draft.clear();
    onClose();
  }

  const id = (name: string) => `${prefix}-${name}`;

  return (
    <form className="add-source-form" aria-labelledby={id('title')} onSubmit={(event) => void submit(event)} noValidate>
      <h4 id={id('title')}>{t('sources.form.title')}</h4>
      {draft.restored && <p className="notice">{t('sources.form.draftRestored')}</p>}

      <fieldset className="segmented">
        <legend className="visually-hidden">{t('sources.form.mode')}</legend>
        {(['new', 'existing'] as const).map((mode) => (
          <label key={mode} className={form.mode === mode ? 'selected' : undefined}>
            <input type="radio" name={id('mode')} value={mode} checked={form.mode === mode} onChange={() => draft.update((current) => ({ ...current, mode }))} />
            {t(mode === 'new' ? 'sources.form.mode.new' : 'sources.form.mode.existing')}
          </label>
        ))}
      </fieldset>

      {form.mode === 'new' ? (
        <>
          <div className="field">
            <label htmlFor={id('pasted')}>{t('sources.form.paste')}</label>
            <textarea
              id={id('pasted')}
              rows={2}
              value={form.pasted}
              aria-describedby={`${id('pasted-help')} ${pasteMessage ? id('pasted-message') : ''}`.trim()}
              aria-invalid={pasteMessage?.kind === 'error' ? true : undefined}
              onChange={(e) => draft.update((current) => ({ ...current, pasted: e.target.value }))}
              onBlur={() => {
                // Leaving the box with nothing filled in yet reads it, so no extra click is needed.
                if (!form.source.url && !form.source.title && !fetching && form.pasted.trim() !== lastRead.current) void fillFromPasted();
              }}
            />
            <p id={id('pasted-help')} className="help">
              {t('sources.form.paste.help')}
            </p>
            {!host.canFetchUrls && <p className="help web-host-note">{t('sources.form.webHost')}</p>}
            {pasteMessage && (
              <p id={id('pasted-message')} className={pasteMessage.kind === 'error' ? 'field-error' : 'notice'} role={pasteMessage.kind === 'error' ? 'alert' : 'status'}>
                {pasteMessage.text}
              </p>
            )}
            <div className="form-actions">
              <button type="button" className="button" onClick={() => void fillFromPasted()} disabled={fetching} aria-busy={fetching || undefined}>
                {fetching ? t('sources.form.fetching') : t('sources.form.fill')}
              </button>
            </div>
            {fetching && (
              <p role="status" className="muted">
                <progress aria-label={t('sources.form.fetching')} /> {t('sources.form.fetching')}
              </p>
            )}
          </div>

          {host.canFetchUrls && (
            <div className="field checkbox-field">
              <label>
                <input type="checkbox" checked={form.keepCopy} onChange={(e) => draft.update((current) => ({ ...current, keepCopy: e.target.checked }))} aria-describedby={id('keep-help')} />
                {t('sources.form.keepCopy')}
              </label>
              <p id={id('keep-help')} className="help">
                {t('sources.form.keepCopy.help')}
              </p>
            </div>
          )}

          {existingMatch && (
            <p className="notice" role="status">
              {t('sources.form.existingMatch', { title: existingMatch.title || existingMatch.url })}
            </p>
          )}
          <fieldset className="source-details">
            <legend>{t('sources.form.details')}</legend>
            <SourceFields idPrefix={id('source')} value={form.source} errors={errors} onChange={setSource} />
          </fieldset>
        </>
      ) : (
        <ExistingSourcePicker idPrefix={id('existing')} selectedId={form.existingId} onSelect={(existingId) => draft.update((current) => ({ ...current, existingId }))} />
      )}

      <fieldset className="link-fields">
        <legend>{t('sources.form.linkToClaim')}</legend>
        <div className="field">
          <label htmlFor={id('stance')}>{t('sources.stance')}</label>
          <select id={id('stance')} value={form.stance} onChange={(e) => draft.update((current) => ({ ...current, stance: e.target.value as Stance }))}>
            {STANCES.map((stance) => (
              <option key={stance} value={stance}>
                {t(`sources.stance.${stance}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('quote')}>{t('sources.quote')}</label>
          <textarea id={id('quote')} rows={2} value={form.quote} onChange={(e) => draft.update((current) => ({ ...current, quote: e.target.value }))} />
        </div>
      </fieldset>

      {formError && (
        <p className="field-error" role="alert">
          {formError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={saving || fetching}>
          {t('sources.form.submit')}
        </button>
        <button type="button" className="button" onClick={discard}>
          {t('sources.form.discard')}
        </button>
      </div>
    </form>
  );
}
