// Removes the element names and ids that clobber DOM properties. In a browser DOM, `<form><input
// name=parentNode>` makes form.parentNode the input, and Readability's tree walk then never ends,
// freezing the window; `<img name=querySelectorAll>` replaces the document's own method. The names
// carry no article text, so every page the browser parser returns goes through this first.
// linkedom (tests, the command line) does not expose named elements as properties, so there the
// freeze cannot be reproduced; tests/e2e/hostile-html.spec.ts covers it in a real browser.

/** Elements whose name (or, for object, id) becomes a property of the document. */
const NAMED_ON_DOCUMENT = 'img[name], form[name], embed[name], object[name], iframe[name], object[id]';
/** Controls whose name or id becomes a property of their form. */
const NAMED_ON_FORM = 'form [name], form [id], [form][name], [form][id]';

type Method<A extends unknown[], R> = (this: unknown, ...args: A) => R;

/**
 * The method as the object's prototype defines it. Named elements shadow properties of the document
 * and of a form instance, never of their prototypes, so this finds the real method either way.
 */
function prototypeMethod<A extends unknown[], R>(object: object, name: string): Method<A, R> {
  return Reflect.get(Object.getPrototypeOf(object) as object, name) as Method<A, R>;
}

export function removeClobberingNames(doc: Document): void {
  const querySelectorAll = prototypeMethod<[string], NodeListOf<Element>>(doc, 'querySelectorAll');
  const select = (selector: string): Element[] => Array.from(querySelectorAll.call(doc, selector));
  const removeAttribute = (element: Element, name: string): void => {
    prototypeMethod<[string], void>(element, 'removeAttribute').call(element, name);
  };
  const isObject = (element: Element): boolean => prototypeMethod<[string], boolean>(element, 'matches').call(element, 'object');
  for (const element of select(NAMED_ON_DOCUMENT)) {
    removeAttribute(element, 'name');
    if (isObject(element)) removeAttribute(element, 'id');
  }
  for (const element of select(NAMED_ON_FORM)) {
    removeAttribute(element, 'name');
    removeAttribute(element, 'id');
  }
}
