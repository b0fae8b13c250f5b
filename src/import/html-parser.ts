// The one way the importer turns markup into a DOM, so the same reader code runs on the browser's
// DOMParser in the app and on a Node DOM (see node-html-parser.ts) in tests and the command line.
import { removeClobberingNames } from './clobbering-names';

/** Parses a whole HTML page; never runs its scripts or loads its resources. */
export type HtmlParser = (html: string) => Document;

/**
 * DOMParser documents are inert: scripts do not run and nothing is fetched until adopted into a page.
 * Names that would clobber DOM properties are removed before any reader walks the tree.
 */
export const browserHtmlParser: HtmlParser = (html) => {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  removeClobberingNames(doc);
  return doc;
};
