// The note of a claim: saved after a pause in typing and when the field loses focus; each save is one
// undoable step.
import { useEffect, useRef, useState } from 'react';

const SAVE_AFTER_MS = 800;

export function ClaimNoteField({
  id,
  label,
  savedLabel,
  note,
  autoFocus,
  onSave,
}: {
  id: string;
  label: string;
  savedLabel: string;
  note: string;
  autoFocus: boolean;
  onSave: (note: string) => Promise<void>;
}) {
  const [draft, setDraft] = useState(note);
  const [lastStored, setLastStored] = useState(note);
  // Says when the note is on disk: a note is saved without a button, so this is the confirmation.
  const [saved, setSaved] = useState(false);
  const timer = useRef(0);
  const ref = useRef<HTMLTextAreaElement>(null);

  // Follow changes made elsewhere (undo, another window) unless the user is typing a different note.
  if (note !== lastStored) {
    setLastStored(note);
    if (draft === lastStored) setDraft(note);
  }

  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const save = (value: string) => {
    window.clearTimeout(timer.current);
    if (value === note) return;
    setSaved(false);
    onSave(value).then(
      () => setSaved(true),
      () => setSaved(false),
    );
  };

  return (
    <div className="field claim-note-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        ref={ref}
        id={id}
        rows={3}
        value={draft}
        onChange={(event) => {
          const value = event.target.value;
          setDraft(value);
          setSaved(false);
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => save(value), SAVE_AFTER_MS);
        }}
        onBlur={() => save(draft)}
      />
      <p className="help" role="status">
        {saved ? savedLabel : ''}
      </p>
    </div>
  );
}
