// Opens a source's link outside the app, only after the same check the form applies.
import { checkSourceUrl } from '../../core/source-url';
import type { Host } from '../../host/host';
import type { Translate } from '../app-context';
import { sourceUrlProblemMessage } from './source-url-message';

/** Returns '' when opened, or a sentence saying why not. */
export async function openSourceLink(host: Host, t: Translate, url: string): Promise<string> {
  const check = checkSourceUrl(url);
  if (!check.ok) return t('sources.error.openRefused', { reason: sourceUrlProblemMessage(t, check.problem) });
  const opened = await host.openExternal(check.url);
  return opened ? '' : t('sources.error.openRefused', { reason: check.url });
}
