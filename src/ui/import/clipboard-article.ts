// Turns a paste into a file for the importer: copied page HTML when the clipboard has it (so it goes
// through the same HTML reader and sanitiser as a saved page), otherwise the copied text.
import type { OpenedFile } from '../../host/host';

/** The UTF-8 byte order mark: clipboard strings are Unicode, whatever charset the page declared. */
const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

function utf8File(name: string, text: string): OpenedFile {
  const body = new TextEncoder().encode(text);
  const bytes = new Uint8Array(UTF8_BOM.length + body.length);
  bytes.set(UTF8_BOM);
  bytes.set(body, UTF8_BOM.length);
  return { name, bytes };
}

/**
 * Browsers put a fragment on the clipboard (`<meta charset=…><p>…`), not a page; DOMParser would
 * supply the body, but a Node DOM does not, so the fragment is given one here for every parser alike.
 */
function asDocument(html: string): string {
  return /<body[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

export function clipboardArticleFile(data: Pick<DataTransfer, 'getData'>, baseName: string): OpenedFile | null {
  const html = data.getData('text/html');
  if (html.trim() !== '') return utf8File(`${baseName}.html`, asDocument(html));
  const text = data.getData('text/plain');
  if (text.trim() !== '') return utf8File(`${baseName}.txt`, text);
  return null;
}
