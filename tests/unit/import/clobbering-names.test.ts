// linkedom does not turn named elements into document or form properties, so the freeze they cause
// in a browser (Readability looping on form.parentNode) cannot be reproduced here; that is covered
// by tests/e2e/hostile-html.spec.ts. These tests check that the names are gone and the text is not.
import { describe, expect, it } from 'vitest';
import { removeClobberingNames } from '../../../src/import/clobbering-names';
import { nodeHtmlParser } from '../../../src/import/node-html-parser';

describe('removeClobberingNames', () => {
  it('removes the names and ids that a browser turns into document and form properties', () => {
    const doc = nodeHtmlParser(`<!DOCTYPE html><html><body><article><p id="keep">Text that stays.</p>
      <form name="querySelectorAll"><input name="parentNode"><input id="childNodes"><p>Form text.</p></form>
      <input form="f" name="nextSibling"><img name="body" src="a.png"><object id="title"></object>
      <embed name="x"><iframe name="y"></iframe></article></body></html>`);
    removeClobberingNames(doc);
    expect(doc.querySelectorAll('[name]').length).toBe(0);
    expect(doc.querySelectorAll('form [id], object[id]').length).toBe(0);
    expect(doc.getElementById('keep')?.textContent).toBe('Text that stays.');
    expect(doc.body.textContent).toContain('Form text.');
  });

  it('uses the prototype methods, so clobbered properties on the document do not stop it', () => {
    const doc = nodeHtmlParser('<!DOCTYPE html><html><body><form><input name="parentNode"></form></body></html>');
    // What a browser does with <img name=querySelectorAll>: the document's own property is the element.
    Object.defineProperty(doc, 'querySelectorAll', { value: doc.body });
    const input = doc.body.firstElementChild!.firstElementChild!;
    Object.defineProperty(input, 'removeAttribute', { value: null });
    removeClobberingNames(doc);
    expect(input.hasAttribute('name')).toBe(false);
  });
});
