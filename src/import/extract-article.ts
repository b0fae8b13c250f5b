// The import entry point: picks the reader for a file from its extension and what its bytes
// really are, decodes text formats, and turns every kind of bad input into a one-line ImportError.
import { decodeBytes, type DecodedText } from './charset';
import { readDocx } from './docx-reader';
import { ImportError, type Extraction } from './extraction';
import { looksLikeMarkup, sniffContent } from './format-sniffing';
import type { HtmlParser } from './html-parser';
import { readHtml } from './html-reader';
import { readMarkdown } from './markdown-reader';
import { readMhtml } from './mhtml-reader';
import { readPlainText } from './text-reader';

/** Text formats are decoded whole into memory; beyond this a file is not an article. */
export const MAX_TEXT_BYTES = 50 * 1024 * 1024;
/** MHTML, PDF and DOCX carry pictures and fonts, so they may be larger. */
export const MAX_PACKAGE_BYTES = 200 * 1024 * 1024;

type Kind = 'html' | 'mhtml' | 'text' | 'markdown' | 'pdf' | 'docx';

const KIND_BY_EXTENSION: Record<string, Kind> = {
  html: 'html', htm: 'html', xhtml: 'html', shtml: 'html',
  mhtml: 'mhtml', mht: 'mhtml',
  txt: 'text', text: 'text',
  md: 'markdown', markdown: 'markdown', mdown: 'markdown', mkd: 'markdown',
  pdf: 'pdf',
  docx: 'docx',
};

export const SUPPORTED_EXTENSIONS = Object.keys(KIND_BY_EXTENSION);

export interface ExtractInput {
  bytes: Uint8Array;
  fileName: string;
  parseHtml: HtmlParser;
}

export async function extractArticle({ bytes, fileName, parseHtml }: ExtractInput): Promise<Extraction> {
  const name = fileName.replace(/^.*[\\/]/, '');
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  const kind = KIND_BY_EXTENSION[extension];
  if (!kind) {
    if (extension === 'doc') throw new ImportError(name, 'is an old Word .doc file; save it as .docx and import that.');
    const what = extension ? `“.${extension}” files` : 'files without an extension';
    throw new ImportError(name, `cannot be imported: ${what} are not supported (use .html, .mhtml, .txt, .md, .pdf or .docx).`);
  }
  if (bytes.length === 0) throw new ImportError(name, 'is empty.');
  const limit = kind === 'mhtml' || kind === 'pdf' || kind === 'docx' ? MAX_PACKAGE_BYTES : MAX_TEXT_BYTES;
  if (bytes.length > limit) {
    throw new ImportError(name, `is too large to be an article (${megabytes(bytes.length)} MB; the limit is ${megabytes(limit)} MB).`);
  }

  const content = sniffContent(bytes);
  // What the bytes are wins over the name for formats with an unmistakable signature.
  if (content === 'pdf') return withNote(await readPdfLazily(bytes, name), kind !== 'pdf' ? `${name} is a PDF file; it was read as one.` : undefined);
  if (content === 'legacy-word') throw new ImportError(name, 'is an old binary Word (.doc) file; save it as .docx and import that.');
  if (kind === 'docx') {
    if (content !== 'zip') throw new ImportError(name, 'is not a Word document (a .docx file is a ZIP archive and this is not one).');
    return readDocx(bytes, name, parseHtml);
  }
  if (content === 'zip' || content === 'binary') {
    throw new ImportError(name, `contains binary data, not ${kind === 'pdf' ? 'a PDF document' : 'text'}; it may be damaged or have the wrong extension.`);
  }
  if (kind === 'pdf') throw new ImportError(name, 'is not a PDF file (it does not start with %PDF).');
  if (kind === 'mhtml' || content === 'mhtml') {
    if (kind === 'mhtml' && content === 'html') return readHtmlBytes(bytes, name, parseHtml);
    return readMhtml(bytes, name, parseHtml);
  }

  if (kind === 'html') {
    const decoded = decodeBytes(bytes, { html: true });
    requireText(decoded, name);
    // A page saved as "text only" but named .html has no markup; the text reader understands it better.
    if (!looksLikeMarkup(decoded.text)) return fromText(readPlainText(decoded.text, name), decoded);
    return readHtml(decoded.text, { fileName: name, parseHtml, charset: decoded.charset, warnings: decoded.warnings });
  }

  const decoded = decodeBytes(bytes);
  requireText(decoded, name);
  return fromText(kind === 'markdown' ? readMarkdown(decoded.text, name) : readPlainText(decoded.text, name), decoded);
}

function readHtmlBytes(bytes: Uint8Array, name: string, parseHtml: HtmlParser): Extraction {
  const decoded = decodeBytes(bytes, { html: true });
  requireText(decoded, name);
  return readHtml(decoded.text, { fileName: name, parseHtml, charset: decoded.charset, warnings: decoded.warnings });
}

async function readPdfLazily(bytes: Uint8Array, name: string): Promise<Extraction> {
  // pdf.js is large; load it only when a PDF is actually imported.
  const { readPdf } = await import('./pdf-reader');
  return readPdf(bytes, name);
}

function requireText(decoded: DecodedText, name: string): void {
  if (decoded.text.trim() === '') throw new ImportError(name, 'contains only white space.');
}

/** The text readers see a string; the charset and decoding warnings are ours to add. */
function fromText(extraction: Extraction, decoded: DecodedText): Extraction {
  return { ...extraction, charset: decoded.charset, warnings: [...decoded.warnings, ...extraction.warnings] };
}

function withNote(extraction: Extraction, note: string | undefined): Extraction {
  return note ? { ...extraction, warnings: [note, ...extraction.warnings] } : extraction;
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
}
