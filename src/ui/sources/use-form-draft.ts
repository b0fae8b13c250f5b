// Form state that survives the form closing by accident (another claim opened, a reload): kept in
// sessionStorage under a key until the form is saved or the user discards it.
import { useCallback, useEffect, useState } from 'react';

const PREFIX = 'claimlens:draft:';

function readDraft<T>(key: string): T | undefined {
  try {
    const raw = window.sessionStorage.getItem(PREFIX + key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
}

export function hasFormDraft(key: string): boolean {
  return readDraft(key) !== undefined;
}

export interface FormDraft<T> {
  value: T;
  update(change: (current: T) => T): void;
  /** True when the form opened with a draft left from before. */
  restored: boolean;
  /** Forgets the draft (after saving, or when the user discards it) and starts from `initial` again. */
  clear(): void;
}

export function useFormDraft<T>(key: string, initial: () => T): FormDraft<T> {
  const [state, setState] = useState(() => {
    const saved = readDraft<T>(key);
    return { value: saved ?? initial(), restored: saved !== undefined, dirty: false };
  });

  useEffect(() => {
    if (!state.dirty) return;
    try {
      window.sessionStorage.setItem(PREFIX + key, JSON.stringify(state.value));
    } catch {
      // Storage full (a large kept copy): the form still works, only the safety net is missing.
    }
  }, [key, state]);

  const update = useCallback((change: (current: T) => T) => setState((current) => ({ ...current, value: change(current.value), dirty: true })), []);
  const clear = useCallback(() => {
    window.sessionStorage.removeItem(PREFIX + key);
    setState({ value: initial(), restored: false, dirty: false });
    // `initial` builds a fresh empty value; it is not expected to change between renders.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return { value: state.value, update, restored: state.restored, clear };
}
