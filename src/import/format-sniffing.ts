// What the bytes of a file really are, whatever its name says: PDF, ZIP (DOCX), old binary Word,
// an MHTML archive, an HTML page, plain text, or binary data that is none of these.
import { detectBom } from './charset';
import { latin1String } from './transfer-encoding';

export type SniffedContent = 'pdf' | 'zip' | 'legacy-word' | 'mhtml' | 'html' | 'text' | 'binary';

const SAMPLE_BYTES = 65_536;

export function sniffContent(bytes: Uint8Array): SniffedContent {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'legacy-word';
  const head = latin1String(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (looksBinary(bytes)) return 'binary';

  const start = latin1String(bytes.subarray(0, 4096)).replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  // MHTML starts with RFC 822 headers, one of which announces a multipart (or HTML) body.
  if (/^[A-Za-z][\w-]*:[^\n]*\n/.test(start) && /^content-type:\s*(multipart\/related|text\/html)/im.test(start.split(/\r?\n\r?\n/)[0] ?? '')) {
    return 'mhtml';
  }
  if (looksLikeMarkup(start) || looksLikeMarkup(latin1String(bytes.subarray(0, SAMPLE_BYTES)))) return 'html';
  return 'text';
}

/** True when the text has real HTML elements, not just a stray `<` in prose. */
export function looksLikeMarkup(text: string): boolean {
  return /^\s*(<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<(!doctype|html))/i.test(text) ||
    /<(html|head|body|p|div|br|span|article|section|table|h[1-6]|title|meta|script|ul|ol|li)(\s[^>]*)?\/?>/i.test(text);
}

/** NUL bytes or many control bytes in the first 64 KB; UTF-16 with a BOM is text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const bom = detectBom(bytes);
  if (bom && bom.charset.startsWith('utf-16')) return false;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  // An indexed loop: for…of over a typed array goes through its iterator, several times slower.
  for (let index = 0; index < sample.length; index++) {
    const byte = sample[index]!;
    if (byte === 0) return true;
    // Tab, line feed, form feed, carriage return and escape occur in real text; the rest do not.
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) || byte === 0x7f) control += 1;
  }
  return control > sample.length * 0.02;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}
