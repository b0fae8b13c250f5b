// Snippets around the first hit with the hits marked, and the final "really contains it" check.
import { describe, expect, it } from 'vitest';
import { containsAll, makeSnippet } from '../../../src/core/search/snippet';
import { parseQuery } from '../../../src/core/search/tokenize';
import { CHINESE_TEXT, ENGLISH_TEXT } from '../db/library-fixture';

function highlighted(snippet: NonNullable<ReturnType<typeof makeSnippet>>): string[] {
  return snippet.highlights.map(([start, end]) => snippet.text.slice(start, end));
}

describe('makeSnippet', () => {
  it('cuts a Chinese snippet around 京沪高铁 and marks it', () => {
    const snippet = makeSnippet(CHINESE_TEXT, parseQuery('京沪高铁'));
    expect(snippet).not.toBeNull();
    expect(highlighted(snippet!)).toEqual(['京沪高铁']);
    expect(snippet!.clippedStart).toBe(true);
    expect(snippet!.text.length).toBeLessThan(200);
  });

  it('marks every surface form of an English word, case-insensitively', () => {
    const snippet = makeSnippet(ENGLISH_TEXT, parseQuery('librar'));
    expect(snippet).not.toBeNull();
    const marks = highlighted(snippet!).map((mark) => mark.toLowerCase());
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark).toMatch(/^librar(y|ies)$/);
  });

  it('starts and ends an English snippet between words', () => {
    const text = 'Bunting hung from every lamppost along the boundary road while the town waited for the vote on the community library budget, which had been delayed twice already this spring.';
    const snippet = makeSnippet(text, parseQuery('community'))!;
    expect(snippet.clippedStart).toBe(true);
    const at = text.indexOf(snippet.text);
    expect(text[at - 1]).toBe(' ');
    expect(text[at + snippet.text.length] ?? ' ').toBe(' ');
    expect(highlighted(snippet)).toEqual(['community']);
  });

  it('returns null when nothing matches', () => {
    expect(makeSnippet(ENGLISH_TEXT, parseQuery('哈萨克斯坦'))).toBeNull();
  });
});

describe('containsAll', () => {
  it('requires every atom, and Chinese runs as exact substrings rather than scattered bigrams', () => {
    expect(containsAll([CHINESE_TEXT], parseQuery('县城 高铁'))).toBe(true);
    // 城高 and 高铁 both occur, but never as 县城高铁.
    expect(containsAll(['县城里有高铁站，城高楼多'], parseQuery('县城高铁'))).toBe(false);
    expect(containsAll([ENGLISH_TEXT, ''], parseQuery('carnegie 1850'))).toBe(true);
    expect(containsAll([ENGLISH_TEXT], parseQuery('carnegie zebra'))).toBe(false);
  });
});
