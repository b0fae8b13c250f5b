// Selecting text with the keyboard in the read-only reader, which has no caret: which keys do what
// (listed in the shortcuts dialog), and where the selection goes, as pure functions of the text.
import type { BlockRange } from '../core/document-text';
import { blockIndexAt } from './text-offsets';
import type { TextStepper } from './text-stepping';

export type SelectionCommand =
  | 'next-sentence'
  | 'previous-sentence'
  | 'extend-sentence-forward'
  | 'extend-sentence-backward'
  | 'extend-character-forward'
  | 'extend-character-backward'
  | 'extend-word-forward'
  | 'extend-word-backward'
  | 'extend-block-start'
  | 'extend-block-end';

export interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** The command for a key press in the reader, or null when the key is not one of ours. */
export function selectionCommandFor(event: KeyLike, isMac: boolean): SelectionCommand | null {
  const { key, altKey, ctrlKey, metaKey, shiftKey } = event;
  // Word steps use Ctrl on Windows and Linux and Option on macOS, as text fields do there.
  const wordModifier = isMac ? altKey && !ctrlKey && !metaKey : ctrlKey && !altKey && !metaKey;
  const plain = !altKey && !ctrlKey && !metaKey;
  if (plain && !shiftKey && key === ']') return 'next-sentence';
  if (plain && !shiftKey && key === '[') return 'previous-sentence';
  if (plain && key === '}') return 'extend-sentence-forward';
  if (plain && key === '{') return 'extend-sentence-backward';
  if (altKey && !ctrlKey && !metaKey && key === 'ArrowDown') return shiftKey ? 'extend-sentence-forward' : 'next-sentence';
  if (altKey && !ctrlKey && !metaKey && key === 'ArrowUp') return shiftKey ? 'extend-sentence-backward' : 'previous-sentence';
  if (shiftKey && wordModifier && key === 'ArrowRight') return 'extend-word-forward';
  if (shiftKey && wordModifier && key === 'ArrowLeft') return 'extend-word-backward';
  if (shiftKey && plain && key === 'ArrowRight') return 'extend-character-forward';
  if (shiftKey && plain && key === 'ArrowLeft') return 'extend-character-backward';
  if (shiftKey && plain && key === 'Home') return 'extend-block-start';
  if (shiftKey && plain && key === 'End') return 'extend-block-end';
  return null;
}

export interface TextSelection {
  anchor: number;
  focus: number;
}

/**
 * The selection after a command. `current` is the selection now (collapsed when it is only a place),
 * or null when there is none; then `startAt` (the first text in view) is where the command starts.
 * Null when the command finds nothing (no next sentence at the end of the text).
 */
export function applySelectionCommand(
  command: SelectionCommand,
  current: TextSelection | null,
  startAt: number,
  stepper: TextStepper,
  ranges: readonly BlockRange[],
): TextSelection | null {
  const start = current ? Math.min(current.anchor, current.focus) : startAt;
  const end = current ? Math.max(current.anchor, current.focus) : startAt;
  const extending = current ?? { anchor: startAt, focus: startAt };
  const moveFocus = (focus: number): TextSelection => ({ anchor: extending.anchor, focus });

  switch (command) {
    case 'next-sentence': {
      // With nothing selected, begin with the sentence at the starting point rather than after it.
      const sentence = (current === null ? stepper.sentenceAt(startAt) : null) ?? stepper.nextSentence(end);
      return sentence ? { anchor: sentence.start, focus: sentence.end } : null;
    }
    case 'previous-sentence': {
      const sentence = stepper.previousSentence(start);
      return sentence ? { anchor: sentence.start, focus: sentence.end } : null;
    }
    case 'extend-sentence-forward':
      if (current === null) return applySelectionCommand('next-sentence', null, startAt, stepper, ranges);
      return moveFocus(stepper.sentenceBoundary(extending.focus, 1));
    case 'extend-sentence-backward':
      if (current === null) return applySelectionCommand('previous-sentence', null, startAt, stepper, ranges);
      return moveFocus(stepper.sentenceBoundary(extending.focus, -1));
    case 'extend-character-forward':
      return moveFocus(stepper.characterBoundary(extending.focus, 1));
    case 'extend-character-backward':
      return moveFocus(stepper.characterBoundary(extending.focus, -1));
    case 'extend-word-forward':
      return moveFocus(stepper.wordBoundary(extending.focus, 1));
    case 'extend-word-backward':
      return moveFocus(stepper.wordBoundary(extending.focus, -1));
    case 'extend-block-start':
    case 'extend-block-end': {
      const forward = command === 'extend-block-end';
      const block = blockIndexAt(ranges, extending.focus, forward ? 'forward' : 'backward');
      if (block === -1) return null;
      return moveFocus(forward ? ranges[block].end : ranges[block].start);
    }
  }
}
