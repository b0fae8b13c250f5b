// Storing and finding articles. An article and its original bytes are written in one transaction.
import type { Article, OriginalFile } from '../core/model';
import type { ClaimlensDatabase } from './database';

export type SaveArticleResult = { status: 'saved'; articleId: string } | { status: 'exists'; articleId: string; title: string };

/** Saves a newly imported article, or reports the existing one with the same content hash. */
export async function saveImportedArticle(db: ClaimlensDatabase, article: Article, original: OriginalFile | null): Promise<SaveArticleResult> {
  return db.transaction('rw', db.articles, db.originals, async () => {
    const existing = await db.articles.where('contentHash').equals(article.contentHash).first();
    if (existing) return { status: 'exists', articleId: existing.id, title: existing.title };
    await db.articles.add(article);
    if (original) await db.originals.put({ ...original, articleId: article.id });
    return { status: 'saved', articleId: article.id };
  });
}

/** Articles not in the Trash, newest import first. */
export async function listLibraryArticles(db: ClaimlensDatabase): Promise<Article[]> {
  const articles = await db.articles.orderBy('importedAt').reverse().toArray();
  return articles.filter((article) => !article.deletedAt);
}
