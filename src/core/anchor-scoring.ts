// How well a candidate place in the text fits a claim's stored selectors: quote, prefix, suffix and
// distance from where the claim was expected. Used to choose between candidates and to reject weak ones.
import type { TextQuoteSelector } from './model';

/**
 * Weights of the four parts of a candidate's score (they sum to 1). The quote itself counts most. The
 * two contexts tell repeated quotes apart. Distance counts a little less than the two contexts
 * together: an insertion earlier in the article moves every later claim, but re-anchoring corrects the
 * expected place by the shift seen on the previous claim, so a copy of the passage far away should
 * not win just because an edit touched a few characters of the true one's context.
 */
export const SCORE_WEIGHTS = { quote: 0.5, prefix: 0.15, suffix: 0.15, position: 0.2 } as const;

/** Distance (characters) at which the position part of the score has halved. */
export const POSITION_HALF_SCORE_DISTANCE = 1000;

export interface CandidateScore {
  total: number;
  quote: number;
  prefix: number;
  suffix: number;
  position: number;
}

// Two rows reused across calls: contexts are at most a few dozen characters, but anchoring a
// thousand claims scores many thousands of candidates, so allocation would dominate.
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** Levenshtein distance (insertions, deletions, substitutions of UTF-16 code units). Quadratic: short strings only. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if (previousRow.length < b.length + 1) {
    previousRow = new Int32Array(b.length + 1);
    currentRow = new Int32Array(b.length + 1);
  }
  for (let j = 0; j <= b.length; j += 1) previousRow[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    currentRow[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previousRow[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const deletion = previousRow[j]! + 1;
      const insertion = currentRow[j - 1]! + 1;
      currentRow[j] = Math.min(substitution, deletion, insertion);
    }
    const swap = previousRow;
    previousRow = currentRow;
    currentRow = swap;
  }
  return previousRow[b.length]!;
}

/** 1 when the strings are equal, falling towards 0 as their edit distance approaches their length. */
export function stringSimilarity(expected: string, actual: string): number {
  const longest = Math.max(expected.length, actual.length);
  if (longest === 0) return 1;
  return 1 - editDistance(expected, actual) / longest;
}

/** Decays with distance; never reaches 0, so it can always break a tie between otherwise equal places. */
export function positionSimilarity(start: number, expectedStart: number): number {
  return 1 / (1 + Math.abs(start - expectedStart) / POSITION_HALF_SCORE_DISTANCE);
}

/**
 * Scores `text.slice(start, end)` as the new place of `quote`, given how many edits separate the two.
 * The stored prefix is compared with the same number of characters now before the candidate (and
 * likewise the suffix after it), so a context clipped at the start or end of the old text is compared
 * like for like; an empty stored context counts as agreeing, as it carries no evidence either way.
 */
export function scoreCandidate(
  text: string,
  quote: TextQuoteSelector,
  start: number,
  end: number,
  errors: number,
  expectedStart: number,
): CandidateScore {
  const quoteScore = quote.exact.length === 0 ? 0 : Math.max(0, 1 - errors / quote.exact.length);
  const prefixScore =
    quote.prefix.length === 0
      ? 1
      : stringSimilarity(quote.prefix, text.slice(Math.max(0, start - quote.prefix.length), start));
  const suffixScore =
    quote.suffix.length === 0 ? 1 : stringSimilarity(quote.suffix, text.slice(end, end + quote.suffix.length));
  const positionScore = positionSimilarity(start, expectedStart);
  return {
    total:
      SCORE_WEIGHTS.quote * quoteScore +
      SCORE_WEIGHTS.prefix * prefixScore +
      SCORE_WEIGHTS.suffix * suffixScore +
      SCORE_WEIGHTS.position * positionScore,
    quote: quoteScore,
    prefix: prefixScore,
    suffix: suffixScore,
    position: positionScore,
  };
}

/**
 * A cheap stand-in for the context scores: how many characters of the stored prefix and suffix still
 * sit right next to the candidate. Used to shortlist when a quote occurs very many times.
 */
export function adjacentContextAgreement(text: string, quote: TextQuoteSelector, start: number, end: number): number {
  let before = 0;
  while (
    before < quote.prefix.length &&
    start - before - 1 >= 0 &&
    text.charCodeAt(start - before - 1) === quote.prefix.charCodeAt(quote.prefix.length - before - 1)
  ) {
    before += 1;
  }
  let after = 0;
  while (
    after < quote.suffix.length &&
    end + after < text.length &&
    text.charCodeAt(end + after) === quote.suffix.charCodeAt(after)
  ) {
    after += 1;
  }
  return before + after;
}
