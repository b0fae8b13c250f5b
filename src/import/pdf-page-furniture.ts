// Finds the running headers, footers and page numbers of a PDF: lines repeated near the same edge of
// most pages (digits ignored, so "Page 3 of 9" matches "Page 4 of 9"), and page-number lines.
import type { PdfLine } from './pdf-text-lines';

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page\s*)?\d{1,4}(?:\s*(?:of|\/|\|)\s*\d{1,4})?(?:\s*[-–—])?$|^第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$|^\d{1,4}\s*\/\s*\d{1,4}$/i;

/** The top and bottom eighth of a page, where running heads and feet sit. */
function edgeZone(line: PdfLine): 'top' | 'bottom' | undefined {
  if (line.y > line.pageHeight * 0.88) return 'top';
  if (line.y < line.pageHeight * 0.12) return 'bottom';
  return undefined;
}

function shapeOf(line: PdfLine): string {
  return line.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
}

/** Indexes (into `lines`) of the lines that are page furniture. */
export function pageFurniture(lines: readonly PdfLine[]): Set<number> {
  const furniture = new Set<number>();
  const pages = new Set(lines.map((line) => line.page)).size;
  // How many different pages show a line of this shape near the same edge at about the same height.
  const seen = new Map<string, Set<number>>();
  const keys = lines.map((line) => {
    const zone = edgeZone(line);
    if (!zone) return undefined;
    const key = `${zone}|${Math.round(line.y / 12)}|${shapeOf(line)}`;
    const onPages = seen.get(key) ?? new Set<number>();
    onPages.add(line.page);
    seen.set(key, onPages);
    return key;
  });
  lines.forEach((line, index) => {
    const key = keys[index];
    if (!key) return;
    const repeatedOn = seen.get(key)?.size ?? 0;
    if (pages >= 2 && repeatedOn >= Math.max(2, Math.ceil(pages * 0.5))) furniture.add(index);
    else if (PAGE_NUMBER.test(line.text)) furniture.add(index);
  });
  return furniture;
}
