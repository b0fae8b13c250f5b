// What an article about to be imported has in common with the library: the very same text (same
// content hash), or the same piece in another version (same source URL, or same title and site).
import type { Article } from '../core/model';
import type { ClaimlensDatabase } from './database';

export interface LibraryMatchQuery {
  contentHash: string;
  sourceUrl: string;
  title: string;
  siteName: string;
}

export interface LibraryMatches {
  /** An article with exactly this text, in the library or its Trash. */
  sameContent?: Pick<Article, 'id' | 'title'>;
  /** Articles not in the Trash that look like this one but whose text differs, most recently updated first. */
  similar: Array<Pick<Article, 'id' | 'title' | 'siteName' | 'importedAt' | 'updatedAt'> & { why: 'source-url' | 'title-and-site' }>;
}

/** A URL without its fragment and trailing slash: the part two addresses of one page share. */
function urlStem(url: string): string {
  return url.replace(/#.*$/, '').replace(/\/$/, '');
}

function sameUrl(a: string, b: string): boolean {
  return a !== '' && urlStem(a) === urlStem(b);
}

function sameWords(a: string, b: string): boolean {
  const fold = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  return fold(a) !== '' && fold(a) === fold(b);
}

export async function findLibraryMatches(db: ClaimlensDatabase, query: LibraryMatchQuery): Promise<LibraryMatches> {
  return db.transaction('r', db.articles, async () => {
    const same = await db.articles.where('contentHash').equals(query.contentHash).first();
    const found = new Map<string, LibraryMatches['similar'][number]>();
    const consider = (article: Article, why: 'source-url' | 'title-and-site') => {
      if (article.deletedAt || article.contentHash === query.contentHash || found.has(article.id)) return;
      const { id, title, siteName, importedAt, updatedAt } = article;
      found.set(article.id, { id, title, siteName, importedAt, updatedAt, why });
    };
    if (query.sourceUrl.trim() !== '') {
      // Every address of the same page starts with its stem, so the index narrows the search to those.
      const url = query.sourceUrl.trim();
      await db.articles
        .where('sourceUrl')
        .startsWith(urlStem(url))
        .filter((article) => sameUrl(article.sourceUrl, url))
        .each((article) => consider(article, 'source-url'));
    }
    if (query.title.trim() !== '' && query.siteName.trim() !== '') {
      const byTitle = await db.articles.where('title').equals(query.title).toArray();
      for (const article of byTitle) if (sameWords(article.siteName, query.siteName)) consider(article, 'title-and-site');
    }
    return {
      sameContent: same ? { id: same.id, title: same.title } : undefined,
      similar: [...found.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    };
  });
}
