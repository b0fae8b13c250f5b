// Article heads: where they end, and that search answers from a head exactly as it would from the
// whole text, or admits it cannot.
import { describe, expect, it } from 'vitest';
import { answerFromHead, answerFromWholeText, ARTICLE_HEAD_CHARS, articleHead } from '../../../src/core/search/article-head';
import { containsAll, firstSnippet } from '../../../src/core/search/snippet';
import { parseQuery, type QueryAtom } from '../../../src/core/search/tokenize';
import { seededRandom } from '../../../src/core/seeded-random';
import { CHINESE_TEXT, ENGLISH_TEXT } from '../db/library-fixture';

/** A long article: the sample's paragraphs in a seeded shuffled order, repeated to about `chars`. */
function longText(sample: string, chars: number, seed: number): string {
  const paragraphs = sample.split('\n\n');
  const next = seededRandom(seed);
  const out: string[] = [];
  let length = 0;
  while (length < chars) {
    const paragraph = paragraphs[Math.floor(next() * paragraphs.length)];
    out.push(paragraph);
    length += paragraph.length + 2;
  }
  return out.join('\n\n');
}

/** What search answered from the whole text before article heads: check every text, then snippet the body first. */
function wholeTextAnswer(text: string, metadata: string[], atoms: QueryAtom[]) {
  if (!containsAll([...metadata, text], atoms)) return { matches: false };
  return { matches: true, snippet: firstSnippet([text, ...metadata], atoms) };
}

describe('articleHead', () => {
  it('keeps a short text whole', () => {
    expect(articleHead('a', ENGLISH_TEXT.slice(0, 500))).toEqual({ id: 'a', head: ENGLISH_TEXT.slice(0, 500), textLength: 500 });
  });

  it('ends between words, never inside one', () => {
    const filler = 'x'.repeat(ARTICLE_HEAD_CHARS - 4);
    const text = `${filler} libraries and more words after the limit`;
    const { head, textLength } = articleHead('a', text);
    expect(head).toBe(`${filler} `);
    expect(textLength).toBe(text.length);
  });

  it('cuts Chinese at the limit, and never between the halves of a surrogate pair', () => {
    expect(articleHead('a', longText(CHINESE_TEXT, 20_000, 1)).head).toHaveLength(ARTICLE_HEAD_CHARS);
    const text = `${'中'.repeat(ARTICLE_HEAD_CHARS - 1)}𠀀${'文'.repeat(100)}`;
    const { head } = articleHead('a', text);
    expect(head).toBe('中'.repeat(ARTICLE_HEAD_CHARS - 1));
  });
});

describe('answerFromHead and answerFromWholeText', () => {
  const metadata = ['Our Town Can’t Afford to Lose Its Library', 'Mara Ellison', 'Example Site'];

  it('says unknown for a word that occurs only past the head, and no for a short text without it', () => {
    const text = `${longText(ENGLISH_TEXT, 30_000, 2)}\n\nThe zeppelin landed.`;
    expect(answerFromHead(articleHead('a', text), metadata, parseQuery('zeppelin'))).toEqual({ matches: 'unknown' });
    expect(answerFromHead(articleHead('a', ENGLISH_TEXT.slice(0, 2000)), metadata, parseQuery('zeppelin'))).toEqual({ matches: false });
  });

  it('says unknown when only the title has the word but the body goes on past the head', () => {
    const text = longText(ENGLISH_TEXT, 30_000, 3).replace(/afford/gi, 'pay for');
    expect(answerFromHead(articleHead('a', text), metadata, parseQuery('afford'))).toEqual({ matches: 'unknown' });
  });

  it('answer exactly as checking every text and then cutting a snippet would, for words and Chinese runs from the samples', () => {
    const queries: string[] = [];
    const englishWords = [...new Set(ENGLISH_TEXT.match(/\b[A-Za-z]{5,}\b/g))];
    const chineseRuns = [...new Set(CHINESE_TEXT.match(/\p{Script=Han}{2,4}/gu))];
    for (let i = 0; i < 60; i++) queries.push(englishWords[(i * 37) % englishWords.length], chineseRuns[(i * 29) % chineseRuns.length]);
    queries.push('library fund', 'zeppelin', '高铁 县城', 'libr');
    let answered = 0;
    for (const [sample, seed] of [
      [ENGLISH_TEXT, 4],
      [CHINESE_TEXT, 5],
    ] as const) {
      const text = longText(sample, 40_000, seed);
      const head = articleHead('a', text);
      for (const query of queries) {
        const atoms = parseQuery(query);
        const answer = answerFromHead(head, metadata, atoms);
        expect(answerFromWholeText(text, metadata, atoms), query).toEqual(wholeTextAnswer(text, metadata, atoms));
        if (answer.matches === 'unknown') continue;
        answered++;
        expect(answer, query).toEqual(wholeTextAnswer(text, metadata, atoms));
      }
    }
    // Many queries (here about half, of words that mostly occur once in the sample) are settled by
    // the head alone: that is what makes it worth keeping.
    expect(answered).toBeGreaterThan((2 * queries.length) / 3);
  });
});
