// Settings › Backup: save the whole library to one file, or restore one (merge, or replace after a
// confirmation). A file that is not a complete backup is refused before the library is touched.
import { useState } from 'react';
import { backupFileName, type Backup } from '../../db/backup-format';
import { createBackup, restoreBackup } from '../../db/backup-library';
import { parseBackup, type BackupRefusal } from '../../db/backup-parse';
import { useApp, type Translate } from '../app-context';
import { ConfirmDialog } from '../library/ConfirmDialog';
import { storageErrorMessage } from '../library/storage-error-message';

function refusalMessage(t: Translate, refusal: BackupRefusal): string {
  switch (refusal.reason) {
    case 'not-json':
      return t('backup.refused.notJson');
    case 'not-backup':
      return t('backup.refused.notBackup');
    case 'newer-schema':
      return t('backup.refused.newer', { version: refusal.schemaVersion });
    case 'damaged':
      return t('backup.refused.damaged', { detail: refusal.detail });
  }
}

export function BackupSection() {
  const { db, host, t, notify, locale } = useApp();
  const [progress, setProgress] = useState<{ label: string; done: number; total: number } | null>(null);
  const [pending, setPending] = useState<Backup | null>(null);
  const [refusal, setRefusal] = useState('');
  const [confirmReplace, setConfirmReplace] = useState(false);

  async function backUp() {
    setRefusal('');
    setProgress({ label: t('backup.creating'), done: 0, total: 1 });
    try {
      const info = await host.appInfo();
      const { bytes, backup } = await createBackup(db, { appVersion: info.version, onProgress: (done, total) => setProgress({ label: t('backup.creating'), done, total }) });
      const result = await host.saveFile({ suggestedName: backupFileName(new Date()), bytes, filters: [{ name: t('backup.fileFilter'), extensions: ['json'] }] });
      if (result.saved) notify(t('backup.saved', { articles: backup.counts.articles, location: result.location }), 'success');
    } catch (error) {
      notify(storageErrorMessage(t, error), 'error');
    } finally {
      setProgress(null);
    }
  }

  async function chooseFile() {
    setRefusal('');
    setPending(null);
    const [file] = await host.openFiles({ multiple: false, filters: [{ name: t('backup.fileFilter'), extensions: ['json'] }] });
    if (!file) return;
    const parsed = parseBackup(file.bytes);
    if (parsed.ok) setPending(parsed.backup);
    else setRefusal(refusalMessage(t, parsed));
  }

  async function restore(mode: 'merge' | 'replace') {
    if (!pending) return;
    setProgress({ label: t('backup.restoring'), done: 0, total: 1 });
    try {
      const outcome = await restoreBackup(db, pending, mode, (done, total) => setProgress({ label: t('backup.restoring'), done, total }));
      notify(t('backup.restored', { articles: outcome.added.articles, claims: outcome.added.claims, sources: outcome.added.sources, skipped: outcome.skipped }), 'success');
      setPending(null);
    } catch (error) {
      notify(storageErrorMessage(t, error), 'error');
    } finally {
      setProgress(null);
    }
  }

  const created = pending ? new Date(pending.createdAt) : null;
  return (
    <section className="backup-section" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backup.title')}</h2>
      <p className="help">{t('backup.help')}</p>
      <div className="backup-actions">
        <button type="button" className="button" disabled={progress !== null} onClick={() => void backUp()}>
          {t('backup.create')}
        </button>
        <button type="button" className="button" disabled={progress !== null} onClick={() => void chooseFile()}>
          {t('backup.restore')}
        </button>
      </div>
      {progress && (
        <p>
          <label>
            {progress.label}
            <br />
            <progress max={progress.total || 1} value={progress.done} />
          </label>
        </p>
      )}
      <p className="field-error" role={refusal ? 'alert' : undefined}>
        {refusal}
      </p>
      {pending && created && (
        <div className="backup-preview">
          <p>
            {t('backup.summary', {
              date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(created),
              version: pending.appVersion,
              articles: pending.counts.articles,
              claims: pending.counts.claims,
              sources: pending.counts.sources,
              collections: pending.counts.collections,
            })}
          </p>
          <div className="backup-actions">
            <button type="button" className="button primary" disabled={progress !== null} onClick={() => void restore('merge')}>
              {t('backup.merge')}
            </button>
            <button type="button" className="button danger" disabled={progress !== null} onClick={() => setConfirmReplace(true)}>
              {t('backup.replace')}
            </button>
            <button type="button" className="button" onClick={() => setPending(null)}>
              {t('dialog.cancel')}
            </button>
          </div>
          <p className="help">{t('backup.mergeHelp')}</p>
        </div>
      )}
      {confirmReplace && (
        <ConfirmDialog
          title={t('backup.replace')}
          body={t('backup.replaceConfirm')}
          confirmLabel={t('backup.replaceYes')}
          t={t}
          onCancel={() => setConfirmReplace(false)}
          onConfirm={() => {
            setConfirmReplace(false);
            void restore('replace');
          }}
        />
      )}
    </section>
  );
}
