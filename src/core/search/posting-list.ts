// Packed posting lists: the value of one index term in one segment of the search index. Each entry is
// a document number times four plus its kind, so a search knows which candidates are articles, claims
// or sources without reading their document rows; entries stay sorted by document number.
import type { SearchDocumentKind } from './search-fields';

const KIND_CODES: Record<SearchDocumentKind, number> = { article: 0, claim: 1, source: 2 };
const KINDS: SearchDocumentKind[] = ['article', 'claim', 'source'];

export function postingEntry(docNo: number, kind: SearchDocumentKind): number {
  return docNo * 4 + KIND_CODES[kind];
}

export function entryDocNo(entry: number): number {
  return Math.floor(entry / 4);
}

export function entryKind(entry: number): SearchDocumentKind {
  return KINDS[entry % 4];
}

/** Merges entries into a sorted packed list, keeping it sorted and free of duplicates. */
export function addToPostings(list: Uint32Array, entries: readonly number[]): Uint32Array {
  const added = [...new Set(entries)].sort((a, b) => a - b);
  const merged = new Uint32Array(list.length + added.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < list.length || j < added.length) {
    const next = j >= added.length || (i < list.length && list[i] <= added[j]) ? list[i++] : added[j++];
    if (n === 0 || merged[n - 1] !== next) merged[n++] = next;
  }
  return merged.slice(0, n);
}

export function removeFromPostings(list: Uint32Array, entries: ReadonlySet<number>): Uint32Array {
  return list.filter((entry) => !entries.has(entry));
}

/** Entries present in every list, looking each one of the smallest list up in the others. */
export function intersectAll(lists: ReadonlyArray<ReadonlySet<number>>): Set<number> {
  if (lists.length === 0) return new Set();
  const [smallest, ...rest] = [...lists].sort((a, b) => a.size - b.size);
  const result = new Set<number>();
  for (const doc of smallest) if (rest.every((list) => list.has(doc))) result.add(doc);
  return result;
}
