// The article table: sortable columns, a claim bar per row, row selection, and only the visible rows
// rendered. Arrow keys move between rows; Tab reaches the column headers and each row's link.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ArticleSummary } from '../../db/library-rows';
import type { MessageKey } from '../../i18n/messages';
import type { Translate } from '../app-context';
import { ClaimCountBar } from './ClaimCountBar';
import type { SortColumn, SortDirection } from './library-view';
import { useWindowedRows } from './use-windowed-rows';

export const ROW_HEIGHT = 52;

const COLUMNS: Array<{ id: SortColumn; label: MessageKey }> = [
  { id: 'title', label: 'library.column.title' },
  { id: 'siteName', label: 'library.column.site' },
  { id: 'author', label: 'library.column.author' },
  { id: 'publishedDate', label: 'library.column.published' },
  { id: 'importedAt', label: 'library.column.imported' },
  { id: 'language', label: 'library.column.language' },
  { id: 'claims', label: 'library.column.claims' },
];

interface ArticleListProps {
  rows: ArticleSummary[];
  t: Translate;
  formatDate: (iso: string) => string;
  sort: { column: SortColumn; direction: SortDirection };
  onSort: (column: SortColumn) => void;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  /** Shown in the Trash: when each article was moved there. */
  showDeletedDate?: boolean;
  label: string;
}

export function ArticleList({ rows, t, formatDate, sort, onSort, selected, onToggle, showDeletedDate, label }: ArticleListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const { window, scrollToRow } = useWindowedRows(scroller, ROW_HEIGHT, rows.length);
  const [focusRow, setFocusRow] = useState<number | null>(null);

  // Focus moves after the row it goes to has been rendered.
  useEffect(() => {
    if (focusRow === null) return;
    scroller.current?.querySelector<HTMLElement>(`[data-row="${focusRow}"] a`)?.focus();
  }, [focusRow, window.first, window.last]);

  function onKeyDown(event: KeyboardEvent) {
    const current = Number((event.target as HTMLElement).closest('[data-row]')?.getAttribute('data-row') ?? NaN);
    if (Number.isNaN(current)) return;
    const next = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: rows.length - 1, PageDown: current + 10, PageUp: current - 10 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = Math.max(0, Math.min(rows.length - 1, next));
    scrollToRow(target, ROW_HEIGHT);
    setFocusRow(target);
  }

  const visible = rows.slice(window.first, window.last);
  return (
    <div className="article-list" ref={scroller}>
      <div role="table" aria-label={label} aria-rowcount={rows.length + 1} className="article-grid" onKeyDown={onKeyDown}>
        <div role="rowgroup" className="article-grid-head">
          <div role="row" aria-rowindex={1} className="article-row head">
            <span role="columnheader" className="cell select-cell" />
            {COLUMNS.map((column) => {
              const active = sort.column === column.id;
              return (
                <span key={column.id} role="columnheader" className={`cell col-${column.id}`} aria-sort={active ? sort.direction : undefined}>
                  <button type="button" className="sort-button" onClick={() => onSort(column.id)} title={t('library.sortBy', { column: t(column.label) })}>
                    {t(column.label)}
                    <span aria-hidden="true" className="sort-arrow">
                      {active ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </span>
              );
            })}
          </div>
        </div>
        <div role="rowgroup" style={{ paddingTop: window.padTop, paddingBottom: window.padBottom }}>
          {visible.map((summary, offset) => {
            const index = window.first + offset;
            const title = summary.title || summary.fileName;
            const lang = summary.language || undefined;
            return (
              <div key={summary.id} role="row" aria-rowindex={index + 2} data-row={index} className="article-row" aria-selected={selected.has(summary.id)}>
                <span role="cell" className="cell select-cell">
                  <input type="checkbox" checked={selected.has(summary.id)} onChange={() => onToggle(summary.id)} aria-label={t('library.select', { title })} />
                </span>
                <span role="cell" className="cell col-title" lang={lang}>
                  {/* The title attribute shows a title the column cuts short in full on hover. */}
                  <a href={`#/article/${encodeURIComponent(summary.id)}`} tabIndex={showDeletedDate ? -1 : undefined} title={title}>
                    {title}
                  </a>
                  {showDeletedDate && summary.deletedAt && <span className="muted deleted-date">{t('trash.deletedOn', { date: formatDate(summary.deletedAt) })}</span>}
                </span>
                <span role="cell" className="cell col-siteName" lang={lang}>
                  {summary.siteName}
                </span>
                <span role="cell" className="cell col-author" lang={lang}>
                  {summary.author}
                </span>
                <span role="cell" className="cell col-publishedDate">
                  {formatDate(summary.publishedDate)}
                </span>
                <span role="cell" className="cell col-importedAt">
                  {formatDate(summary.importedAt)}
                </span>
                <span role="cell" className="cell col-language">
                  {summary.language}
                </span>
                <span role="cell" className="cell col-claims">
                  <ClaimCountBar summary={summary} t={t} />
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
