import { describe, expect, it } from 'vitest';
import { nodeHtmlParser } from '../../../src/import/node-html-parser';
import { reshapeNestedParagraphs } from '../../../src/import/paragraph-nesting';

describe('reshapeNestedParagraphs', () => {
  it('splits a paragraph around a heading the way parsing its markup does, and leaves others alone', () => {
    const doc = nodeHtmlParser('<!DOCTYPE html><html><body><div id="root"><p>Plain <b>bold</b></p></div></body></html>');
    const root = doc.getElementById('root')!;
    // What Readability does when it renames a <div> holding a heading.
    const renamed = doc.createElement('p');
    renamed.append('Before', doc.createElement('h2'), 'after');
    renamed.querySelector('h2')!.textContent = 'Heading';
    root.append(renamed);
    reshapeNestedParagraphs(root, nodeHtmlParser);
    expect(root.innerHTML).toBe('<p>Plain <b>bold</b></p><p>Before</p><h2>Heading</h2>after<p></p>');
  });
});
