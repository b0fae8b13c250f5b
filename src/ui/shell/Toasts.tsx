// Short confirmations and errors, announced to screen readers and dismissable.
import type { ToastKind, Translate } from '../app-context';

export interface Toast {
  id: number;
  message: string;
  kind: ToastKind;
}

export function Toasts({ toasts, onDismiss, t }: { toasts: Toast[]; onDismiss: (id: number) => void; t: Translate }) {
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.kind}`}>
          <span>{toast.message}</span>
          <button type="button" className="icon-button" aria-label={t('toast.dismiss')} onClick={() => onDismiss(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
