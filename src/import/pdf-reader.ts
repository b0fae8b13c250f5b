// Reads a PDF's text layer with pdf.js into an article: paragraphs rebuilt from positioned lines,
// running headers, footers and page numbers removed, title from the document info or the largest type,
// and a web page's menus and lists (in a PDF saved from a browser) found as the text reader finds them.
//
// pdf.js is loaded on first use. In Node (tests, command line) the legacy build runs its worker in
// process. In the browser and the Electron renderer the modern build runs its worker in a module
// Worker; the `new Worker(new URL('pdfjs-dist/…', import.meta.url))` form is what Vite recognises to
// bundle the worker file and rewrite its URL, so keep it literal.
import { blockText } from '../core/document-text';
import type { ArticleMetadata, Block } from '../core/model';
import { ImportError, type CandidateBlock, type Extraction, type RemovalReason } from './extraction';
import type { ImportProblem } from './import-notices';
import { pageFurniture } from './pdf-page-furniture';
import { measureBody, paragraphsOf, type PdfParagraph } from './pdf-paragraphs';
import { linesOfPage, type PdfLine, type PositionedText } from './pdf-text-lines';
import { bylineAuthor } from './text-bylines';
import { findDate, isDateLine } from './text-date-patterns';
import { plainInlines } from './text-inline-runs';
import { readPlainText } from './text-reader';
import { guessLanguage } from './text-language';

type PdfJs = typeof import('pdfjs-dist');

let pdfjsLoading: Promise<PdfJs> | undefined;

function loadPdfJs(): Promise<PdfJs> {
  pdfjsLoading ??= (async (): Promise<PdfJs> => {
    if (typeof window === 'undefined' || typeof Worker === 'undefined') {
      return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
    }
    const pdfjs = await import('pdfjs-dist');
    if (!pdfjs.GlobalWorkerOptions.workerPort && !pdfjs.GlobalWorkerOptions.workerSrc) {
      pdfjs.GlobalWorkerOptions.workerPort = new Worker(new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url), {
        type: 'module',
      });
    }
    return pdfjs;
  })();
  return pdfjsLoading;
}

/** Document info titles that are not titles: empty, "Untitled", a file name, a word-processor default. */
function usableInfoTitle(title: unknown): string {
  if (typeof title !== 'string') return '';
  const text = title.replace(/\s+/g, ' ').trim();
  if (text === '' || /^(untitled|无标题|document\d*|microsoft word - .*|.*\.(docx?|pdf|html?|txt|indd|pages))$/i.test(text)) return '';
  return text;
}

function infoString(info: unknown, key: string): string {
  if (typeof info !== 'object' || info === null) return '';
  const value = (info as Record<string, unknown>)[key];
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

function headingLevel(size: number, headingSizes: readonly number[]): 1 | 2 | 3 {
  const rank = headingSizes.findIndex((candidate) => Math.abs(candidate - size) < 0.5);
  return (Math.min(Math.max(rank, 0), 2) + 1) as 1 | 2 | 3;
}

/** pdf.js's own exceptions by name; anything else keeps the first line of its (English) message. */
function problemOf(error: unknown): ImportProblem {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return { code: 'pdf-password' };
  if (name === 'InvalidPDFException') return { code: 'pdf-invalid' };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'pdf-unreadable', params: { detail: message.split('\n')[0]!.slice(0, 160) } };
}

export async function readPdf(bytes: Uint8Array, fileName: string): Promise<Extraction> {
  const pdfjs = await loadPdfJs();
  // pdf.js transfers the buffer to its worker; give it a copy so the caller keeps the original bytes.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw new ImportError(fileName, problemOf(error));
  }

  try {
    const lines: PdfLine[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = content.items.filter((item): item is typeof item & PositionedText => 'str' in item);
      // pdf.js reports positions in PDF space; the viewport's view box gives the page's own extent.
      lines.push(...linesOfPage(items, number, viewport.width, viewport.height));
      page.cleanup();
    }
    if (lines.every((line) => line.text.replace(/\s/g, '') === '')) {
      throw new ImportError(fileName, { code: 'pdf-no-text-layer' });
    }

    const { info } = await document.getMetadata().catch(() => ({ info: undefined }));
    const extraction = articleFromLines(lines, fileName, info);
    const pagesWithText = new Set(lines.map((line) => line.page)).size;
    const blankPages = document.numPages - pagesWithText;
    if (blankPages > 0) {
      extraction.warnings.push({ code: 'pdf-blank-pages', params: { count: blankPages, total: document.numPages } });
    }
    return extraction;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(fileName, problemOf(error));
  } finally {
    await document.destroy();
  }
}

/**
 * What the plain-text reader's article finder makes of the paragraphs, one paragraph a line: a PDF
 * saved from a web page carries the site's menus, share bars and related lists, and this gives them
 * their removal reasons. Undefined if the paragraphs did not map one to one onto its candidates.
 */
function webPageReading(paragraphs: readonly PdfParagraph[], fileName: string): Extraction | undefined {
  const text = paragraphs.map((paragraph) => paragraph.text.replace(/\s+/g, ' ')).join('\n\n');
  const reading = readPlainText(text, fileName);
  return reading.candidates.length === paragraphs.length ? reading : undefined;
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();
}

function articleFromLines(lines: readonly PdfLine[], fileName: string, info: unknown): Extraction {
  const furniture = pageFurniture(lines);
  const bodyLines = lines.filter((_, index) => !furniture.has(index));
  const body = measureBody(bodyLines);
  const paragraphs = paragraphsOf(bodyLines, body);
  const web = webPageReading(paragraphs, fileName);
  const webReason = (paragraph: PdfParagraph): RemovalReason | undefined => web?.candidates[paragraphs.indexOf(paragraph)]?.removed;

  // Larger than the body text and short enough to be a heading.
  const isHeading = (paragraph: PdfParagraph): boolean => paragraph.size > body.size * 1.15 && paragraph.text.length <= 200;
  const headingSizes = [...new Set(paragraphs.filter(isHeading).map((p) => Math.round(p.size * 2) / 2))].sort((a, b) => b - a);

  // Title: the document info title when it is a real one (a page title often carries the site name
  // after the headline, so a first-page paragraph it starts with is the headline), else the largest
  // heading on the first page, else what the article finder took for the title.
  const infoTitle = usableInfoTitle(infoString(info, 'Title'));
  const firstPage = paragraphs.filter((p) => p.page === paragraphs[0]?.page);
  const largest = firstPage.filter(isHeading).reduce<PdfParagraph | undefined>((best, p) => (!best || p.size > best.size ? p : best), undefined);
  let title = infoTitle;
  let titleParagraph: PdfParagraph | undefined;
  if (infoTitle !== '') {
    // The headline may sit below a long menu, past the first page; of several matches the largest type wins.
    const compact = infoTitle.replace(/\s+/g, '').toLowerCase();
    const matches = paragraphs.filter((p) => {
      const text = p.text.replace(/\s+/g, '').toLowerCase();
      return sameText(p.text, infoTitle) || (p.size >= body.size && text.length >= compact.length * 0.4 && compact.startsWith(text));
    });
    titleParagraph = matches.reduce<PdfParagraph | undefined>((best, p) => (!best || p.size > best.size ? p : best), undefined);
    if (titleParagraph) title = titleParagraph.text;
  } else if (largest) {
    titleParagraph = largest;
    title = largest.text;
  } else if (web && web.candidates.some((c) => c.block.type === 'heading' && c.removed === 'metadata-line')) {
    titleParagraph = paragraphs[web.candidates.findIndex((c) => c.block.type === 'heading' && c.removed === 'metadata-line')];
    title = web.metadata.title;
  }
  if (title === '') title = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.pdf$/i, '');

  // Byline and dateline: among the first few paragraphs after the title.
  let author = infoString(info, 'Author');
  let publishedDate = '';
  const metadataParagraphs = new Set<PdfParagraph>();
  const start = titleParagraph ? paragraphs.indexOf(titleParagraph) + 1 : 0;
  for (const paragraph of paragraphs.slice(start, start + 4)) {
    const byline = bylineAuthor(paragraph.text);
    if (byline) {
      if (author === '' || metadataParagraphs.size === 0) author = byline;
      metadataParagraphs.add(paragraph);
      publishedDate ||= findDate(paragraph.text)?.iso ?? '';
    } else if (isDateLine(paragraph.text) && publishedDate === '') {
      publishedDate = isDateLine(paragraph.text)?.iso ?? '';
      metadataParagraphs.add(paragraph);
    }
  }
  author ||= web?.metadata.author ?? '';
  publishedDate ||= web?.metadata.publishedDate ?? '';

  const candidates: CandidateBlock[] = [];
  let furnitureIndex = 0;
  const furnitureLines = lines.filter((_, index) => furniture.has(index));
  // Removed lines stay in reading order: a page's header before its first paragraph, its footer after.
  const flushFurnitureBefore = (line: PdfLine | undefined): void => {
    while (furnitureIndex < furnitureLines.length) {
      const next = furnitureLines[furnitureIndex] as PdfLine;
      if (line && (next.page > line.page || (next.page === line.page && next.y <= line.y))) break;
      candidates.push({ block: { type: 'paragraph', inlines: plainInlines(next.text) }, removed: 'page-furniture' });
      furnitureIndex += 1;
    }
  };
  for (const paragraph of paragraphs) {
    flushFurnitureBefore(paragraph.lines[0]);
    const inlines = plainInlines(paragraph.text);
    const block: Block = isHeading(paragraph)
      ? { type: 'heading', level: headingLevel(paragraph.size, headingSizes), inlines }
      : { type: 'paragraph', inlines };
    const reason = webReason(paragraph);
    if (paragraph === titleParagraph) {
      candidates.push({ block: { type: 'heading', level: 1, inlines }, removed: 'metadata-line' });
    } else if (metadataParagraphs.has(paragraph)) {
      candidates.push({ block, removed: 'metadata-line' });
    } else if (reason && !(reason === 'metadata-line' && block.type === 'heading')) {
      // The finder's own title pick is not removed when the PDF's type sizes chose another title.
      candidates.push({ block, removed: reason });
    } else {
      candidates.push({ block });
    }
  }
  flushFurnitureBefore(undefined);

  const keptText = candidates
    .filter((candidate) => !candidate.removed)
    .map((candidate) => blockText(candidate.block))
    .join('\n');
  const metadata: ArticleMetadata = {
    title,
    author,
    siteName: web?.metadata.siteName ?? '',
    publishedDate,
    sourceUrl: '',
    language: guessLanguage(`${title}\n${keptText}`),
  };
  return { metadata, candidates, format: 'pdf', charset: 'binary', warnings: [] };
}
