// Describing a range of an article's normalised text as W3C selectors (quote with context, and position),
// which is all a claim stores about where it sits.
import type { ClaimSelectors } from './model';

/** How many characters of context the quote selector keeps on each side of the quote. */
export const PREFIX_SUFFIX_LENGTH = 32;

const WHITE_SPACE = /\s/;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Selectors for `text.slice(start, end)`. Throws when the range is not a non-empty range of whole
 * offsets inside the text, or holds only white space.
 */
export function describeRange(text: string, start: number, end: number): ClaimSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`Range offsets must be whole numbers, got ${start}..${end}.`);
  }
  if (start < 0 || end > text.length) {
    throw new RangeError(`Range ${start}..${end} lies outside the text (length ${text.length}).`);
  }
  if (start >= end) {
    throw new RangeError(`Range ${start}..${end} is empty or reversed.`);
  }

  // White space at the edges is dropped because it is the least stable part of the text: block
  // separators and folded runs of spaces change when an article is re-extracted, so a quote that
  // ends in "\n\n" would stop matching exactly; and a drag or double-click selection often picks up
  // a trailing space the reader never meant to mark.
  while (start < end && WHITE_SPACE.test(text.charAt(start))) start += 1;
  while (end > start && WHITE_SPACE.test(text.charAt(end - 1))) end -= 1;
  if (start === end) {
    throw new RangeError('Range holds only white space.');
  }

  // Never cut a character outside the Basic Multilingual Plane (emoji, rare CJK) in half: widen the
  // range to the whole surrogate pair so the quote is valid text.
  if (start > 0 && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))) {
    start -= 1;
  }
  if (end < text.length && isLowSurrogate(text.charCodeAt(end)) && isHighSurrogate(text.charCodeAt(end - 1))) {
    end += 1;
  }

  let prefixStart = Math.max(0, start - PREFIX_SUFFIX_LENGTH);
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + PREFIX_SUFFIX_LENGTH);
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd -= 1;

  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
