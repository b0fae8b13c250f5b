// The Claims panel beside the reader: counts and filters, the claims in article order with the open
// claim's detail in place, and the orphaned claims. J/K or ↓/↑ move through the list, Enter opens,
// Delete removes (undo with Ctrl/Cmd+Z), N opens the note.
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { sortClaimsByPosition } from '../../core/claim-order';
import { TAGS, type ClaimStatus, type Tag } from '../../core/model';
import { useApp } from '../app-context';
import type { ClaimActions } from './claim-actions';
import type { ClaimStore } from './claim-store';
import { ClaimItem } from './ClaimItem';
import { OrphanedClaims } from './OrphanedClaims';
import { claimStatus, tagLabel } from './tag-look';
import { useClaimsSnapshot } from './use-claims-snapshot';
import './claims.css';

export interface ClaimsPanelProps {
  store: ClaimStore;
  actions: ClaimActions;
  openId: string | null;
  /** Set when the open claim's note should take focus (N on a claim). */
  focusNoteOf: string | null;
  collapsed: boolean;
  reattachId: string | null;
  undoKeys: string;
  onToggleCollapsed: () => void;
  onOpen: (claimId: string | null) => void;
  /** Scroll the reader to the claim's highlight and flash it. */
  onShow: (claimId: string) => void;
  onNoteRequest: (claimId: string) => void;
  onReattach: (claimId: string | null) => void;
}

const STATUSES: ClaimStatus[] = ['contested', 'supported', 'no-evidence'];

export const ClaimsPanel = memo(function ClaimsPanel(props: ClaimsPanelProps) {
  const { store, actions, openId, focusNoteOf, collapsed, reattachId, undoKeys, onToggleCollapsed, onOpen, onShow, onNoteRequest, onReattach } = props;
  const { t } = useApp();
  const snapshot = useClaimsSnapshot(store);
  const [tagFilter, setTagFilter] = useState<Tag | null>(null);
  const [statusFilter, setStatusFilter] = useState<ClaimStatus | 'all'>('all');
  const [activeId, setActiveId] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const placed = useMemo(() => sortClaimsByPosition(snapshot.claims.filter((claim) => !claim.orphaned)), [snapshot]);
  const orphans = useMemo(() => sortClaimsByPosition(snapshot.claims.filter((claim) => claim.orphaned)), [snapshot]);
  const counts = useMemo(() => {
    const result: Record<Tag, number> = { opinion: 0, fact: 0, unsupported: 0 };
    for (const claim of placed) result[claim.tag] += 1;
    return result;
  }, [placed]);
  const visible = useMemo(
    () =>
      placed.filter(
        (claim) =>
          (tagFilter === null || claim.tag === tagFilter) &&
          (statusFilter === 'all' || claimStatus(snapshot.links.get(claim.id)) === statusFilter),
      ),
    [placed, tagFilter, statusFilter, snapshot],
  );
  const tabbableId = visible.some((claim) => claim.id === activeId) ? activeId : (visible.find((c) => c.id === openId)?.id ?? visible[0]?.id);

  // An opened claim (from a highlight, the route or undo) is brought into view in the list.
  useEffect(() => {
    if (!openId) return;
    const head = listRef.current?.querySelector<HTMLElement>(`[data-claim-id="${CSS.escape(openId)}"]`);
    head?.scrollIntoView({ block: 'nearest' });
  }, [openId, visible]);

  const onActivate = useCallback(
    (claimId: string) => {
      onShow(claimId);
      onOpen(claimId === openId ? null : claimId);
    },
    [onOpen, onShow, openId],
  );
  const onRetag = useCallback((claimId: string, tag: Tag) => actions.retag(claimId, tag), [actions]);
  const onNote = useCallback((claimId: string, note: string) => actions.setNote(claimId, note), [actions]);
  const onDelete = useCallback(
    (claimId: string) => {
      if (claimId === openId) onOpen(null);
      actions.remove(claimId, undoKeys);
    },
    [actions, onOpen, openId, undoKeys],
  );

  const focusItem = (claimId: string) => {
    const head = listRef.current?.querySelector<HTMLElement>(`[data-claim-id="${CSS.escape(claimId)}"]`);
    head?.focus();
    onShow(claimId);
  };

  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const target = event.target as HTMLElement;
    if (!target.classList.contains('claim-item-head')) return;
    const claimId = target.dataset.claimId!;
    const index = visible.findIndex((claim) => claim.id === claimId);
    const key = event.key;
    if ((key === 'ArrowDown' || key === 'j') && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      const next = visible[Math.min(visible.length - 1, index + 1)];
      if (next) focusItem(next.id);
    } else if ((key === 'ArrowUp' || key === 'k') && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      const previous = visible[Math.max(0, index - 1)];
      if (previous) focusItem(previous.id);
    } else if (key === 'Delete' || key === 'Backspace') {
      event.preventDefault();
      const neighbour = visible[index + 1] ?? visible[index - 1];
      onDelete(claimId);
      if (neighbour) window.requestAnimationFrame(() => focusItem(neighbour.id));
    } else if (key === 'n' || key === 'N') {
      event.preventDefault();
      onNoteRequest(claimId);
    }
  };

  return (
    <aside className="claims-panel" aria-labelledby="claims-heading" data-collapsed={collapsed || undefined}>
      <header className="claims-panel-header">
        <h2 id="claims-heading">{t('claims.title')}</h2>
        {!collapsed && <span className="count-badge">{placed.length}</span>}
        <button
          type="button"
          className="icon-button"
          aria-expanded={!collapsed}
          aria-controls="claims-panel-body"
          aria-label={collapsed ? t('claims.expand') : t('claims.collapse')}
          onClick={onToggleCollapsed}
        >
          {collapsed ? '«' : '»'}
        </button>
      </header>
      <div id="claims-panel-body" className="claims-panel-body" hidden={collapsed}>
        <div className="claims-filters">
          <div className="tag-filters" role="group" aria-label={t('claims.filterTags')}>
            {TAGS.map((tag) => (
              <button
                key={tag}
                type="button"
                className="tag-filter"
                data-tag={tag}
                aria-pressed={tagFilter === tag}
                title={t('claims.filterTag', { tag: tagLabel(t, tag) })}
                onClick={() => setTagFilter((current) => (current === tag ? null : tag))}
              >
                <span className="tag-swatch" aria-hidden="true" />
                {tagLabel(t, tag)}
                <span className="count">{counts[tag]}</span>
              </button>
            ))}
          </div>
          <label className="status-filter">
            <span>{t('claims.filterStatus')}</span>
            <select value={statusFilter} onChange={(event) => setStatusFilter(event.target.value as ClaimStatus | 'all')}>
              <option value="all">{t('claims.filterStatus.all')}</option>
              {STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`status.${status}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {placed.length === 0 ? (
          <p className="muted claims-empty">{t('claims.empty')}</p>
        ) : visible.length === 0 ? (
          <p className="muted claims-empty">{t('claims.noMatch')}</p>
        ) : null}
        <ul ref={listRef} className="claim-list" aria-label={t('claims.list')} onKeyDown={onListKeyDown}>
          {visible.map((claim) => (
            <ClaimItem
              key={claim.id}
              claim={claim}
              links={snapshot.links.get(claim.id)}
              saving={snapshot.saving.has(claim.id)}
              open={claim.id === openId}
              tabbable={claim.id === tabbableId}
              focusNote={claim.id === openId && focusNoteOf === claim.id}
              t={t}
              onActivate={onActivate}
              onFocusItem={setActiveId}
              onRetag={onRetag}
              onNote={onNote}
              onDelete={onDelete}
            />
          ))}
        </ul>
        <OrphanedClaims orphans={orphans} reattachId={reattachId} t={t} onReattach={onReattach} onDelete={onDelete} />
      </div>
    </aside>
  );
});
