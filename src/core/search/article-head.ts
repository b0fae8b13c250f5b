// The opening of an article's text, kept apart so search can check a hit and cut its snippet without
// reading a long article whole: most hits, and the first hit the snippet is cut around, are near the
// start. When the opening cannot answer for sure, search reads the whole text.
import { isUnspacedChar } from './tokenize';
import { atomRanges, containsAll, firstHitIn, makeSnippet, SNIPPET_REACH, snippetAround, type Snippet } from './snippet';
import type { QueryAtom } from './tokenize';

/** Characters of text in a head: a few screens, against the ~100,000 of a long article. */
export const ARTICLE_HEAD_CHARS = 8000;

/** How far back from the limit a head may end to end on a word boundary. */
const BOUNDARY_SEARCH = 100;

export interface ArticleHead {
  /** The article's id. */
  id: string;
  /** The start of the article's text, ending between words. */
  head: string;
  /** Length of the whole text, so a reader knows whether the head is all of it. */
  textLength: number;
}

function isSpacedWordChar(char: string): boolean {
  return /[\p{L}\p{N}]/u.test(char) && !isUnspacedChar(char);
}

/**
 * The head of a text: its first ARTICLE_HEAD_CHARS characters, moved back to the nearest point that
 * does not cut a spaced word (a cut "librar|ies" would look like another word to search) or a
 * surrogate pair.
 */
export function articleHead(id: string, text: string): ArticleHead {
  if (text.length <= ARTICLE_HEAD_CHARS) return { id, head: text, textLength: text.length };
  let end = ARTICLE_HEAD_CHARS;
  for (let at = end; at > ARTICLE_HEAD_CHARS - BOUNDARY_SEARCH; at--) {
    if (!isSpacedWordChar(text[at - 1]) || !isSpacedWordChar(text[at])) {
      end = at;
      break;
    }
  }
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return { id, head: text.slice(0, end), textLength: text.length };
}

export type HeadAnswer = { matches: false } | { matches: true; snippet: Snippet | null } | { matches: 'unknown' };

/**
 * What the head alone tells about an article whose metadata texts (title, author, site) are
 * `metadata`: whether every atom occurs, and the snippet around the first hit in the body, as the
 * whole text would give them; or 'unknown' when that depends on text past the head (an atom not found
 * in it, no hit in it while the metadata has one, or the first hit too near its end for a full snippet).
 */
export function answerFromHead(head: ArticleHead, metadata: string[], atoms: QueryAtom[]): HeadAnswer {
  if (head.head.length === head.textLength) return answerFromWholeText(head.head, metadata, atoms);
  if (!containsAll([...metadata, head.head], atoms)) return { matches: 'unknown' };
  const first = firstHitIn(head.head, atoms);
  if (first === -1 || first + SNIPPET_REACH >= head.head.length) return { matches: 'unknown' };
  return { matches: true, snippet: snippetAround(head.head, atoms, first) };
}

/**
 * Whether an article with this whole text and these metadata texts holds every atom, and the snippet
 * around the first hit in the body (or, with none there, in the metadata). Looks for each atom's
 * first hit in the text once, as a long text makes that the costly part.
 */
export function answerFromWholeText(text: string, metadata: string[], atoms: QueryAtom[]): { matches: false } | { matches: true; snippet: Snippet | null } {
  const firstHits = atoms.map((atom) => atomRanges(text, atom, 0, text.length, 1)[0]?.[0] ?? -1);
  const inMetadata = (atom: QueryAtom) => metadata.some((field) => atomRanges(field, atom, 0, field.length, 1).length > 0);
  if (!atoms.every((atom, i) => firstHits[i] !== -1 || inMetadata(atom))) return { matches: false };
  const found = firstHits.filter((hit) => hit !== -1);
  return { matches: true, snippet: found.length > 0 ? snippetAround(text, atoms, Math.min(...found)) : firstSnippet(metadata, atoms) };
}

/** The snippet of the first text that has a hit. */
export function firstSnippet(texts: string[], atoms: QueryAtom[]): Snippet | null {
  for (const text of texts) {
    const snippet = makeSnippet(text, atoms);
    if (snippet) return snippet;
  }
  return null;
}
