// Real annotations made on a Wikipedia page by another annotation client, anchored with our code on
// the saved page, then on perturbed versions of its text.
//
// Finding: the fixture's TextPositionSelectors count UTF-16 offsets in document.body.textContent as a
// browser builds it with scripting enabled: script contents count, <noscript> content counts as raw
// markup text, and white space after </body> joins the body (the minimal fixture's suffix " Three\n"
// shows the last point). Plain linkedom body.textContent differs on the last two, so the footer
// annotation's position is 156 characters off there (the <noscript> tracking-pixel markup) and it
// anchors through its quote instead; browserBodyText redoes the browser's behaviour and makes all five
// positions exact. Checked against Chromium while writing this test: same text, same length.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { anchorSelectors } from '../../../src/core/anchoring';
import type { ClaimSelectors } from '../../../src/core/model';
import { browserBodyText } from './browser-body-text';
import { edit } from './claim-builder';
import { HYPOTHESIS_BASELINES, readShared } from './shared-fixtures';

interface FixtureSelector {
  type: string;
  start?: number;
  end?: number;
  exact?: string;
  prefix?: string;
  suffix?: string;
}

interface FixtureAnnotation {
  id: string;
  text: string;
  target: { selector: FixtureSelector[] }[];
}

function selectorsOf(annotation: FixtureAnnotation): ClaimSelectors {
  const selectors = annotation.target[0]!.selector;
  const position = selectors.find((selector) => selector.type === 'TextPositionSelector')!;
  const quote = selectors.find((selector) => selector.type === 'TextQuoteSelector')!;
  return {
    quote: { type: 'TextQuoteSelector', exact: quote.exact!, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
    position: { type: 'TextPositionSelector', start: position.start!, end: position.end! },
  };
}

function load(name: string): { html: string; annotations: FixtureAnnotation[] } {
  const html = readShared(`${HYPOTHESIS_BASELINES}${name}.html`);
  const { rows } = JSON.parse(readShared(`${HYPOTHESIS_BASELINES}${name}.json`)) as { rows: FixtureAnnotation[] };
  return { html, annotations: rows };
}

/** Changes one word near the middle of the quote: a different word for long quotes, one letter for short ones. */
function changeWordInside(text: string, start: number, end: number): { text: string; quote: string } {
  const quote = text.slice(start, end);
  const words = [...quote.matchAll(/[A-Za-z]{4,}/g)];
  const middle = words.reduce((best, word) =>
    Math.abs(word.index! - quote.length / 2) < Math.abs(best.index! - quote.length / 2) ? word : best,
  );
  const word = middle[0];
  const replacement = quote.length >= 60 ? 'altered' : word.slice(0, -1) + (word.endsWith('x') ? 'y' : 'x');
  const changed = quote.slice(0, middle.index) + replacement + quote.slice(middle.index! + word.length);
  return { text: edit(text, start, end, changed), quote: changed };
}

describe('the Hypothesis Wikipedia fixture', () => {
  const { html, annotations } = load('wikipedia-regression-testing');
  const text = browserBodyText(html);

  it('has five annotations, each anchoring at its stored position to its exact quote', () => {
    expect(annotations).toHaveLength(5);
    for (const annotation of annotations) {
      const selectors = selectorsOf(annotation);
      const result = anchorSelectors(selectors, text);
      expect(result, annotation.text).toEqual({
        kind: 'exact-position',
        start: selectors.position.start,
        end: selectors.position.end,
      });
      expect(text.slice(selectors.position.start - selectors.quote.prefix.length, selectors.position.start)).toBe(
        selectors.quote.prefix,
      );
      expect(text.slice(selectors.position.end, selectors.position.end + selectors.quote.suffix.length)).toBe(
        selectors.quote.suffix,
      );
    }
  });

  it('on plain linkedom textContent, still anchors every quote; only the footer needs its quote', () => {
    const plain = parseHTML(html).document.body.textContent;
    const kinds = annotations.map((annotation) => {
      const selectors = selectorsOf(annotation);
      const result = anchorSelectors(selectors, plain);
      expect(result.kind).not.toBe('orphan');
      if (result.kind !== 'orphan') expect(plain.slice(result.start, result.end)).toBe(selectors.quote.exact);
      return [annotation.text, result.kind, result.kind === 'orphan' ? 0 : selectorsOf(annotation).position.start - result.start];
    });
    expect(kinds).toEqual([
      ['Footer', 'exact-quote', 156],
      ['Body', 'exact-position', 0],
      ['Quote', 'exact-position', 0],
      ['Introduction', 'exact-position', 0],
      ['Heading', 'exact-position', 0],
    ]);
  });

  it('still anchors every annotation exactly after a paragraph is inserted before them all', () => {
    const paragraph = '\n\nA paragraph inserted at the top of the article by a later revision of the page.\n';
    const edited = paragraph + text;
    for (const annotation of annotations) {
      const selectors = selectorsOf(annotation);
      expect(anchorSelectors(selectors, edited), annotation.text).toMatchObject({
        kind: 'exact-quote',
        start: selectors.position.start + paragraph.length,
        end: selectors.position.end + paragraph.length,
      });
    }
  });

  it('anchors every annotation approximately after a word inside its quote changes, with and without the insertion', () => {
    const paragraph = '\n\nA paragraph inserted at the top of the article by a later revision of the page.\n';
    for (const annotation of annotations) {
      const selectors = selectorsOf(annotation);
      const changed = changeWordInside(text, selectors.position.start, selectors.position.end);
      for (const [label, edited, shift] of [
        ['word changed', changed.text, 0],
        ['word changed and paragraph inserted', paragraph + changed.text, paragraph.length],
      ] as const) {
        const result = anchorSelectors(selectors, edited);
        expect(result.kind, `${annotation.text}: ${label}`).toBe('fuzzy');
        if (result.kind === 'orphan') continue;
        expect(edited.slice(result.start, result.end), `${annotation.text}: ${label}`).toBe(changed.quote);
        expect(result.start).toBe(selectors.position.start + shift);
      }
    }
  });

  it('orphans an annotation whose passage was removed', () => {
    const body = annotations.find((annotation) => annotation.text === 'Body')!;
    const selectors = selectorsOf(body);
    const edited = edit(text, selectors.position.start, selectors.position.end, '');
    expect(anchorSelectors(selectors, edited)).toEqual({ kind: 'orphan' });
  });
});

describe('the Hypothesis minimal fixture', () => {
  it('anchors its one annotation exactly, with the browser-like text and with plain linkedom text', () => {
    const { html, annotations } = load('minimal');
    const selectors = selectorsOf(annotations[0]!);
    const text = browserBodyText(html);
    expect(text).toBe('One Two Three\n');
    expect(anchorSelectors(selectors, text)).toEqual({ kind: 'exact-position', start: 4, end: 7 });
    // The prefix "One " still agrees, so the missing trailing newline does not matter.
    const plain = parseHTML(`<html>${html}</html>`).document.body.textContent;
    expect(anchorSelectors(selectors, plain)).toEqual({ kind: 'exact-position', start: 4, end: 7 });
  });
});
