// Replacing an article in the library with a newer import of the same piece: new blocks, text, hash,
// metadata and original bytes, with its claims re-anchored to the new text in the same transaction.
import { reanchorClaims, type ReanchorReport } from '../core/anchoring';
import type { Article, OriginalFile } from '../core/model';
import type { ClaimlensDatabase } from './database';

export type UpdateArticleResult =
  | { status: 'updated'; articleId: string; report: ReanchorReport }
  /** Another article already has exactly the new text; nothing was changed. */
  | { status: 'exists'; articleId: string; title: string };

export class ArticleToUpdateMissingError extends Error {
  constructor(articleId: string) {
    super(`Article ${articleId} is no longer in the library.`);
    this.name = 'ArticleToUpdateMissingError';
  }
}

/**
 * Puts the content of `replacement` (a freshly built article; its id and import date are ignored)
 * into the stored article `articleId`. The article keeps its id, import date, collections and Trash
 * state, so links to it and its claims stay valid. Claims that cannot be placed in the new text are
 * kept, flagged orphaned, with their old selectors; none is deleted.
 */
export async function updateArticleFromImport(
  db: ClaimlensDatabase,
  articleId: string,
  replacement: { article: Article; original: OriginalFile | null },
  now: Date,
): Promise<UpdateArticleResult> {
  const { article: incoming, original } = replacement;
  const timestamp = now.toISOString();
  return db.transaction('rw', db.articles, db.originals, db.claims, async () => {
    const current = await db.articles.get(articleId);
    if (!current) throw new ArticleToUpdateMissingError(articleId);
    // The content hash is unique in the library: updating to another article's text would make a duplicate.
    const holder = await db.articles.where('contentHash').equals(incoming.contentHash).first();
    if (holder && holder.id !== articleId) return { status: 'exists', articleId: holder.id, title: holder.title };

    const claims = await db.claims.where('articleId').equals(articleId).toArray();
    const { claims: placed, report } = reanchorClaims(claims, incoming.text);
    // reanchorClaims returns an untouched claim as the same object; only the others need writing.
    const changed = placed.filter((claim, index) => claim !== claims[index]).map((claim) => ({ ...claim, updatedAt: timestamp }));
    if (changed.length > 0) await db.claims.bulkPut(changed);

    const updated: Article = {
      ...current,
      title: incoming.title,
      author: incoming.author,
      siteName: incoming.siteName,
      publishedDate: incoming.publishedDate,
      sourceUrl: incoming.sourceUrl,
      language: incoming.language,
      blocks: incoming.blocks,
      text: incoming.text,
      contentHash: incoming.contentHash,
      format: incoming.format,
      fileName: incoming.fileName,
      charset: incoming.charset,
      updatedAt: timestamp,
    };
    await db.articles.put(updated);
    if (original) await db.originals.put({ ...original, articleId });
    return { status: 'updated', articleId, report };
  });
}
