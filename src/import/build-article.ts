// Turns an Extraction into the Article row and the OriginalFile row the library stores: a new id,
// the normalised text of the kept blocks, its content hash, and the file's bytes kept as they were.
import { contentHash, documentText } from '../core/document-text';
import { newId, type Article, type OriginalFile } from '../core/model';
import { keptBlocks, type Extraction } from './extraction';

export interface BuildArticleInput {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
  /** The import time, injected so tests and re-imports are reproducible. */
  now: Date;
}

export async function buildArticle(
  extraction: Extraction,
  { bytes, fileName, mimeType, now }: BuildArticleInput,
): Promise<{ article: Article; original: OriginalFile }> {
  const blocks = keptBlocks(extraction.candidates);
  const text = documentText(blocks);
  const id = newId();
  const timestamp = now.toISOString();
  const article: Article = {
    ...extraction.metadata,
    id,
    blocks,
    text,
    // The same hash as contentHash, without its asynchronous round trip; see sha256.ts.
    contentHash: contentHash(text),
    format: extraction.format,
    fileName,
    charset: extraction.charset,
    importedAt: timestamp,
    updatedAt: timestamp,
    collectionIds: [],
  };
  return { article, original: { articleId: id, fileName, mimeType, bytes } };
}
