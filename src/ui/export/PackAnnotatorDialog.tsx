// Choosing whose claims go into a pack when several annotators have marked the article.
import { useState, type FormEvent } from 'react';
import { useApp } from '../app-context';
import { Dialog } from '../shell/Dialog';

export function PackAnnotatorDialog({
  annotators,
  initial,
  onExport,
  onClose,
}: {
  annotators: { annotator: string; count: number }[];
  initial: string;
  onExport: (annotator: string) => void;
  onClose: () => void;
}) {
  const { t } = useApp();
  const [chosen, setChosen] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onExport(chosen);
  };
  return (
    <Dialog title={t('pack.chooseTitle')} closeLabel={t('dialog.close')} onClose={onClose}>
      <form className="export-form" onSubmit={submit}>
        <fieldset className="stacked">
          <legend>{t('pack.chooseHelp')}</legend>
          {annotators.map(({ annotator, count }) => (
            <label key={annotator}>
              <input type="radio" name="pack-annotator" value={annotator} checked={chosen === annotator} onChange={() => setChosen(annotator)} />
              {t('pack.annotatorOption', { name: annotator, count })}
            </label>
          ))}
        </fieldset>
        <div className="export-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button primary">
            {t('pack.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
