// The cleanup preview: the article as it will be stored, removed parts greyed with their reason,
// editable details, and Save / Cancel (plus Skip and Save all when several files are queued). When the
// library already holds the same text it offers to open it; another version, to update it.
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { importWarningText } from '../../i18n/import-notice-text';
import { useApp } from '../app-context';
import { keptCount, type ImportDraft } from './import-draft';
import { MetadataForm } from './MetadataForm';
import { metadataProblems, type MetadataFieldName } from './metadata-fields';
import { PreviewBlock } from './PreviewBlock';
import { useLibraryMatches } from './use-library-matches';

export type SaveMode = { kind: 'new' } | { kind: 'update'; articleId: string };

export interface CleanupPreviewProps {
  draft: ImportDraft;
  /** 1-based place of this draft in the queue, and the queue's length. */
  position: { index: number; total: number };
  busy: boolean;
  /** Progress of files still being read, shown inside the preview while it is open. */
  progress: ReactNode;
  onToggleBlock(index: number): void;
  onFieldChange(name: MetadataFieldName, value: string): void;
  onSave(mode: SaveMode): void;
  onOpenExisting(articleId: string, title: string): void;
  onSkip(): void;
  onSaveAll(): void;
  onCancel(): void;
}

export function CleanupPreview({ draft, position, busy, progress, onToggleBlock, onFieldChange, onSave, onOpenExisting, onSkip, onSaveAll, onCancel }: CleanupPreviewProps) {
  const { db, t, locale } = useApp();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const matches = useLibraryMatches(db, draft);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  // Each new draft starts at the top, with focus on its heading so screen readers announce it.
  useEffect(() => {
    headingRef.current?.focus();
    dialogRef.current?.querySelector('.preview-scroll')?.scrollTo({ top: 0 });
  }, [draft.key]);

  const problems = useMemo(() => metadataProblems(draft.fields), [draft.fields]);
  const kept = keptCount(draft);
  const removed = draft.kept.length - kept;
  const invalid = Object.keys(problems).length > 0 || kept === 0;
  const same = matches?.sameContent;
  const similar = same ? undefined : matches?.similar[0];
  const language = draft.extraction.metadata.language;
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });

  return (
    <dialog
      ref={dialogRef}
      className="cleanup-preview"
      aria-labelledby="cleanup-preview-heading"
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
      onKeyDown={(event) => {
        // Ctrl/Cmd+Enter presses the primary action, so keyboard users need not Tab past every block.
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          dialogRef.current?.querySelector<HTMLButtonElement>('.button.primary:not(:disabled)')?.click();
        }
      }}
    >
      <header className="preview-header">
        <div>
          <h2 id="cleanup-preview-heading" ref={headingRef} tabIndex={-1}>
            {t('preview.title')}
            {position.total > 1 && <span className="queue-position"> · {t('preview.queuePosition', { index: position.index, total: position.total })}</span>}
          </h2>
          <p className="muted preview-file">{t('preview.fromFile', { name: draft.file.name })}</p>
        </div>
        {progress}
      </header>

      <div className="preview-scroll">
        <MetadataForm fields={draft.fields} problems={problems} language={language} t={t} onChange={onFieldChange} />

        {draft.extraction.warnings.length > 0 && (
          <section className="preview-warnings" aria-label={t('preview.warnings')}>
            <ul>
              {draft.extraction.warnings.map((warning, index) => (
                <li key={index}>{importWarningText(t, warning)}</li>
              ))}
            </ul>
          </section>
        )}

        <section className="preview-body" aria-labelledby="preview-blocks-heading">
          <h3 id="preview-blocks-heading">{t('preview.blocks')}</h3>
          <p className="muted">{t('preview.summary', { kept, removed })}</p>
          <ol className="preview-blocks" lang={language || undefined}>
            {draft.extraction.candidates.map((candidate, index) => (
              <PreviewBlock key={index} index={index} block={candidate.block} kept={draft.kept[index]} extractedReason={candidate.removed} t={t} onToggle={onToggleBlock} />
            ))}
          </ol>
        </section>
      </div>

      <footer className="preview-footer">
        <div className="preview-notices" aria-live="polite">
          {same && (
            <p className="notice">
              {t('preview.same', { title: same.title })}{' '}
              <button type="button" className="button primary" disabled={busy} onClick={() => onOpenExisting(same.id, same.title)}>
                {t('preview.openExisting')}
              </button>
            </p>
          )}
          {similar && (
            <p className="notice">{t(`preview.similar.${similar.why}`, { title: similar.title, date: dateFormat.format(new Date(similar.importedAt)) })}</p>
          )}
          {kept === 0 && <p className="field-error">{t('preview.error.noBlocks')}</p>}
          {kept > 0 && invalid && <p className="field-error">{t('preview.fixErrors')}</p>}
        </div>
        <div className="preview-actions">
          <button type="button" className="button" disabled={busy} onClick={onCancel}>
            {t('preview.cancel')}
          </button>
          {position.total > 1 && (
            <>
              <button type="button" className="button" disabled={busy} onClick={onSkip}>
                {t('preview.skip')}
              </button>
              <button type="button" className="button" disabled={busy || invalid} onClick={onSaveAll}>
                {t('preview.saveAll')}
              </button>
            </>
          )}
          {similar ? (
            <>
              <button type="button" className="button" disabled={busy || invalid} onClick={() => onSave({ kind: 'new' })}>
                {t('preview.saveAsNew')}
              </button>
              <button type="button" className="button primary" aria-keyshortcuts="Control+Enter Meta+Enter" disabled={busy || invalid} onClick={() => onSave({ kind: 'update', articleId: similar.id })}>
                {t('preview.update')}
              </button>
            </>
          ) : (
            !same && (
              <button type="button" className="button primary" aria-keyshortcuts="Control+Enter Meta+Enter" disabled={busy || invalid} onClick={() => onSave({ kind: 'new' })}>
                {busy ? t('preview.saving') : t('preview.save')}
              </button>
            )
          )}
        </div>
      </footer>
    </dialog>
  );
}
