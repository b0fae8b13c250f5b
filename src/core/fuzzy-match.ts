// Finding approximate occurrences of a quote in (part of) a text, allowing a number of edits.
// Short quotes are searched whole; long ones by their first and last pieces, then checked whole.
import search from 'approx-string-match';

export interface ApproximateMatch {
  start: number;
  end: number;
  /** Edits (insertions, deletions, substitutions of UTF-16 code units) between quote and match. */
  errors: number;
}

/**
 * approx-string-match (Myers' bit-parallel algorithm) works through the text in 32-bit words: each text
 * character costs about one word operation per 32 allowed errors. With errors allowed in proportion
 * to the quote, a quote of up to this length fits one word; beyond it the cost grows with the quote
 * (a 2,000-character quote over 100,000 characters took ~80 ms on repetitive Chinese text), so longer
 * quotes are found through their two ends, which are cheap to search, and then verified whole nearby.
 */
export const LONG_QUOTE_LENGTH = 128;

/** Length of the first and last pieces a long quote is searched by. */
export const QUOTE_PIECE_LENGTH = 64;

/** The most candidate pieces followed up, nearest the expected place first; bounds work on repetitive text. */
const MAX_PIECE_CANDIDATES = 16;

export interface SearchWindow {
  from: number;
  to: number;
}

function searchIn(text: string, pattern: string, maxErrors: number, window: SearchWindow): ApproximateMatch[] {
  const from = Math.max(0, window.from);
  const to = Math.min(text.length, window.to);
  if (to - from <= 0 || pattern.length === 0) return [];
  const haystack = from === 0 && to === text.length ? text : text.slice(from, to);
  return search(haystack, pattern, maxErrors).map((match) => ({
    start: match.start + from,
    end: match.end + from,
    errors: match.errors,
  }));
}

function nearest<T extends { start: number }>(items: T[], expectedStart: number, limit: number): T[] {
  if (items.length <= limit) return items;
  return [...items]
    .sort((a, b) => Math.abs(a.start - expectedStart) - Math.abs(b.start - expectedStart))
    .slice(0, limit);
}

/**
 * The best approximate matches of `quote` inside `window` with at most `maxErrors` edits. Like the
 * underlying search, only the matches with the fewest errors found are returned, so callers that care
 * about a particular neighbourhood should search that neighbourhood on its own as well.
 */
export function findApproximateMatches(
  text: string,
  quote: string,
  maxErrors: number,
  window: SearchWindow,
  expectedStart: number,
): ApproximateMatch[] {
  if (quote.length <= LONG_QUOTE_LENGTH) return searchIn(text, quote, maxErrors, window);

  const head = quote.slice(0, QUOTE_PIECE_LENGTH);
  const tail = quote.slice(-QUOTE_PIECE_LENGTH);
  // Each piece may carry its share of the edits; a piece rewritten beyond that is still covered when
  // the other piece is found.
  const pieceErrors = Math.floor((maxErrors * QUOTE_PIECE_LENGTH) / quote.length);
  const heads = nearest(searchIn(text, head, pieceErrors, window), expectedStart, MAX_PIECE_CANDIDATES);
  const tailExpectedStart = expectedStart + quote.length - QUOTE_PIECE_LENGTH;
  const tails = nearest(searchIn(text, tail, pieceErrors, window), tailExpectedStart, MAX_PIECE_CANDIDATES);

  // Where each piece says the quote would start; verify the whole quote in a small window around it.
  const estimatedStarts = new Set<number>();
  for (const match of heads) estimatedStarts.add(match.start);
  for (const match of tails) estimatedStarts.add(match.end - quote.length);

  const found = new Map<string, ApproximateMatch>();
  for (const estimate of estimatedStarts) {
    const verified = searchIn(text, quote, maxErrors, {
      from: Math.max(window.from, estimate - maxErrors),
      to: Math.min(window.to, estimate + quote.length + maxErrors),
    });
    if (verified.length === 0) continue;
    const closest = verified.reduce((best, match) =>
      Math.abs(match.start - estimate) < Math.abs(best.start - estimate) ? match : best,
    );
    found.set(`${closest.start}:${closest.end}`, closest);
  }
  return [...found.values()];
}
