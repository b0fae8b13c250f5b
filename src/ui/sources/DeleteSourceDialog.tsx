// Asks before deleting a source and says which claims lose it.
import { useState } from 'react';
import { deleteSource, type SourceWithUses } from '../../db/source-repository';
import { useApp } from '../app-context';
import { Dialog } from '../shell/Dialog';
import { countText } from './count-text';
import { SourceUsesList } from './SourceUsesList';
import { sourceTitle } from './SourceSummary';

export function DeleteSourceDialog({ entry, onClose }: { entry: SourceWithUses; onClose: () => void }) {
  const { db, t, notify } = useApp();
  const [busy, setBusy] = useState(false);
  const title = sourceTitle(entry.source, t('sources.untitled'));

  async function confirm() {
    setBusy(true);
    try {
      const lost = await deleteSource(db, entry.source.id);
      notify(countText(t, 'sources.delete.done', lost.length, { title }), 'success');
      onClose();
    } catch (error) {
      notify(t('error.generic', { message: (error as Error).message }), 'error');
      setBusy(false);
    }
  }

  return (
    <Dialog title={t('sources.delete.title')} onClose={onClose} closeLabel={t('dialog.close')}>
      <p>{t('sources.delete.question', { title })}</p>
      {entry.uses.length === 0 ? (
        <p className="muted">{t('sources.delete.unused')}</p>
      ) : (
        <>
          <p>{t('sources.delete.inUse')}</p>
          <SourceUsesList uses={entry.uses} />
        </>
      )}
      <div className="form-actions dialog-actions">
        <button type="button" className="button danger-solid" onClick={() => void confirm()} disabled={busy}>
          {t('sources.delete.confirm')}
        </button>
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('dialog.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
