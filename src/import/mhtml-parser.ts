// Splits an MHTML file ("save as single file" in Chromium, .mht from Internet Explorer and Word) into
// its MIME parts: the main HTML page, decoded to text, and its images as data: URIs. Broken files
// (no boundary, parts without headers, cut off before the closing boundary) are refused.
import { bytesToBase64, decodeQuotedPrintable, latin1String, latin1Bytes } from './transfer-encoding';
import { charsetFromContentType } from './charset';
import { ImportError } from './extraction';

export interface MimePart {
  headers: Map<string, string>;
  body: Uint8Array;
}

export interface ParsedMhtml {
  /** The main page's raw bytes and its declared charset, for decodeBytes. */
  html: Uint8Array;
  declaredCharset?: string;
  /** Where the page was saved from: Snapshot-Content-Location, else the main part's Content-Location. */
  sourceUrl: string;
  /** Images by Content-Location URL and by `cid:` Content-ID, as data: URIs. */
  images: Map<string, string>;
}

export function parseMhtml(bytes: Uint8Array, fileName: string): ParsedMhtml {
  const text = latin1String(bytes);
  const top = splitHeaders(text, 0);
  if (!top || top.headers.size === 0) throw new ImportError(fileName, { code: 'mhtml-no-headers' });
  const contentType = top.headers.get('content-type') ?? '';

  if (!/^multipart\//i.test(contentType)) {
    // A single-part MHTML is just an encoded page.
    if (!/^text\/html/i.test(contentType)) throw new ImportError(fileName, { code: 'mhtml-no-content' });
    const part = { headers: top.headers, body: decodeBody(text.slice(top.bodyStart), top.headers, fileName) };
    return { html: part.body, declaredCharset: charsetFromContentType(contentType), sourceUrl: top.headers.get('content-location') ?? '', images: new Map() };
  }

  const boundary = /boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const delimiterText = boundary?.[1] ?? boundary?.[2];
  if (!delimiterText) throw new ImportError(fileName, { code: 'mhtml-no-boundary' });
  const parts = splitParts(text, top.bodyStart, `--${delimiterText}`, fileName);

  const html = parts.find((part) => /^text\/html/i.test(part.headers.get('content-type') ?? ''));
  if (!html) throw new ImportError(fileName, { code: 'mhtml-no-html-part' });
  const images = new Map<string, string>();
  for (const part of parts) {
    const type = (part.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!/^image\/(png|jpe?g|gif|webp|avif|bmp)$/.test(type)) continue;
    const uri = `data:${type};base64,${bytesToBase64(part.body)}`;
    const location = part.headers.get('content-location');
    if (location) images.set(location, uri);
    const id = part.headers.get('content-id')?.replace(/^<|>$/g, '');
    if (id) images.set(`cid:${id}`, uri);
  }
  return {
    html: html.body,
    declaredCharset: charsetFromContentType(html.headers.get('content-type') ?? ''),
    sourceUrl: top.headers.get('snapshot-content-location') ?? html.headers.get('content-location') ?? '',
    images,
  };
}

/** Headers from `start` up to the first blank line; undefined when there is no blank line. */
function splitHeaders(text: string, start: number): { headers: Map<string, string>; bodyStart: number } | undefined {
  const blank = /\r?\n\r?\n/g;
  blank.lastIndex = start;
  const match = blank.exec(text);
  if (!match) return undefined;
  const headers = new Map<string, string>();
  // Folded header lines continue with leading white space.
  const lines = text.slice(start, match.index).replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, bodyStart: match.index + match[0].length };
}

function splitParts(text: string, start: number, delimiter: string, fileName: string): MimePart[] {
  const parts: MimePart[] = [];
  const lineStart = (index: number): boolean => index === 0 || text[index - 1] === '\n';
  let index = text.indexOf(delimiter, start);
  while (index !== -1 && !lineStart(index)) index = text.indexOf(delimiter, index + 1);
  if (index === -1) throw new ImportError(fileName, { code: 'mhtml-boundary-not-found' });

  for (let number = 1; ; number += 1) {
    const afterDelimiter = index + delimiter.length;
    if (text.startsWith('--', afterDelimiter)) return parts; // the closing delimiter
    const bodyLineStart = text.indexOf('\n', afterDelimiter);
    if (bodyLineStart === -1) throw new ImportError(fileName, { code: 'mhtml-truncated' });
    let next = text.indexOf(delimiter, bodyLineStart);
    while (next !== -1 && !lineStart(next)) next = text.indexOf(delimiter, next + 1);
    const partEnd = next === -1 ? text.length : next;
    const raw = text.slice(bodyLineStart + 1, partEnd).replace(/\r?\n$/, '');
    const split = splitHeaders(raw + '\n', 0);
    if (!split || !split.headers.has('content-type')) {
      throw new ImportError(fileName, { code: 'mhtml-part-no-headers', params: { part: number } });
    }
    if (number > 1 && !split.headers.has('content-location') && !split.headers.has('content-id')) {
      throw new ImportError(fileName, { code: 'mhtml-part-no-location', params: { part: number } });
    }
    if (next === -1) throw new ImportError(fileName, { code: 'mhtml-truncated' });
    parts.push({ headers: split.headers, body: decodeBody(raw.slice(split.bodyStart), split.headers, fileName) });
    index = next;
  }
}

function decodeBody(body: string, headers: Map<string, string>, fileName: string): Uint8Array {
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  if (encoding === 'base64') {
    const clean = body.replace(/[^A-Za-z0-9+/=]/g, '');
    try {
      return latin1Bytes(atob(clean));
    } catch {
      throw new ImportError(fileName, { code: 'mhtml-bad-base64' });
    }
  }
  return latin1Bytes(body);
}
