// One sentence for a failed write: what happened and what to do.
import { describeStorageError } from '../../db/storage-error';
import type { Translate } from '../app-context';

export function storageErrorMessage(t: Translate, error: unknown): string {
  const problem = describeStorageError(error);
  return problem.kind === 'quota' ? t('storage.quota') : t('storage.failed', { detail: problem.detail });
}
