// The import entry point: picks the reader for a file from its extension and what its bytes
// really are, decodes text formats, and turns every kind of bad input into an ImportError with its problem code.
import { decodeBytes, type DecodedText } from './charset';
import { readDocx } from './docx-reader';
import { ImportError, type Extraction } from './extraction';
import type { ImportWarning } from './import-notices';
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
    if (extension === 'doc') throw new ImportError(name, { code: 'legacy-word' });
    throw new ImportError(name, extension ? { code: 'unsupported-extension', params: { extension } } : { code: 'no-extension' });
  }
  if (bytes.length === 0) throw new ImportError(name, { code: 'empty' });
  const limit = kind === 'mhtml' || kind === 'pdf' || kind === 'docx' ? MAX_PACKAGE_BYTES : MAX_TEXT_BYTES;
  if (bytes.length > limit) {
    throw new ImportError(name, { code: 'too-large', params: { megabytes: megabytes(bytes.length), limit: megabytes(limit) } });
  }

  const content = sniffContent(bytes);
  // What the bytes are wins over the name for formats with an unmistakable signature.
  if (content === 'pdf') return withNote(await readPdfLazily(bytes, name), kind !== 'pdf' ? { code: 'read-as-pdf', params: { file: name } } : undefined);
  if (content === 'legacy-word') throw new ImportError(name, { code: 'legacy-word' });
  if (kind === 'docx') {
    if (content !== 'zip') throw new ImportError(name, { code: 'not-docx' });
    return readDocx(bytes, name, parseHtml);
  }
  if (content === 'zip' || content === 'binary') {
    throw new ImportError(name, { code: kind === 'pdf' ? 'binary-not-pdf' : 'binary-not-text' });
  }
  if (kind === 'pdf') throw new ImportError(name, { code: 'not-pdf' });
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
  if (decoded.text.trim() === '') throw new ImportError(name, { code: 'white-space-only' });
}

/** The text readers see a string; the charset and decoding warnings are ours to add. */
function fromText(extraction: Extraction, decoded: DecodedText): Extraction {
  return { ...extraction, charset: decoded.charset, warnings: [...decoded.warnings, ...extraction.warnings] };
}

function withNote(extraction: Extraction, note: ImportWarning | undefined): Extraction {
  return note ? { ...extraction, warnings: [note, ...extraction.warnings] } : extraction;
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
}
