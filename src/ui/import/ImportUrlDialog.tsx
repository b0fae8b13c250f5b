// "Import from URL…": asks for an http/https address and has the desktop host fetch it. In the web
// host, which cannot fetch pages, it explains in one line how to import the page instead.
import { useId, useState, type FormEvent } from 'react';
import type { OpenedFile } from '../../host/host';
import { fetchProblemText } from '../../i18n/import-notice-text';
import { useApp } from '../app-context';
import { Dialog } from '../shell/Dialog';
import { fetchedPageFile } from './fetched-page-file';
import { checkSourceUrl } from './metadata-fields';

export function ImportUrlDialog({ onClose, onFetched }: { onClose: () => void; onFetched: (file: OpenedFile, finalUrl: string) => void }) {
  const { host, t } = useApp();
  const id = useId();
  const [url, setUrl] = useState('');
  const [problem, setProblem] = useState('');
  const [fetching, setFetching] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const check = checkSourceUrl(url);
    if (!check.ok || check.url === '') {
      setProblem(t('import.url.invalid'));
      return;
    }
    setProblem('');
    setFetching(true);
    try {
      const result = await host.fetchUrl(check.url);
      if (!result.ok) {
        setProblem(t('import.url.failed', { error: fetchProblemText(t, result.problem) }));
        return;
      }
      onFetched(fetchedPageFile(result), result.finalUrl);
    } catch (error) {
      // The bridge itself failed (not the fetch): its first line, as it is.
      const detail = (error as Error).message.split('\n')[0] ?? '';
      setProblem(t('import.url.failed', { error: fetchProblemText(t, { code: 'network', params: { detail } }) }));
    } finally {
      setFetching(false);
    }
  }

  return (
    <Dialog title={t('import.url.title')} onClose={onClose} closeLabel={t('dialog.close')}>
      {host.canFetchUrls ? (
        <form onSubmit={(event) => void submit(event)} className="import-url-form">
          <div className="field">
            <label htmlFor={`${id}-url`}>{t('import.url.label')}</label>
            <input
              id={`${id}-url`}
              type="url"
              inputMode="url"
              placeholder="https://"
              value={url}
              autoFocus
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(event) => setUrl(event.target.value)}
            />
            {problem && (
              <p id={`${id}-problem`} className="field-error" role="alert">
                {problem}
              </p>
            )}
          </div>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose}>
              {t('dialog.cancel')}
            </button>
            <button type="submit" className="button primary" disabled={fetching}>
              {fetching ? t('import.url.fetching') : t('import.url.submit')}
            </button>
          </div>
        </form>
      ) : (
        <p className="web-only-note">{t('host.webOnly.fetchUrl')}</p>
      )}
    </Dialog>
  );
}
