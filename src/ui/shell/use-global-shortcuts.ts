// App-wide keys: Ctrl/Cmd+O imports, `?` shows the keyboard map. Keys typed into fields are left alone.
import { useEffect } from 'react';

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useGlobalShortcuts(handlers: { onImport: () => void; onShowShortcuts: () => void }): void {
  const { onImport, onShowShortcuts } = handlers;
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'o') {
        event.preventDefault();
        onImport();
      } else if (event.key === '?' && !mod && !isTypingTarget(event.target)) {
        event.preventDefault();
        onShowShortcuts();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onImport, onShowShortcuts]);
}
