// Case folding and light stemming for words in spaced scripts, so "Libraries" finds "library".
// Deliberately simple: a few English suffix rules that are cheap and rarely wrong.

/** Lower-cases and strips accents (é -> e) so folded words compare equal. */
export function foldCase(word: string): string {
  const lower = word.toLowerCase();
  // Only decompose when there is something to strip; NFKD on plain ASCII is wasted work.
  return /[^\u0000-\u007f]/.test(lower) ? lower.normalize('NFKD').replace(/\p{M}+/gu, '') : lower;
}

/** Reduces common English inflections to one form: libraries/library, funded/fund, rails/rail. */
export function stemEnglish(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  if (word.endsWith('ing') && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4) return undouble(word.slice(0, -2));
  return word;
}

/** running -> run, stopped -> stop; but keep "fall", "press". */
function undouble(stem: string): string {
  const last = stem.at(-1);
  if (stem.length > 2 && last === stem.at(-2) && last !== undefined && !'lsz'.includes(last)) return stem.slice(0, -1);
  return stem;
}

const termCache = new Map<string, string>();

/** The index term for one word of a spaced script. Cached: the same words recur all through a text. */
export function latinTerm(word: string): string {
  let term = termCache.get(word);
  if (term === undefined) {
    term = stemEnglish(foldCase(word));
    // A bounded cache: a library's vocabulary is large, but the common words are what repeat.
    if (termCache.size > 50_000) termCache.clear();
    termCache.set(word, term);
  }
  return term;
}
