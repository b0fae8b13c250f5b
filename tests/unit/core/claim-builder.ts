// Test support: claims built from a range of a text, the way the app creates them from a selection.
import type { Claim } from '../../../src/core/model';
import { describeRange } from '../../../src/core/selectors';

let counter = 0;

export function claimAt(text: string, start: number, end: number, overrides: Partial<Claim> = {}): Claim {
  counter += 1;
  return {
    id: `claim-${String(counter).padStart(4, '0')}`,
    articleId: 'article-1',
    tag: 'fact',
    note: '',
    annotator: 'tester',
    selectors: describeRange(text, start, end),
    orphaned: false,
    createdAt: new Date(Date.UTC(2025, 0, 1, 0, 0, counter)).toISOString(),
    updatedAt: new Date(Date.UTC(2025, 0, 1, 0, 0, counter)).toISOString(),
    ...overrides,
  };
}

/** A claim on the only occurrence of `passage` in `text`; fails loudly when it is missing or repeated. */
export function claimOn(text: string, passage: string, overrides: Partial<Claim> = {}): Claim {
  const start = text.indexOf(passage);
  if (start === -1) throw new Error(`Passage not in text: ${passage}`);
  if (text.indexOf(passage, start + 1) !== -1) throw new Error(`Passage occurs more than once: ${passage}`);
  return claimAt(text, start, start + passage.length, overrides);
}

/** Replaces `text.slice(start, end)` with `replacement`. */
export function edit(text: string, start: number, end: number, replacement: string): string {
  return text.slice(0, start) + replacement + text.slice(end);
}
