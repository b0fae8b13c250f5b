// Merging a duplicate source into the one to keep: choose the kept source, read what will happen,
// then merge (one transaction in the repository).
import { useId, useState } from 'react';
import type { Source } from '../../core/model';
import { mergeSources, planMerge } from '../../db/source-repository';
import { useApp } from '../app-context';
import { Dialog } from '../shell/Dialog';
import { countText } from './count-text';
import { useLiveQuery } from '../use-live-query';
import { sourceTitle } from './SourceSummary';

const FIELD_LABELS = {
  url: 'sources.form.url',
  title: 'sources.form.sourceTitle',
  publisher: 'sources.form.publisher',
  author: 'sources.form.author',
  publishedDate: 'sources.form.publishedDate',
  excerpt: 'sources.form.excerpt',
  reliabilityReason: 'sources.form.reliabilityReason',
  note: 'sources.form.note',
  archivedText: 'sources.archived',
} as const;

/** Title, publisher and date: enough to tell two sources with one title apart. */
function sourceLabel(source: Source, untitled: string): string {
  return [sourceTitle(source, untitled), source.publisher, source.publishedDate, source.url].filter(Boolean).join(' · ');
}

export function MergeSourcesDialog({
  duplicate,
  candidates,
  initialKeptId,
  onClose,
}: {
  duplicate: Source;
  candidates: Source[];
  initialKeptId?: string;
  onClose: () => void;
}) {
  const { db, t, notify } = useApp();
  const id = useId();
  const others = candidates.filter((source) => source.id !== duplicate.id);
  const [keptId, setKeptId] = useState(initialKeptId ?? '');
  const [busy, setBusy] = useState(false);
  const plan = useLiveQuery(async () => (keptId ? planMerge(db, keptId, duplicate.id).catch(() => null) : null), [db, keptId, duplicate.id]);
  const untitled = t('sources.untitled');

  async function merge() {
    if (!plan) return;
    setBusy(true);
    try {
      await mergeSources(db, plan.kept.id, plan.duplicate.id);
      notify(t('sources.merge.done', { duplicate: sourceTitle(plan.duplicate, untitled), kept: sourceTitle(plan.kept, untitled) }), 'success');
      onClose();
    } catch (error) {
      notify(t('error.generic', { message: (error as Error).message }), 'error');
      setBusy(false);
    }
  }

  return (
    <Dialog title={t('sources.merge.title')} onClose={onClose} closeLabel={t('dialog.close')}>
      <dl className="merge-pair">
        <dt>{t('sources.merge.duplicate')}</dt>
        <dd>{sourceLabel(duplicate, untitled)}</dd>
      </dl>
      <div className="field">
        <label htmlFor={`${id}-kept`}>{t('sources.merge.choose')}</label>
        <select id={`${id}-kept`} value={keptId} onChange={(e) => setKeptId(e.target.value)}>
          <option value="">—</option>
          {others.map((source) => (
            <option key={source.id} value={source.id}>
              {sourceLabel(source, untitled)}
            </option>
          ))}
        </select>
      </div>
      {plan && (
        <section className="merge-plan" aria-labelledby={`${id}-plan`} aria-live="polite">
          <h3 id={`${id}-plan`}>{t('sources.merge.plan')}</h3>
          <ul>
            <li>{countText(t, 'sources.merge.moves', plan.moved.length, { title: sourceTitle(plan.kept, untitled) })}</li>
            {plan.dropped.length > 0 && <li>{countText(t, 'sources.merge.drops', plan.dropped.length, { title: sourceTitle(plan.kept, untitled) })}</li>}
            {plan.filledFields.length > 0 && (
              <li>{t('sources.merge.fills', { fields: plan.filledFields.map((field) => t(FIELD_LABELS[field])).join(t('sources.listSeparator')) })}</li>
            )}
            <li>{t('sources.merge.deletes', { title: sourceTitle(plan.duplicate, untitled) })}</li>
          </ul>
        </section>
      )}
      <div className="form-actions dialog-actions">
        <button type="button" className="button primary" onClick={() => void merge()} disabled={!plan || busy}>
          {t('sources.merge.confirm')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('dialog.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
