// Re-anchoring a claim after insertions and deletions before, inside and after its quote, and choosing
// between repeated quotes; on the text of a real saved Wikipedia page.
import { describe, expect, it } from 'vitest';
import { anchorSelectors } from '../../../src/core/anchoring';
import { describeRange } from '../../../src/core/selectors';
import { browserBodyText } from './browser-body-text';
import { edit } from './claim-builder';
import { HYPOTHESIS_BASELINES, readShared, SEED_ARTICLE } from './shared-fixtures';

const page = browserBodyText(readShared(`${HYPOTHESIS_BASELINES}wikipedia-regression-testing.html`));
const passage = 'The purpose of regression testing is to ensure that changes such as those mentioned above';
const start = page.indexOf(passage);
const end = start + passage.length;
const selectors = describeRange(page, start, end);
const addition = 'A sentence the editor added later. ';

function anchoredText(text: string): string | undefined {
  const result = anchorSelectors(selectors, text);
  return result.kind === 'orphan' ? undefined : text.slice(result.start, result.end);
}

describe('anchorSelectors after edits', () => {
  it('finds the passage once, where it was described', () => {
    expect(start).toBeGreaterThan(0);
    expect(page.indexOf(passage, start + 1)).toBe(-1);
    expect(anchorSelectors(selectors, page)).toEqual({ kind: 'exact-position', start, end });
  });

  it('follows an insertion or deletion before the quote, far or right next to it', () => {
    for (const at of [0, 40, start - 200, start - 1, start]) {
      const inserted = edit(page, at, at, addition);
      expect(anchorSelectors(selectors, inserted)).toMatchObject({
        kind: 'exact-quote',
        start: start + addition.length,
        end: end + addition.length,
      });
    }
    for (const [from, to] of [
      [0, 30],
      [start - 300, start - 100],
      [start - 10, start],
    ] as const) {
      const deleted = edit(page, from, to, '');
      expect(anchorSelectors(selectors, deleted)).toMatchObject({
        kind: 'exact-quote',
        start: start - (to - from),
        end: end - (to - from),
      });
    }
  });

  it('stays put after an insertion or deletion after the quote', () => {
    for (const at of [end, end + 1, end + 100, page.length]) {
      expect(anchorSelectors(selectors, edit(page, at, at, addition))).toEqual({ kind: 'exact-position', start, end });
    }
    expect(anchorSelectors(selectors, edit(page, end, end + 20, ''))).toEqual({ kind: 'exact-position', start, end });
  });

  it('matches approximately after an insertion, deletion or replacement inside the quote', () => {
    const word = passage.indexOf('changes');
    const inserted = edit(page, start + word, start + word, 'recent ');
    expect(anchoredText(inserted)).toBe(passage.replace('changes', 'recent changes'));
    expect(anchorSelectors(selectors, inserted).kind).toBe('fuzzy');

    const deleted = edit(page, start + word - 5, start + word, '');
    expect(anchoredText(deleted)).toBe(passage.replace('that changes', 'changes'));

    const replaced = edit(page, start + word, start + word + 'changes'.length, 'updates');
    const result = anchorSelectors(selectors, replaced);
    expect(result).toMatchObject({ kind: 'fuzzy', start, end });
    expect(result.kind !== 'orphan' && result.score).toBeGreaterThan(0.9);
  });

  it('matches approximately when the start or the end of the quote was cut', () => {
    expect(anchoredText(edit(page, start, start + 4, ''))).toBe(passage.slice(4));
    expect(anchoredText(edit(page, end - 6, end, ''))).toBe(passage.slice(0, -6));
  });

  it('follows the passage when it is moved far away into new surroundings, as is or lightly edited', () => {
    const removed = edit(page, start, end, '');
    const moved = removed + '\n\n' + passage;
    expect(anchorSelectors(selectors, moved)).toMatchObject({ kind: 'exact-quote', start: moved.length - passage.length });
    const movedAndEdited = removed + '\n\n' + passage.replace('ensure', 'make sure');
    const result = anchorSelectors(selectors, movedAndEdited);
    expect(result.kind).toBe('fuzzy');
    if (result.kind !== 'orphan') {
      expect(movedAndEdited.slice(result.start, result.end)).toBe(passage.replace('ensure', 'make sure'));
    }
  });

  it('orphans the claim when the passage is gone or rewritten beyond recognition', () => {
    expect(anchorSelectors(selectors, edit(page, start, end, ''))).toEqual({ kind: 'orphan' });
    const rewritten = edit(page, start, end, 'Regression tests exist so that modifications do not bring back old bugs');
    expect(anchorSelectors(selectors, rewritten)).toEqual({ kind: 'orphan' });
  });
});

describe('anchorSelectors with repeated quotes', () => {
  const seed = readShared(SEED_ARTICLE);
  const phrase = '中亚';
  const occurrences: number[] = [];
  for (let at = seed.indexOf(phrase); at !== -1; at = seed.indexOf(phrase, at + 1)) occurrences.push(at);

  it('uses the context to choose the right occurrence even when another one lands nearer the old place', () => {
    expect(occurrences.length).toBeGreaterThan(5);
    // A claim on the fourth occurrence; then text is inserted before the third, just long enough to
    // carry the third occurrence 7 characters past the claim's old start.
    const third = occurrences[2]!;
    const fourth = occurrences[3]!;
    const claim = describeRange(seed, fourth, fourth + phrase.length);
    const insertion = seed.slice(0, fourth - third + 7);
    const edited = edit(seed, third, third, insertion);
    expect(edited.slice(fourth + 7, fourth + 7 + phrase.length)).toBe(phrase);
    expect(anchorSelectors(claim, edited)).toMatchObject({
      kind: 'exact-quote',
      start: fourth + insertion.length,
    });
  });

  it('does not keep a different occurrence that an edit moved exactly onto the old position', () => {
    const second = occurrences[1]!;
    const third = occurrences[2]!;
    const claim = describeRange(seed, second, second + phrase.length);
    // Inserting (third - second) characters before the second occurrence puts the first... no: deleting
    // them right after it brings the third occurrence onto the old position of the second.
    const edited = edit(seed, second - (third - second), second, '');
    expect(edited.slice(second, second + phrase.length)).toBe(phrase);
    expect(anchorSelectors(claim, edited)).toMatchObject({
      kind: 'exact-quote',
      start: second - (third - second),
    });
  });

  it('takes the occurrence nearest the expected place when contexts agree equally', () => {
    const paragraph = seed.slice(seed.indexOf('对美国而言'), seed.indexOf('\n', seed.indexOf('对美国而言')));
    const text = Array.from({ length: 5 }, () => paragraph).join('\n\n');
    const step = paragraph.length + 2;
    const inside = paragraph.indexOf('资源宝库');
    const claim = describeRange(text, 2 * step + inside, 2 * step + inside + 4);
    const edited = edit(text, 0, 0, '编者按。\n\n');
    expect(anchorSelectors(claim, edited)).toMatchObject({ kind: 'exact-quote', start: 2 * step + inside + 6 });
    expect(anchorSelectors(claim, edited, { expectedStart: 3 * step + inside })).toMatchObject({
      kind: 'exact-quote',
      start: 3 * step + inside + 6,
    });
  });
});
