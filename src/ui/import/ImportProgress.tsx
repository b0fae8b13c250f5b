// Progress of a multi-file import, with a way to stop after the current file.
import type { Translate } from '../app-context';

export function ImportProgress({ done, total, current, t, onCancel }: { done: number; total: number; current: string; t: Translate; onCancel: () => void }) {
  return (
    <div className="import-progress" role="region" aria-label={t('import.progressLabel')}>
      <label>
        {t('import.progress', { done, total, name: current })}
        <progress max={total} value={done} />
      </label>
      <button type="button" className="button" onClick={onCancel}>
        {t('dialog.cancel')}
      </button>
    </div>
  );
}
