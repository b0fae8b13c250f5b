// White-space folding for text taken from a DOM, as normalizeInlineWhitespace (core/document-text.ts)
// does it, with one regular expression and no callback per run: on whole pages of text the callback
// was most of the cost.

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F\u200B\uFEFF]/g;
// A run of two or more white-space characters, or a single one other than a plain space (which stays
// as it is) or an ideographic space (kept when it stands alone). \s includes U+00A0 and U+3000.
const FOLDED = /\s{2,}|[^\S \u3000]/g;

// Text below U+0300 (ASCII, Latin-1, Latin Extended, IPA, spacing modifiers) is already NFC, as no
// combining mark comes before U+0300; testing for that is much cheaper than normalize() on short runs.
const MAY_NEED_NFC = /[^\u0000-\u02FF]/;

/** NFC, no control characters, every white-space run one space (a lone U+3000 kept); ends not trimmed. */
export function foldWhiteSpace(text: string): string {
  const nfc = MAY_NEED_NFC.test(text) ? text.normalize('NFC') : text;
  return nfc.replace(CONTROL_CHARACTERS, '').replace(FOLDED, ' ');
}

/** Exactly normalizeInlineWhitespace(text). */
export function normalizeWhiteSpace(text: string): string {
  return foldWhiteSpace(text).trim();
}
