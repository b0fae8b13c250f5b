// Sorted lists of document numbers: the value of one index term in one segment of the search index.

/** Inserts numbers into a sorted list, keeping it sorted and free of duplicates. */
export function addToPostings(list: readonly number[], docs: readonly number[]): number[] {
  if (docs.length === 0) return [...list];
  const merged = [...list, ...docs].sort((a, b) => a - b);
  return merged.filter((doc, i) => i === 0 || doc !== merged[i - 1]);
}

export function removeFromPostings(list: readonly number[], docs: ReadonlySet<number>): number[] {
  return list.filter((doc) => !docs.has(doc));
}

/** Numbers present in every list. */
export function intersectAll(lists: ReadonlyArray<ReadonlySet<number>>): Set<number> {
  if (lists.length === 0) return new Set();
  const [smallest, ...rest] = [...lists].sort((a, b) => a.size - b.size);
  const result = new Set<number>();
  for (const doc of smallest) if (rest.every((list) => list.has(doc))) result.add(doc);
  return result;
}
