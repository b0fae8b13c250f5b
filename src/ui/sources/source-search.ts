// Finding sources by what a user remembers of them, and spotting likely duplicates to merge.
import type { Source } from '../../core/model';

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Every word of the query appears in the title, publisher, author, URL, excerpt or note. */
export function sourceMatches(source: Source, query: string): boolean {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold([source.title, source.publisher, source.author, source.url, source.excerpt, source.note].join(' '));
  return words.every((word) => haystack.includes(word));
}

function titleKey(source: Source): string {
  return fold(source.title).replace(/[\p{P}\p{S}\s]+/gu, '');
}

/** For each source, another with the same title (ignoring case and punctuation), if there is one. */
export function likelyDuplicates(sources: readonly Source[]): Map<string, Source> {
  const byTitle = new Map<string, Source[]>();
  for (const source of sources) {
    const key = titleKey(source);
    if (key.length < 4) continue;
    byTitle.set(key, [...(byTitle.get(key) ?? []), source]);
  }
  const found = new Map<string, Source>();
  for (const group of byTitle.values()) {
    if (group.length < 2) continue;
    for (const source of group) found.set(source.id, group.find((other) => other.id !== source.id)!);
  }
  return found;
}
