// Offsets in the article text as UTF-16 code units (what JavaScript strings and our selectors use) and as
// Unicode code points (what W3C TextPositionSelector counts). They differ after any astral character,
// such as most emoji: "🙂" is one code point but two code units.

/** The code point offset of a UTF-16 offset; an offset inside a surrogate pair counts the whole pair. */
export function utf16ToCodePointOffset(text: string, utf16Offset: number): number {
  let points = 0;
  for (let i = 0; i < utf16Offset && i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // A low surrogate that follows a high one belongs to the same code point.
    if (code >= 0xdc00 && code <= 0xdfff && i > 0) {
      const previous = text.charCodeAt(i - 1);
      if (previous >= 0xd800 && previous <= 0xdbff) continue;
    }
    points += 1;
  }
  return points;
}

/** The UTF-16 offset of a code point offset; null when the text has fewer code points. */
export function codePointToUtf16Offset(text: string, codePointOffset: number): number | null {
  let points = 0;
  let i = 0;
  while (points < codePointOffset) {
    if (i >= text.length) return null;
    const code = text.codePointAt(i)!;
    i += code > 0xffff ? 2 : 1;
    points += 1;
  }
  return i;
}
