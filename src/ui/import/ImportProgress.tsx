// Progress of reading imported files, with a way to stop: the file being read is abandoned and
// nothing from the batch is kept.
import type { Translate } from '../app-context';

export function ImportProgress({ done, total, current, t, onCancel }: { done: number; total: number; current: string; t: Translate; onCancel: () => void }) {
  return (
    <div className="import-progress" role="region" aria-label={t('import.progressLabel')}>
      <label>
        <span className="import-progress-text">{t('import.progress', { done, total, name: current })}</span>
        <progress max={total} value={done} />
      </label>
      <button type="button" className="button" onClick={onCancel}>
        {t('dialog.cancel')}
      </button>
    </div>
  );
}
