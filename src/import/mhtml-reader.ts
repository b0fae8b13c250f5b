// Reads an MHTML file: its main page goes through the HTML reader with the file's own images
// embedded, so nothing is fetched from the network.
import { decodeBytes } from './charset';
import type { Extraction } from './extraction';
import type { HtmlParser } from './html-parser';
import { readHtml } from './html-reader';
import { parseMhtml } from './mhtml-parser';

export function readMhtml(bytes: Uint8Array, fileName: string, parseHtml: HtmlParser): Extraction {
  const mhtml = parseMhtml(bytes, fileName);
  const decoded = decodeBytes(mhtml.html, { declared: mhtml.declaredCharset, html: true });
  return readHtml(decoded.text, {
    fileName,
    parseHtml,
    charset: decoded.charset,
    format: 'mhtml',
    warnings: decoded.warnings,
    fallbackUrl: /^https?:\/\//i.test(mhtml.sourceUrl) ? mhtml.sourceUrl : undefined,
    embeddedImage: (url) => mhtml.images.get(url),
  });
}
