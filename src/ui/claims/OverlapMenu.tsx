// A small menu at an overlapping highlight, offering each claim under it. Arrow keys move, Enter
// opens, Esc closes and returns focus to the reader.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Claim } from '../../core/model';
import { useApp } from '../app-context';
import { tagLabel } from './tag-look';

export function OverlapMenu({
  claims,
  rect,
  onChoose,
  onClose,
}: {
  claims: readonly Claim[];
  rect: DOMRect;
  onChoose: (claimId: string) => void;
  onClose: () => void;
}) {
  const { t } = useApp();
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const { width, height } = element.getBoundingClientRect();
    const below = rect.bottom + 6;
    const top = below + height < window.innerHeight ? below : Math.max(6, rect.top - height - 6);
    setPosition({ top, left: Math.min(Math.max(6, rect.left), window.innerWidth - width - 6) });
  }, [rect]);

  // Focus moves in once the menu is placed: an element still hidden for measuring cannot take focus.
  const placed = position !== null;
  useEffect(() => {
    if (placed) ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [placed]);

  const latestClose = useRef(onClose);
  useEffect(() => {
    latestClose.current = onClose;
  });
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) latestClose.current();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    const items = Array.from(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(index + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      items[event.key === 'Home' ? 0 : items.length - 1]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <div
      ref={ref}
      className="overlap-menu"
      role="menu"
      aria-label={t('claim.overlapMenu')}
      style={position ?? { visibility: 'hidden', top: 0, left: 0 }}
      onKeyDown={onKeyDown}
    >
      {claims.map((claim) => (
        <button key={claim.id} type="button" role="menuitem" tabIndex={-1} data-tag={claim.tag} onClick={() => onChoose(claim.id)}>
          <span className="tag-chip" data-tag={claim.tag}>
            {tagLabel(t, claim.tag)}
          </span>
          <span className="claim-quote">{claim.selectors.quote.exact}</span>
        </button>
      ))}
    </div>
  );
}
