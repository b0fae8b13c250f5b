// The outcome of importing W3C annotations: how many claims were added, and every annotation that was
// not imported with its reason, so nothing disappears without a word.
import { useApp, type Translate } from '../app-context';
import { Dialog } from '../shell/Dialog';
import type { NotImportedReason, StoredAnnotations } from './store-annotation-drafts';

function reasonText(t: Translate, reason: NotImportedReason): string {
  switch (reason.kind) {
    case 'unanchored':
      return t('annotations.reason.unanchored');
    case 'other-document':
      return t('annotations.reason.otherDocument', { target: reason.target });
    case 'no-tag':
      return t('annotations.reason.noTag');
    case 'invalid':
      return t('annotations.reason.invalid', { reason: reason.detail });
  }
}

export function AnnotationImportDialog({ result, onClose }: { result: StoredAnnotations; onClose: () => void }) {
  const { t } = useApp();
  return (
    <Dialog title={t('annotations.resultTitle')} closeLabel={t('dialog.close')} onClose={onClose}>
      <p>{t('annotations.added', { count: result.added })}</p>
      {result.alreadyHere > 0 && <p>{t('annotations.alreadyHere', { count: result.alreadyHere })}</p>}
      {result.notImported.length === 0 ? (
        <p>{t('annotations.allImported')}</p>
      ) : (
        <section aria-labelledby="not-imported-heading">
          <h3 id="not-imported-heading">{t('annotations.notImported', { count: result.notImported.length })}</h3>
          <ul className="export-result-list">
            {result.notImported.map((entry, index) => (
              <li key={`${entry.ref}-${index}`}>
                <code>{entry.ref}</code>
                {entry.quote && (
                  <>
                    {' '}
                    <q>{entry.quote}</q>
                  </>
                )}
                {t('export.colon')}
                {reasonText(t, entry.reason)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {result.skippedSourceUrls.map((url) => (
        <p key={url} className="help">
          {t('annotations.sourceSkipped', { url })}
        </p>
      ))}
      <div className="export-actions">
        <button type="button" className="button primary" onClick={onClose}>
          {t('dialog.close')}
        </button>
      </div>
    </Dialog>
  );
}
