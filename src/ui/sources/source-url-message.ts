// Says in the user's language why an address was refused.
import type { SourceUrlProblem } from '../../core/source-url';
import type { Translate } from '../app-context';

export function sourceUrlProblemMessage(t: Translate, problem: SourceUrlProblem): string {
  switch (problem.kind) {
    case 'empty':
      return t('sources.error.url.empty');
    case 'too-long':
      return t('sources.error.url.too-long');
    case 'not-a-url':
      return t('sources.error.url.not-a-url');
    case 'scheme':
      return t('sources.error.url.scheme', { scheme: problem.scheme });
    case 'no-host':
      return t('sources.error.url.no-host');
    case 'credentials':
      return t('sources.error.url.credentials');
  }
}
