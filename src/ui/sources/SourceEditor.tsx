// Editing a source in the Sources screen; what is typed is kept as a draft until saved or cancelled.
import { useId, useState, type FormEvent } from 'react';
import type { Source } from '../../core/model';
import { updateSource } from '../../db/source-repository';
import { useApp } from '../app-context';
import { checkSourceDraft, cleanSourceDraft, draftOfSource, type SourceFieldErrors } from './source-form-state';
import { SourceFields } from './SourceFields';
import { sourceTitle } from './SourceSummary';
import { useFormDraft } from './use-form-draft';

export function editSourceDraftKey(sourceId: string): string {
  return `edit-source:${sourceId}`;
}

export function SourceEditor({ source, onClose }: { source: Source; onClose: () => void }) {
  const { db, t, notify } = useApp();
  const prefix = useId();
  const draft = useFormDraft(editSourceDraftKey(source.id), () => draftOfSource(source));
  const [errors, setErrors] = useState<SourceFieldErrors>({});
  const [formError, setFormError] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkSourceDraft(draft.value);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFormError(t('sources.form.errors'));
      return;
    }
    try {
      const result = await updateSource(db, source.id, cleanSourceDraft(draft.value));
      if (result.status === 'duplicate') {
        setFormError(t('sources.screen.duplicateUrl', { title: sourceTitle(result.existing, t('sources.untitled')) }));
        return;
      }
      draft.clear();
      notify(t('sources.screen.saved', { title: sourceTitle(result.source, t('sources.untitled')) }), 'success');
      onClose();
    } catch (error) {
      setFormError(t('error.generic', { message: (error as Error).message }));
    }
  }

  return (
    <form className="source-editor" aria-label={t('sources.screen.editNamed', { title: sourceTitle(source, t('sources.untitled')) })} onSubmit={(event) => void submit(event)} noValidate>
      {draft.restored && <p className="notice">{t('sources.form.draftRestored')}</p>}
      <SourceFields idPrefix={prefix} value={draft.value} errors={errors} onChange={(change) => draft.update((current) => ({ ...current, ...change }))} />
      {formError && (
        <p className="field-error" role="alert">
          {formError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary">
          {t('sources.save')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            draft.clear();
            onClose();
          }}
        >
          {t('sources.cancel')}
        </button>
      </div>
    </form>
  );
}
