// The store's claims for React components that may lag a frame behind the reader: updates are
// transitions, so a new highlight paints before the Claims panel re-renders its list.
import { startTransition, useEffect, useState } from 'react';
import type { ClaimsSnapshot, ClaimStore } from './claim-store';

export function useClaimsSnapshot(store: ClaimStore): ClaimsSnapshot {
  const [snapshot, setSnapshot] = useState(store.snapshot);
  useEffect(() => {
    setSnapshot(store.snapshot());
    return store.subscribe(() => startTransition(() => setSnapshot(store.snapshot())));
  }, [store]);
  return snapshot;
}
