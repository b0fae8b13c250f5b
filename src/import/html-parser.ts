// The one way the importer turns markup into a DOM, so the same reader code runs on the browser's
// DOMParser in the app and on a Node DOM (see node-html-parser.ts) in tests and the command line.

/** Parses a whole HTML page; never runs its scripts or loads its resources. */
export type HtmlParser = (html: string) => Document;

/** DOMParser documents are inert: scripts do not run and nothing is fetched until adopted into a page. */
export const browserHtmlParser: HtmlParser = (html) => new DOMParser().parseFromString(html, 'text/html');
