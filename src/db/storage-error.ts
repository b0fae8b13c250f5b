// Tells apart why a database write failed, so the user hears "the disk is full" rather than a stack
// trace. Dexie may wrap the browser's QuotaExceededError in an AbortError's `inner`, or in a BulkError.

export type StorageProblem = { kind: 'quota' } | { kind: 'other'; detail: string };

function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const { name, inner, failures } = error as { name?: unknown; inner?: unknown; failures?: unknown };
  if (name === 'QuotaExceededError') return true;
  if (inner && isQuotaError(inner, depth + 1)) return true;
  if (Array.isArray(failures)) return failures.some((failure) => isQuotaError(failure, depth + 1));
  return false;
}

export function describeStorageError(error: unknown): StorageProblem {
  if (isQuotaError(error)) return { kind: 'quota' };
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'other', detail: detail.split('\n')[0] };
}
