// The HtmlParser for Node (tests, the command line, the extraction evaluation), backed by linkedom.
// Node-only: the app's web code uses browserHtmlParser and must never import this file.
import { DOMParser as LinkedomParser } from 'linkedom';
import type { HtmlParser } from './html-parser';

export const nodeHtmlParser: HtmlParser = (html) =>
  // linkedom's Document implements the DOM interfaces the readers use; its own types are narrower.
  new LinkedomParser().parseFromString(html, 'text/html') as unknown as Document;
