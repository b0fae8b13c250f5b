// The opening of an article's text, kept apart so search can check a hit and cut its snippet without
// reading a long article whole: most hits, and the first hit the snippet is cut around, are near the
// start. When the opening cannot answer for sure, search reads the whole text.
import { isUnspacedChar } from './tokenize';
import { atomRanges, firstSnippet, SNIPPET_REACH, snippetAround, type Snippet } from './snippet';
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
  const hits = firstHits(head.head, metadata, atoms);
  if (!hits.everyAtom || hits.first === -1 || hits.first + SNIPPET_REACH >= head.head.length) return { matches: 'unknown' };
  return { matches: true, snippet: snippetAround(head.head, atoms, hits.first) };
}

/**
 * Whether an article with this whole text and these metadata texts holds every atom, and the snippet
 * around the first hit in the body (or, with none there, in the metadata). Looks for each atom's
 * first hit in the text once, as a long text makes that the costly part.
 */
export function answerFromWholeText(text: string, metadata: string[], atoms: QueryAtom[]): { matches: false } | { matches: true; snippet: Snippet | null } {
  const hits = firstHits(text, metadata, atoms);
  if (!hits.everyAtom) return { matches: false };
  return { matches: true, snippet: hits.first !== -1 ? snippetAround(text, atoms, hits.first) : firstSnippet(metadata, atoms) };
}

/**
 * One look for each atom's first hit in `text`: whether every atom is in the text or the metadata,
 * and where the earliest hit in the text starts (-1 for none).
 */
function firstHits(text: string, metadata: string[], atoms: QueryAtom[]): { everyAtom: boolean; first: number } {
  let first = -1;
  let everyAtom = true;
  for (const atom of atoms) {
    const hit = atomRanges(text, atom, 0, text.length, 1)[0]?.[0] ?? -1;
    if (hit !== -1 && (first === -1 || hit < first)) first = hit;
    if (hit === -1 && !metadata.some((field) => atomRanges(field, atom, 0, field.length, 1).length > 0)) everyAtom = false;
  }
  return { everyAtom, first };
}
