// Rebuilds paragraphs from the lines of a PDF's body text. A paragraph ends where the next line sits
// further down than the usual line spacing, is indented, changes type size, or follows a short line
// that ends a sentence; across a page break it continues only if the page ended mid-sentence.
// Running heads and page numbers must already be gone, or they would split paragraphs at each page.
import type { PdfLine } from './pdf-text-lines';
import { joinLine } from './text-line-joining';

export interface PdfParagraph {
  text: string;
  /** Type size of the paragraph's first line. */
  size: number;
  page: number;
  lines: PdfLine[];
}

export interface BodyMeasure {
  /** The size most of the text is set in. */
  size: number;
  /** Usual baseline-to-baseline distance inside a paragraph. */
  lineGap: number;
  left: number;
  right: number;
}

const SENTENCE_END = /[。！？.!?…:：]["'”’」』)）\]]*$/u;

function mostCommon(values: readonly number[], weights?: readonly number[]): number | undefined {
  const tally = new Map<number, number>();
  values.forEach((value, i) => tally.set(value, (tally.get(value) ?? 0) + (weights?.[i] ?? 1)));
  let best: number | undefined;
  let bestCount = -1;
  for (const [value, count] of tally) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

function round(value: number, step: number): number {
  return Math.round(value / step) * step;
}

export function measureBody(lines: readonly PdfLine[]): BodyMeasure {
  const size = mostCommon(lines.map((line) => round(line.size, 0.5)), lines.map((line) => line.text.length)) ?? 12;
  const bodyLines = lines.filter((line) => Math.abs(line.size - size) < size * 0.1);
  const gaps: number[] = [];
  for (let i = 1; i < bodyLines.length; i += 1) {
    const previous = bodyLines[i - 1] as PdfLine;
    const line = bodyLines[i] as PdfLine;
    const gap = previous.y - line.y;
    if (line.page === previous.page && gap > 0) gaps.push(round(gap, 0.5));
  }
  // Spacing inside paragraphs is the most frequent one; gaps between paragraphs are rarer and wider.
  const lineGap = mostCommon(gaps.filter((gap) => gap >= size * 0.9 && gap <= size * 3)) ?? size * 1.2;
  const left = mostCommon(bodyLines.map((line) => round(line.left, 2))) ?? 0;
  const rights = bodyLines.map((line) => line.right).sort((a, b) => a - b);
  const right = rights[Math.floor(rights.length * 0.8)] ?? Math.max(...lines.map((line) => line.right), 0);
  return { size, lineGap, left, right };
}

function startsNewParagraph(previous: PdfLine, line: PdfLine, body: BodyMeasure): boolean {
  const sizeChanged = Math.abs(line.size - previous.size) > Math.max(line.size, previous.size) * 0.1;
  if (sizeChanged) return true;
  const width = Math.max(body.right - body.left, 1);
  const previousIsShort = previous.right < body.right - width * 0.2;
  const endsSentence = SENTENCE_END.test(previous.text);
  // An indented line after a line at the margin, or after a short line (the end of a paragraph that
  // was itself indented), opens a paragraph; a run of equally indented lines is a block quote.
  const indented =
    line.left > body.left + line.size * 0.8 && (previous.left <= body.left + line.size * 0.5 || previousIsShort);
  if (line.page !== previous.page) {
    // Across a page break: the paragraph goes on if the page stopped mid-sentence on a line of about
    // full width, or the new page starts in lower case.
    const continues = !endsSentence && !indented && (!previousIsShort || /^\p{Ll}/u.test(line.text));
    return !continues;
  }
  // Larger type is set with proportionally larger spacing (a two-line headline is one paragraph).
  const gap = previous.y - line.y;
  const usualGap = body.lineGap * Math.max(1, Math.min(line.size, previous.size) / body.size);
  if (gap > usualGap * 1.35 || gap < 0) return true;
  if (indented) return true;
  return previousIsShort && endsSentence;
}

export function paragraphsOf(lines: readonly PdfLine[], body: BodyMeasure = measureBody(lines)): PdfParagraph[] {
  const paragraphs: PdfParagraph[] = [];
  let current: PdfParagraph | undefined;
  let previous: PdfLine | undefined;
  for (const line of lines) {
    if (!current || !previous || startsNewParagraph(previous, line, body)) {
      current = { text: line.text, size: line.size, page: line.page, lines: [line] };
      paragraphs.push(current);
    } else {
      current.text = joinLine(current.text, line.text);
      current.lines.push(line);
    }
    previous = line;
  }
  return paragraphs;
}
