// A yes/no question before something that cannot be undone; the safe answer has the focus.
import { useEffect, useRef } from 'react';
import type { Translate } from '../app-context';
import { Dialog } from '../shell/Dialog';

export function ConfirmDialog({ title, body, confirmLabel, onConfirm, onCancel, t }: { title: string; body: string; confirmLabel: string; onConfirm: () => void; onCancel: () => void; t: Translate }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <Dialog title={title} onClose={onCancel} closeLabel={t('dialog.close')}>
      <p>{body}</p>
      <div className="dialog-actions">
        <button type="button" className="button" ref={cancel} onClick={onCancel}>
          {t('dialog.cancel')}
        </button>
        <button type="button" className="button danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
