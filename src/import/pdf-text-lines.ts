// Turns a PDF page's positioned text items into lines: items on one baseline are joined left to right,
// with a space only where the gap between them is wide enough to be one.
import { foldCjkRadicals } from './pdf-cjk-radicals';
import { isCjkChar } from './text-line-joining';

/** The part of a pdf.js text item that line building needs (pdf.js's TextItem satisfies it). */
export interface PositionedText {
  str: string;
  /** [a, b, c, d, e, f]: e and f are the position, the column (c, d) gives the font size. */
  transform: number[];
  width: number;
  fontName?: string;
}

export interface PdfLine {
  text: string;
  page: number;
  /** Left and right edge and baseline, in PDF units with y growing upwards. */
  left: number;
  right: number;
  y: number;
  /** Font size of the line's largest text. */
  size: number;
  pageWidth: number;
  pageHeight: number;
}

interface Placed {
  text: string;
  x: number;
  y: number;
  right: number;
  size: number;
}

export function linesOfPage(
  items: readonly PositionedText[],
  page: number,
  pageWidth: number,
  pageHeight: number,
): PdfLine[] {
  const placed: Placed[] = [];
  for (const item of items) {
    if (item.str === '') continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
    // Rotated text (b, c non-zero) is rare in articles; its size is still the length of the column.
    const size = Math.hypot(c, d) || Math.hypot(a, b) || 1;
    placed.push({ text: item.str, x: e, y: f, right: e + item.width, size });
  }
  // Top to bottom, then left to right; items whose baselines differ by less than a third of the size
  // share a line (superscripts and mixed fonts shift baselines a little).
  placed.sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: Placed[][] = [];
  for (const item of placed) {
    const group = groups[groups.length - 1];
    const anchor = group?.[0];
    if (group && anchor && Math.abs(anchor.y - item.y) < Math.max(anchor.size, item.size) * 0.35) group.push(item);
    else groups.push([item]);
  }
  const lines: PdfLine[] = [];
  for (const group of groups) {
    group.sort((p, q) => p.x - q.x);
    let text = '';
    let previous: Placed | undefined;
    for (const item of group) {
      if (previous) {
        const gap = item.x - previous.right;
        const lastChar = [...text].pop();
        const firstChar = [...item.text][0];
        const cjk = isCjkChar(lastChar) && isCjkChar(firstChar);
        const threshold = previous.size * (cjk ? 0.9 : 0.15);
        if (gap > threshold && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' ';
      }
      text += item.text;
      previous = item;
    }
    const normalised = foldCjkRadicals(text).replace(/\s+/g, ' ').trim();
    if (normalised === '') continue;
    const first = group[0] as Placed;
    // Chinese paragraphs are often indented with two ideographic spaces typed into the text rather
    // than by position; count them into the left edge so the indent still marks a new paragraph.
    const leading = /^[\s\u3000]*/u.exec(text)?.[0] ?? '';
    const typedIndent = [...leading].reduce((width, char) => width + (char === '\u3000' ? 1 : 0.25), 0) * first.size;
    lines.push({
      text: normalised,
      page,
      left: Math.min(...group.map((item) => item.x)) + typedIndent,
      right: Math.max(...group.map((item) => item.right)),
      y: first.y,
      size: Math.max(...group.map((item) => item.size)),
      pageWidth,
      pageHeight,
    });
  }
  return lines;
}
