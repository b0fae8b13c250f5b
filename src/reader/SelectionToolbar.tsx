// The small toolbar above a selection in the reader: Opinion · Fact · Unsupported · Note (and
// "Re-attach here" while an orphaned claim waits for a place). Its buttons never take the selection
// away: mousedown is cancelled, so the text stays selected while a button is pressed.
import { useEffect, useLayoutEffect, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { TAGS, type Tag } from '../core/model';

export interface SelectionToolbarLabels {
  toolbar: string;
  tags: Record<Tag, string>;
  note: string;
  notePlaceholder: string;
  noteHint: string;
  reattach: string;
}

export interface SelectionToolbarProps {
  rect: DOMRect;
  labels: SelectionToolbarLabels;
  noteMode: boolean;
  canReattach: boolean;
  onTag: (tag: Tag, note: string) => void;
  onNote: () => void;
  onReattach: () => void;
  onClose: () => void;
}

const keepSelection = (event: ReactMouseEvent) => event.preventDefault();
const GAP = 8;

export function SelectionToolbar({ rect, labels, noteMode, canReattach, onTag, onNote, onReattach, onClose }: SelectionToolbarProps) {
  const ref = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [note, setNote] = useState('');
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const { width, height } = element.getBoundingClientRect();
    const above = rect.top - height - GAP;
    const top = above >= GAP ? above : rect.bottom + GAP;
    const left = Math.min(Math.max(GAP, rect.left + rect.width / 2 - width / 2), window.innerWidth - width - GAP);
    setPosition({ top, left });
  }, [rect, noteMode]);

  // The note field takes focus once the toolbar is placed (a hidden element cannot be focused).
  const placed = position !== null;
  useEffect(() => {
    if (noteMode && placed) noteRef.current?.focus();
  }, [noteMode, placed]);

  return (
    <div
      ref={ref}
      className="selection-toolbar"
      role="toolbar"
      aria-label={labels.toolbar}
      style={position ? { top: position.top, left: position.left } : { visibility: 'hidden', top: 0, left: 0 }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }
      }}
    >
      {noteMode && (
        <div className="selection-toolbar-note">
          <textarea
            ref={noteRef}
            aria-label={labels.note}
            placeholder={labels.notePlaceholder}
            value={note}
            rows={2}
            onChange={(event) => setNote(event.target.value)}
          />
          <p className="help">{labels.noteHint}</p>
        </div>
      )}
      <div className="selection-toolbar-buttons">
        {TAGS.map((tag, index) => (
          <button key={tag} type="button" className="tag-button" data-tag={tag} onMouseDown={keepSelection} onClick={() => onTag(tag, note.trim())}>
            <span className="tag-swatch" aria-hidden="true" />
            {labels.tags[tag]}
            <kbd aria-hidden="true">{index + 1}</kbd>
          </button>
        ))}
        {!noteMode && (
          <button type="button" className="tag-button" onMouseDown={keepSelection} onClick={onNote}>
            {labels.note}
            <kbd aria-hidden="true">N</kbd>
          </button>
        )}
        {canReattach && (
          <button type="button" className="tag-button reattach" onMouseDown={keepSelection} onClick={onReattach}>
            {labels.reattach}
            <kbd aria-hidden="true">R</kbd>
          </button>
        )}
      </div>
    </div>
  );
}
