// Placing claims in an article's current text from their stored selectors, and re-anchoring every claim
// of an article after its text changed. Strategy, scoring and thresholds: docs/ANCHORING.md.
import { adjacentContextAgreement, editDistance, scoreCandidate } from './anchor-scoring';
import { findApproximateMatches } from './fuzzy-match';
import type { Claim, ClaimSelectors, TextQuoteSelector } from './model';
import { describeRange } from './selectors';

export type AnchorResult =
  | { kind: 'exact-position' | 'exact-quote' | 'fuzzy'; start: number; end: number; score?: number }
  | { kind: 'orphan' };

export interface AnchorOptions {
  /**
   * Where the quote is now expected to start, when the caller knows better than the stored position
   * (re-anchoring passes the old position plus the shift seen on the claim before). Defaults to the
   * stored position.
   */
  expectedStart?: number;
}

/** Edits allowed in a fuzzy match, as a share of the quote's length. */
export const MAX_ERROR_RATIO = 0.25;

/** Candidates scoring below this (see anchor-scoring.ts) are not accepted, except self-evident quotes (below). */
export const MIN_ACCEPTED_SCORE = 0.6;

/** A candidate this good ends the search: nothing elsewhere could reasonably beat it. */
export const CONFIDENT_SCORE = 0.9;

/**
 * A quote at least this long, found exactly or with few edits (see SELF_EVIDENT_SIMILARITY), is
 * accepted whatever its surroundings now are: a string of this length recurring by chance is
 * unlikely, and a paragraph moved elsewhere in the article changes both of its contexts.
 */
export const SELF_EVIDENT_QUOTE_LENGTH = 32;
export const SELF_EVIDENT_SIMILARITY = 0.9;

/** Characters searched on each side of the expected place before the whole text is searched. */
export const NEIGHBOURHOOD_MARGIN = 256;

/** Above this many exact occurrences only a shortlist is fully scored (a one-character quote can recur thousands of times). */
const MANY_OCCURRENCES = 64;
const SHORTLIST_BY_CONTEXT = 16;
const SHORTLIST_BY_DISTANCE = 4;

interface Candidate {
  start: number;
  end: number;
  errors: number;
  score: number;
  quoteSimilarity: number;
  /** Both stored contexts (nearly) agree with the text around the candidate. */
  contextsAgree: boolean;
}

const ORPHAN: AnchorResult = { kind: 'orphan' };

function exactOccurrences(text: string, quote: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at);
  return starts;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** Finds where the selectors now point in `text`; see docs/ANCHORING.md for the order of attempts. */
export function anchorSelectors(
  selectors: ClaimSelectors,
  text: string,
  options: AnchorOptions = {},
): AnchorResult {
  const { quote, position } = selectors;
  const exact = quote.exact;
  if (exact.length === 0) return ORPHAN;

  // 1. The stored position still holds the quote: the common case, and the only work done when the
  //    text has not changed. One side of the context must still agree too, because after an edit a
  //    short repeated quote can land a different occurrence exactly on the old position; if neither
  //    does, the occurrence there still competes with the others in step 2. When the caller expects
  //    the quote somewhere else (the text before it shifted), the stored position competes as well:
  //    in a repeated passage the next copy can sit exactly where the claim used to be.
  const storedPositionHoldsQuote =
    Number.isInteger(position.start) &&
    position.start >= 0 &&
    position.end === position.start + exact.length &&
    text.startsWith(exact, position.start);
  if (
    storedPositionHoldsQuote &&
    (options.expectedStart === undefined || options.expectedStart === position.start) &&
    (text.endsWith(quote.prefix, position.start) || text.startsWith(quote.suffix, position.end))
  ) {
    return { kind: 'exact-position', start: position.start, end: position.end };
  }

  const expectedStart = clamp(
    Math.round(options.expectedStart ?? (Number.isFinite(position.start) ? position.start : 0)),
    0,
    text.length,
  );
  const toCandidate = (start: number, end: number, errors: number): Candidate => {
    const parts = scoreCandidate(text, quote, start, end, errors, expectedStart);
    return {
      start,
      end,
      errors,
      score: parts.total,
      quoteSimilarity: parts.quote,
      contextsAgree: parts.prefix >= 0.9 && parts.suffix >= 0.9,
    };
  };
  // An exact quote whose contexts both agree cannot be beaten by an approximate match, wherever it is.
  const isConfident = (candidate: Candidate): boolean =>
    candidate.score >= CONFIDENT_SCORE || (candidate.errors === 0 && candidate.contextsAgree);
  const isAcceptable = (candidate: Candidate): boolean =>
    candidate.score >= MIN_ACCEPTED_SCORE ||
    (exact.length >= SELF_EVIDENT_QUOTE_LENGTH && candidate.quoteSimilarity >= SELF_EVIDENT_SIMILARITY);
  const better = (a: Candidate | undefined, b: Candidate): Candidate =>
    a === undefined ||
    b.score > a.score ||
    (b.score === a.score && Math.abs(b.start - expectedStart) < Math.abs(a.start - expectedStart))
      ? b
      : a;

  // 2. The exact quote elsewhere. Context agreement decides between repeated quotes (an insertion
  //    earlier in the text can bring a different occurrence to the old position); distance from the
  //    expected place breaks ties, through the position part of the score.
  let best: Candidate | undefined;
  let occurrences = exactOccurrences(text, exact);
  if (occurrences.length > MANY_OCCURRENCES) {
    const byContext = [...occurrences]
      .sort(
        (a, b) =>
          adjacentContextAgreement(text, quote, b, b + exact.length) -
          adjacentContextAgreement(text, quote, a, a + exact.length),
      )
      .slice(0, SHORTLIST_BY_CONTEXT);
    const byDistance = [...occurrences]
      .sort((a, b) => Math.abs(a - expectedStart) - Math.abs(b - expectedStart))
      .slice(0, SHORTLIST_BY_DISTANCE);
    occurrences = [...new Set([...byContext, ...byDistance])];
  }
  for (const start of occurrences) {
    const candidate = toCandidate(start, start + exact.length, 0);
    if (isAcceptable(candidate)) best = better(best, candidate);
  }
  if (best !== undefined && isConfident(best)) return resultFor(best, position.start);

  // 3. An approximate match: first around the expected place (the search only reports the matches
  //    with the fewest errors, so a slightly edited quote near home could otherwise lose to a closer
  //    copy far away), then, unless that settled it, in the whole text.
  const maxErrors = Math.floor(exact.length * MAX_ERROR_RATIO);
  if (maxErrors > 0) {
    const margin = Math.max(NEIGHBOURHOOD_MARGIN, exact.length);
    const neighbourhood = {
      from: expectedStart - maxErrors - margin,
      to: expectedStart + exact.length + maxErrors + margin,
    };
    for (const match of findApproximateMatches(text, exact, maxErrors, neighbourhood, expectedStart)) {
      for (const variant of boundaryVariants(text, quote, match)) {
        const candidate = toCandidate(variant.start, variant.end, variant.errors);
        if (isAcceptable(candidate)) best = better(best, candidate);
      }
    }
    const neighbourhoodIsWholeText = neighbourhood.from <= 0 && neighbourhood.to >= text.length;
    if (!neighbourhoodIsWholeText && (best === undefined || !isConfident(best))) {
      for (const match of findApproximateMatches(text, exact, maxErrors, { from: 0, to: text.length }, expectedStart)) {
        for (const variant of boundaryVariants(text, quote, match)) {
          const candidate = toCandidate(variant.start, variant.end, variant.errors);
          if (isAcceptable(candidate)) best = better(best, candidate);
        }
      }
    }
  }

  // 4. Nothing good enough: the claim is kept but shown as orphaned.
  return best === undefined ? ORPHAN : resultFor(best, position.start);
}

/** Above this quote length the edits of a trimmed match are not recounted (quadratic cost). */
const RECOUNT_LIMIT = 512;

/**
 * An approximate match and its variants with edges trimmed back to the stored context. When the start
 * or end of a quote was cut, the search prefers the longest match and swallows that many characters of
 * the neighbouring text as "substitutions", which costs as many edits as the cut itself; characters
 * that equal the end of the stored prefix (or the start of the suffix) belong outside the quote. The
 * scores decide between the variants.
 */
function boundaryVariants(
  text: string,
  quote: TextQuoteSelector,
  match: { start: number; end: number; errors: number },
): { start: number; end: number; errors: number }[] {
  // Edits are recounted for trimmed variants of quotes up to RECOUNT_LIMIT, so any trim agreeing with
  // the context can be tried; beyond it only trims no longer than the edits found are safe to assume.
  const canRecount = quote.exact.length <= RECOUNT_LIMIT;
  const longestTrim = Math.min(canRecount ? Infinity : match.errors, match.end - match.start - 1);
  const longestAgreement = (contextLength: number, isSame: (length: number) => boolean): number => {
    for (let length = Math.min(longestTrim, contextLength); length > 0; length -= 1) {
      if (isSame(length)) return length;
    }
    return 0;
  };
  const trimStart = longestAgreement(
    quote.prefix.length,
    (length) => text.slice(match.start, match.start + length) === quote.prefix.slice(-length),
  );
  const trimEnd = longestAgreement(
    quote.suffix.length,
    (length) => text.slice(match.end - length, match.end) === quote.suffix.slice(0, length),
  );
  if (trimStart === 0 && trimEnd === 0) return [match];

  const variants = [match];
  const withEdges = (start: number, end: number) => {
    if (end - start <= 0) return;
    const errors = canRecount ? editDistance(quote.exact, text.slice(start, end)) : match.errors;
    variants.push({ start, end, errors });
  };
  if (trimStart > 0) withEdges(match.start + trimStart, match.end);
  if (trimEnd > 0) withEdges(match.start, match.end - trimEnd);
  if (trimStart > 0 && trimEnd > 0) withEdges(match.start + trimStart, match.end - trimEnd);
  return variants;
}

function resultFor(candidate: Candidate, storedStart: number): AnchorResult {
  const kind = candidate.errors > 0 ? 'fuzzy' : candidate.start === storedStart ? 'exact-position' : 'exact-quote';
  return {
    kind,
    start: candidate.start,
    end: candidate.end,
    score: candidate.score,
  };
}

export interface ReanchorReport {
  /** Still at their stored position. */
  unchanged: number;
  /** Exact quote found at a new position. */
  moved: number;
  /** Placed on an approximate match of the quote. */
  fuzzy: number;
  /** Could not be placed; selectors kept as they were. */
  orphaned: number;
}

function sameSelectors(a: ClaimSelectors, b: ClaimSelectors): boolean {
  return (
    a.position.start === b.position.start &&
    a.position.end === b.position.end &&
    a.quote.exact === b.quote.exact &&
    a.quote.prefix === b.quote.prefix &&
    a.quote.suffix === b.quote.suffix
  );
}

/**
 * Places every claim in `newText`. Placed claims get selectors described afresh from the new text and
 * lose any orphaned flag; the others are flagged orphaned with their selectors untouched, so they can
 * be placed again if the text comes back. A claim that needs no change is returned as the same object,
 * so callers can skip writing it. The result keeps the input order.
 */
export function reanchorClaims(
  claims: readonly Claim[],
  newText: string,
): { claims: Claim[]; report: ReanchorReport } {
  const report: ReanchorReport = { unchanged: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  const result: Claim[] = [...claims];

  // Walk the claims in their old text order and carry the shift seen on the last placed claim: an
  // insertion moves every later claim by the same amount, which makes the expected place of the next
  // claim far better than its stale stored position.
  const order = claims
    .map((claim, index) => ({ claim, index }))
    .sort((a, b) => a.claim.selectors.position.start - b.claim.selectors.position.start);
  let shift = 0;

  for (const { claim, index } of order) {
    const oldStart = claim.selectors.position.start;
    const anchor = anchorSelectors(claim.selectors, newText, { expectedStart: oldStart + shift });
    let selectors: ClaimSelectors | undefined;
    if (anchor.kind !== 'orphan') {
      try {
        selectors = describeRange(newText, anchor.start, anchor.end);
      } catch {
        // A match made only of white space cannot carry a claim; treat it as not found.
        selectors = undefined;
      }
    }

    if (anchor.kind === 'orphan' || selectors === undefined) {
      report.orphaned += 1;
      result[index] = claim.orphaned ? claim : { ...claim, orphaned: true };
      continue;
    }

    shift = anchor.start - oldStart;
    if (anchor.kind === 'exact-position') report.unchanged += 1;
    else if (anchor.kind === 'exact-quote') report.moved += 1;
    else report.fuzzy += 1;
    result[index] =
      !claim.orphaned && sameSelectors(claim.selectors, selectors) ? claim : { ...claim, selectors, orphaned: false };
  }

  return { claims: result, report };
}
