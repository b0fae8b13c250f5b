// The store's claims for React components that may lag a frame behind the reader: they update after
// the reader's change is painted, as a transition, so a new highlight never waits for the Claims panel.
import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './after-paint';
import type { ClaimsSnapshot, ClaimStore } from './claim-store';

export function useClaimsSnapshot(store: ClaimStore): ClaimsSnapshot {
  const [snapshot, setSnapshot] = useState(store.snapshot);
  useEffect(() => {
    let live = true;
    let pending = false;
    setSnapshot(store.snapshot());
    const unsubscribe = store.subscribe(() => {
      if (pending) return;
      pending = true;
      void afterNextPaint().then(() => {
        pending = false;
        if (live) startTransition(() => setSnapshot(store.snapshot()));
      });
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [store]);
  return snapshot;
}
