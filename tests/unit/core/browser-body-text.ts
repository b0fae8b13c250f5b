// Test support: the text of a saved HTML page as a browser's document.body.textContent gives it, built
// with linkedom in Node. This is the text W3C selectors made by web annotators (Hypothesis) count in.
import { parseHTML } from 'linkedom';

/**
 * linkedom is not a full HTML5 tree builder, so three things a browser does are redone here:
 * - markup without an <html> element still gets <html>, <head> and <body> (linkedom would leave the
 *   content outside the body);
 * - with scripting enabled (as when the page was annotated) <noscript> content is raw text, not
 *   elements, so its markup counts as characters;
 * - white space after </body> and </html> is appended to the body.
 * Script and style contents count, as they do in textContent.
 */
export function browserBodyText(html: string): string {
  const source = /<html[\s>]/i.test(html) ? html : `<html>${html}</html>`;
  const { document } = parseHTML(source);

  const rawNoscripts = [...html.matchAll(/<noscript\b[^>]*>([\s\S]*?)<\/noscript>/gi)].map((match) => match[1] ?? '');
  const noscripts = [...document.body.querySelectorAll('noscript')];
  if (noscripts.length !== rawNoscripts.length) {
    throw new Error(`Found ${noscripts.length} noscript elements but ${rawNoscripts.length} in the markup.`);
  }
  noscripts.forEach((element, index) => {
    element.textContent = rawNoscripts[index]!;
  });

  const bodyClose = html.toLowerCase().lastIndexOf('</body>');
  const afterBody = bodyClose === -1 ? '' : html.slice(bodyClose + '</body>'.length).replace(/<\/html\s*>/i, '');
  if (/\S/.test(afterBody)) throw new Error('Content after </body> that is not white space is not handled.');

  // linkedom drops what follows </body>; a browser appends that white space to the body.
  return document.body.textContent + afterBody;
}
