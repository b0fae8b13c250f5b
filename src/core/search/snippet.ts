// Finds where a query's atoms occur in a text and cuts a short snippet around the first hit, with the
// hit ranges to highlight. Also the final check that a candidate really contains every atom.
import { latinTerm } from './fold-latin';
import type { QueryAtom } from './tokenize';

export interface Snippet {
  text: string;
  /** [start, end) ranges in `text` to highlight, sorted, not overlapping. */
  highlights: Array<[number, number]>;
  /** Whether text was cut off before / after the snippet, so the UI shows an ellipsis. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Word-start pattern that finds every surface form of a stemmed term (library -> librar). */
function spacedAtomPattern(atom: Extract<QueryAtom, { kind: 'spaced' }>): RegExp {
  const surface = atom.term.length > 3 && /[ye]$/.test(atom.term) ? atom.term.slice(0, -1) : atom.term;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(surface)}[\\p{L}\\p{N}]*`, 'giu');
}

function spacedMatches(atom: Extract<QueryAtom, { kind: 'spaced' }>, word: string): boolean {
  const term = latinTerm(word);
  return atom.prefix ? term.startsWith(atom.term) : term === atom.term;
}

/** Ranges in `text` (from `from`, before `to`) where the atom occurs; at most `limit`. */
export function atomRanges(text: string, atom: QueryAtom, from = 0, to = text.length, limit = Infinity): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  if (atom.kind === 'unspaced') {
    let at = text.indexOf(atom.text, from);
    while (at !== -1 && at + atom.text.length <= to && ranges.length < limit) {
      ranges.push([at, at + atom.text.length]);
      at = text.indexOf(atom.text, at + atom.text.length);
    }
    return ranges;
  }
  const pattern = spacedAtomPattern(atom);
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match && match.index < to && ranges.length < limit; match = pattern.exec(text)) {
    if (spacedMatches(atom, match[0])) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** Whether every atom occurs in at least one of the texts. */
export function containsAll(texts: string[], atoms: QueryAtom[]): boolean {
  return atoms.every((atom) => texts.some((text) => atomRanges(text, atom, 0, text.length, 1).length > 0));
}

const BEFORE = 40;
const AFTER = 110;
/** Characters a snippet can reach past an end that falls inside a word. */
const WORD_END_SEARCH = 20;
/** How far past the first hit a snippet's text (and the check for a word end) can reach. */
export const SNIPPET_REACH = AFTER + WORD_END_SEARCH;

/** Where the earliest hit of any atom starts, or -1. */
function firstHitIn(text: string, atoms: QueryAtom[]): number {
  let first = -1;
  for (const atom of atoms) {
    const [hit] = atomRanges(text, atom, 0, text.length, 1);
    if (hit && (first === -1 || hit[0] < first)) first = hit[0];
  }
  return first;
}

/** A snippet around the earliest hit of any atom, or null when nothing matches. */
export function makeSnippet(text: string, atoms: QueryAtom[]): Snippet | null {
  const first = firstHitIn(text, atoms);
  return first === -1 ? null : snippetAround(text, atoms, first);
}

/** A snippet around the hit that starts at `first`, with every atom's hits in it marked. */
export function snippetAround(text: string, atoms: QueryAtom[], first: number): Snippet {
  let start = Math.max(0, first - BEFORE);
  let end = Math.min(text.length, first + AFTER);
  // Prefer to start and end at a space so words are not cut, when one is near.
  const space = text.indexOf(' ', start);
  if (start > 0 && space !== -1 && space < first && space - start < WORD_END_SEARCH) start = space + 1;
  const after = text.indexOf(' ', end);
  if (end < text.length && after !== -1 && after - end < WORD_END_SEARCH) end = after;
  const window = text.slice(start, end);
  const highlights: Array<[number, number]> = [];
  for (const atom of atoms) {
    for (const [s, e] of atomRanges(text, atom, start, end)) highlights.push([s - start, Math.min(e, end) - start]);
  }
  return { text: window.replace(/\s/g, ' '), highlights: mergeRanges(highlights), clippedStart: start > 0, clippedEnd: end < text.length };
}

/** The snippet of the first text that has a hit. */
export function firstSnippet(texts: string[], atoms: QueryAtom[]): Snippet | null {
  for (const text of texts) {
    const snippet = makeSnippet(text, atoms);
    if (snippet) return snippet;
  }
  return null;
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
