// Tidies a block's inline runs the way the document text will be normalised: white space folded across
// run boundaries, ends trimmed, empty runs dropped and neighbours with the same formatting merged.
import type { Inline } from '../core/model';

function sameFormat(a: Inline, b: Inline): boolean {
  return a.href === b.href && !!a.bold === !!b.bold && !!a.italic === !!b.italic;
}

/** White space inside a run folded to single spaces (a lone ideographic space is kept, as documentText does). */
function foldWhitespace(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F\u200B\uFEFF]/g, '')
    .replace(/[\s\u00A0\u3000]+/g, (run) => (run === '\u3000' ? '\u3000' : ' '));
}

export function tidyInlines(inlines: readonly Inline[]): Inline[] {
  const result: Inline[] = [];
  let previousEndsInSpace = true; // so leading space of the block is dropped
  for (const inline of inlines) {
    let text = foldWhitespace(inline.text);
    if (previousEndsInSpace) text = text.replace(/^ +/, '');
    if (text === '') continue;
    previousEndsInSpace = text.endsWith(' ');
    const last = result[result.length - 1];
    if (last && sameFormat(last, inline)) {
      last.text += text;
      continue;
    }
    const run: Inline = { text };
    if (inline.href) run.href = inline.href;
    if (inline.bold) run.bold = true;
    if (inline.italic) run.italic = true;
    result.push(run);
  }
  // Trailing space of the block goes, and with it any run that was only that space.
  while (result.length > 0) {
    const last = result[result.length - 1] as Inline;
    last.text = last.text.replace(/ +$/, '');
    if (last.text !== '') break;
    result.pop();
  }
  return result;
}

export function plainInlines(text: string): Inline[] {
  return tidyInlines([{ text }]);
}
