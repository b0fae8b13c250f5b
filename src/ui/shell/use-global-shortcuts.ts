// App-wide keys: Ctrl/Cmd+O imports, `?` shows the keyboard map. Keys typed into fields are left alone.
import { useEffect, useLayoutEffect, useRef } from 'react';

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useGlobalShortcuts(handlers: { onImport: () => void; onShowShortcuts: () => void }): void {
  // The listener always calls the handlers of the latest render: they are set before the browser
  // paints it, so a key pressed as soon as a screen shows reaches the handlers that screen was
  // rendered with (say, an import that now has the settings it needs).
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'o') {
        event.preventDefault();
        latest.current.onImport();
      } else if (event.key === '?' && !mod && !isTypingTarget(event.target)) {
        event.preventDefault();
        latest.current.onShowShortcuts();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
