// Reads a Word .docx file: mammoth turns its paragraphs, headings, lists, tables and pictures into
// HTML (pictures inline as data: URIs), which then goes through the same sanitiser and block
// conversion as a web page. No Readability: every paragraph of a document is its content.
import mammoth from 'mammoth';
import { documentText } from '../core/document-text';
import type { Block } from '../core/model';
import { sanitizeArticleHtml } from './article-sanitizer';
import { domToBlocks } from './dom-to-blocks';
import { ImportError, type Extraction } from './extraction';
import type { HtmlParser } from './html-parser';
import type { ImportWarning } from './import-notices';
import { guessLanguage } from './text-language';

export async function readDocx(bytes: Uint8Array, fileName: string, parseHtml: HtmlParser): Promise<Extraction> {
  let html: string;
  let messages: { type: string; message: string }[];
  try {
    // mammoth reads `buffer` in Node and `arrayBuffer` in the browser build; give it both views.
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const input = { arrayBuffer, buffer: bytes } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    const result = await mammoth.convertToHtml(input, { externalFileAccess: false });
    html = result.value;
    messages = result.messages;
  } catch (error) {
    throw new ImportError(fileName, { code: 'docx-unreadable', params: { detail: firstLine(error) } });
  }

  const sanitized = sanitizeArticleHtml(html, parseHtml);
  const blocks = domToBlocks(sanitized.root);
  const text = documentText(blocks);
  if (text === '') throw new ImportError(fileName, { code: 'docx-no-text' });

  const warnings: ImportWarning[] = messages
    .filter((message) => message.type === 'error')
    .map((message) => ({ code: 'word-conversion', params: { detail: message.message } }));
  if (sanitized.remoteImages > 0) warnings.push({ code: 'linked-pictures', params: { count: sanitized.remoteImages } });
  return {
    metadata: { title: documentTitle(blocks, fileName), author: '', siteName: '', publishedDate: '', sourceUrl: '', language: guessLanguage(text) },
    candidates: blocks.map((block) => ({ block })),
    format: 'docx',
    charset: 'binary',
    warnings,
  };
}

/** The first heading (Word's Title style maps to h1), else the file name without its extension. */
function documentTitle(blocks: Block[], fileName: string): string {
  const heading = blocks.find((block) => block.type === 'heading');
  if (heading?.type === 'heading') return heading.inlines.map((run) => run.text).join('');
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 160);
}
