// Shown over the whole window while files are dragged over it, so the user knows a drop imports them.
import type { Translate } from '../app-context';

export function DropOverlay({ t }: { t: Translate }) {
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-box">
        <p className="drop-overlay-title">{t('import.dropOverlay')}</p>
        <p>{t('import.dropHint')}</p>
      </div>
    </div>
  );
}
