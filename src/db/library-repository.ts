// Library operations: listing summaries, the Trash (move, restore, empty) and collections. Every
// change is one transaction; nothing leaves the database except by emptying the Trash.
import type { Collection } from '../core/model';
import { newId } from '../core/model';
import type { ClaimlensDatabase } from './database';
import type { ArticleSummary } from './library-rows';

/**
 * Every article summary, in the Trash or not; the screen filters and sorts in memory. Read in an
 * explicit transaction so Dexie's live-query cache is bypassed: summaries are written below that
 * cache, which would otherwise keep serving a list from before the latest import.
 */
export function listArticleSummaries(db: ClaimlensDatabase): Promise<ArticleSummary[]> {
  return db.transaction('r', db.articleSummaries, () => db.articleSummaries.toArray());
}

/**
 * The most recently imported summaries, in the Trash or not, newest first: enough to paint the first
 * screen of the default list while the whole list (thousands of rows) is still being read.
 */
export function listNewestSummaries(db: ClaimlensDatabase, limit: number): Promise<ArticleSummary[]> {
  return db.transaction('r', db.articleSummaries, () => db.articleSummaries.orderBy('importedAt').reverse().limit(limit).toArray());
}

export async function moveToTrash(db: ClaimlensDatabase, articleIds: string[], now = new Date().toISOString()): Promise<void> {
  await db.transaction('rw', db.articles, async () => {
    await db.articles.where('id').anyOf(articleIds).modify({ deletedAt: now });
  });
}

export async function restoreFromTrash(db: ClaimlensDatabase, articleIds: string[]): Promise<void> {
  await db.transaction('rw', db.articles, async () => {
    await db.articles
      .where('id')
      .anyOf(articleIds)
      .modify((article) => {
        delete article.deletedAt;
      });
  });
}

/** Removes the trashed articles for good: the article, its original, its claims and their links. */
export async function emptyTrash(db: ClaimlensDatabase, articleIds?: string[]): Promise<number> {
  return db.transaction('rw', [db.articles, db.originals, db.claims, db.claimSources], async () => {
    const trashed = (await db.articles.where('deletedAt').above('').primaryKeys()).filter((id) => !articleIds || articleIds.includes(id));
    if (trashed.length === 0) return 0;
    const claimIds = await db.claims.where('articleId').anyOf(trashed).primaryKeys();
    await db.claimSources.where('claimId').anyOf(claimIds).delete();
    await db.claims.bulkDelete(claimIds);
    await db.originals.bulkDelete(trashed);
    await db.articles.bulkDelete(trashed);
    return trashed.length;
  });
}

export function listCollections(db: ClaimlensDatabase): Promise<Collection[]> {
  return db.collections.orderBy('name').toArray();
}

/** Trims a collection name; returns null when nothing is left. */
export function cleanCollectionName(name: string): string | null {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  return trimmed === '' ? null : trimmed.slice(0, 120);
}

export async function createCollection(db: ClaimlensDatabase, name: string): Promise<Collection> {
  const clean = cleanCollectionName(name);
  if (!clean) throw new Error('empty-name');
  const collection: Collection = { id: newId(), name: clean, createdAt: new Date().toISOString() };
  await db.collections.add(collection);
  return collection;
}

export async function renameCollection(db: ClaimlensDatabase, id: string, name: string): Promise<void> {
  const clean = cleanCollectionName(name);
  if (!clean) throw new Error('empty-name');
  await db.collections.update(id, { name: clean });
}

/** Deletes the collection; its articles stay in the library. */
export async function deleteCollection(db: ClaimlensDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.collections, db.articles, async () => {
    await db.articles
      .where('collectionIds')
      .equals(id)
      .modify((article) => {
        article.collectionIds = article.collectionIds.filter((c) => c !== id);
      });
    await db.collections.delete(id);
  });
}

export async function setInCollection(db: ClaimlensDatabase, articleIds: string[], collectionId: string, member: boolean): Promise<void> {
  await db.transaction('rw', db.articles, async () => {
    await db.articles
      .where('id')
      .anyOf(articleIds)
      .modify((article) => {
        const others = (article.collectionIds ?? []).filter((c) => c !== collectionId);
        article.collectionIds = member ? [...others, collectionId] : others;
      });
  });
}
