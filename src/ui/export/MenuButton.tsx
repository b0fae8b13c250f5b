// A button that opens a menu of grouped commands, usable from the keyboard: Enter, Space or ↓ opens it
// on the first item, ↑ on the last; arrows, Home and End move; Esc closes and returns focus to the button.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuEntry {
  id: string;
  label: string;
  onSelect: () => void;
}

export interface MenuGroup {
  label: string;
  entries: MenuEntry[];
}

export function MenuButton({ label, menuLabel, groups, busy = false }: { label: string; menuLabel: string; groups: MenuGroup[]; busy?: boolean }) {
  const [open, setOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const menuId = useId();
  const entries = groups.flatMap((group) => group.entries);
  const count = entries.length;

  useEffect(() => {
    if (open) items.current[focusIndex]?.focus();
  }, [open, focusIndex]);

  // A click anywhere else closes the menu, as a native menu would.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const openAt = (index: number) => {
    setFocusIndex(index);
    setOpen(true);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(count - 1);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: focusIndex + 1, ArrowUp: focusIndex - 1, Home: 0, End: count - 1 };
    if (event.key in moves) {
      event.preventDefault();
      setFocusIndex((moves[event.key] + count) % count);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      // The screen's own Esc handling (closing a toolbar) must not also run.
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  let index = 0;
  return (
    <div className="menu-button">
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={busy || undefined}
        disabled={busy}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div ref={menu} id={menuId} className="menu" role="menu" aria-label={menuLabel} onKeyDown={onMenuKeyDown}>
          {groups.map((group) => (
            <div key={group.label} role="group" aria-label={group.label} className="menu-group">
              <div className="menu-group-label" aria-hidden="true">
                {group.label}
              </div>
              {group.entries.map((entry) => {
                const at = index++;
                return (
                  <button
                    key={entry.id}
                    ref={(element) => {
                      items.current[at] = element;
                    }}
                    type="button"
                    role="menuitem"
                    className="menu-item"
                    tabIndex={at === focusIndex ? 0 : -1}
                    onClick={() => {
                      close(true);
                      entry.onSelect();
                    }}
                    onFocus={() => setFocusIndex(at)}
                  >
                    {entry.label}
                  </button>
                );
              })}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
