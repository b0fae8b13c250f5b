// Turns text into index terms. Chinese (and other unspaced scripts) get character unigrams and
// bigrams, so any substring is findable; spaced scripts get case-folded, lightly stemmed words.
import { latinTerm } from './fold-latin';

/** Scripts written without spaces, searched by character n-grams. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const UNSPACED_RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー]+/gu;
const SPACED_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function isUnspacedChar(char: string): boolean {
  return UNSPACED.test(char);
}

/**
 * Adds the unigrams and bigrams of one run of unspaced characters. A query is matched by exactly
 * these (see parseQuery), so dictionary words would be postings no search ever reads; segmenting
 * was also most of the time spent indexing a Chinese article.
 */
function addUnspacedRun(run: string, terms: Set<string>): void {
  let previous = '';
  for (const char of run) {
    terms.add(char);
    if (previous) terms.add(previous + char);
    previous = char;
  }
}

/** Every distinct index term of a text. */
export function indexTerms(text: string, terms: Set<string> = new Set()): Set<string> {
  for (const match of text.matchAll(SPACED_WORD)) {
    const word = match[0];
    if (!UNSPACED.test(word)) {
      terms.add(latinTerm(word));
      continue;
    }
    // A word with unspaced characters in it: split into runs and the spaced pieces between them.
    let last = 0;
    for (const run of word.matchAll(UNSPACED_RUN)) {
      if (run.index > last) terms.add(latinTerm(word.slice(last, run.index)));
      addUnspacedRun(run[0], terms);
      last = run.index + run[0].length;
    }
    if (last < word.length) terms.add(latinTerm(word.slice(last)));
  }
  return terms;
}

/** One thing the user typed that every result must contain. */
export type QueryAtom =
  | { kind: 'unspaced'; text: string; terms: string[] }
  | { kind: 'spaced'; text: string; term: string; prefix: boolean };

/** Shortest spaced word that is matched as a prefix ("libr" finds "library"). */
export const MIN_PREFIX_LENGTH = 2;

/** Splits a query into atoms. Unspaced runs must match as exact substrings; spaced words by term or prefix. */
export function parseQuery(query: string): QueryAtom[] {
  const atoms: QueryAtom[] = [];
  const seen = new Set<string>();
  const push = (atom: QueryAtom) => {
    const key = `${atom.kind}:${atom.kind === 'spaced' ? atom.term : atom.text}`;
    if (!seen.has(key)) {
      seen.add(key);
      atoms.push(atom);
    }
  };
  const addSpaced = (word: string) => {
    const term = latinTerm(word);
    if (term) push({ kind: 'spaced', text: word, term, prefix: term.length >= MIN_PREFIX_LENGTH });
  };
  for (const match of query.normalize('NFKC').matchAll(SPACED_WORD)) {
    const word = match[0];
    let last = 0;
    for (const run of word.matchAll(UNSPACED_RUN)) {
      if (run.index > last) addSpaced(word.slice(last, run.index));
      const chars = Array.from(run[0]);
      const terms = chars.length === 1 ? chars : chars.slice(0, -1).map((char, i) => char + chars[i + 1]);
      push({ kind: 'unspaced', text: run[0], terms: [...new Set(terms)] });
      last = run.index + run[0].length;
    }
    if (last < word.length) addSpaced(word.slice(last));
  }
  return atoms;
}
