// The app's HTML parser for imports: the browser's inert DOMParser, then names that clobber DOM
// properties are removed. In a real browser DOM `<form><input name=parentNode>` makes form.parentNode
// the input, and Readability's tree walk then never ends, freezing the window (Node DOMs used in tests
// and the CLI do not clobber, so only the app needs this). The names carry no article text.
import { browserHtmlParser, type HtmlParser } from '../../import/html-parser';

/** Elements whose name (or, for object, id) becomes a property of the document. */
const NAMED_ON_DOCUMENT = 'img[name], form[name], embed[name], object[name], iframe[name], object[id]';
/** Controls whose name or id becomes a property of their form. */
const NAMED_ON_FORM = 'form [name], form [id], [form][name], [form][id]';

export const clobberSafeHtmlParser: HtmlParser = (html) => {
  const doc = browserHtmlParser(html);
  // Call the prototype methods: the document's own properties may be the clobbered ones.
  const select = (selector: string) => Array.from(Document.prototype.querySelectorAll.call(doc, selector));
  const removeAttribute = (element: Element, name: string) => Element.prototype.removeAttribute.call(element, name);
  for (const element of select(NAMED_ON_DOCUMENT)) {
    removeAttribute(element, 'name');
    if (Element.prototype.matches.call(element, 'object')) removeAttribute(element, 'id');
  }
  for (const element of select(NAMED_ON_FORM)) {
    removeAttribute(element, 'name');
    removeAttribute(element, 'id');
  }
  return doc;
};
