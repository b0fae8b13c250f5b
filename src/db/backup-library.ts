// Backing up the whole library to one file and restoring it, against the database: reads in batches
// inside one read transaction, and restores in one read-write transaction so a failure changes nothing.
import type { Article, Claim, ClaimSource, Collection, OriginalFile, Source } from '../core/model';
import { base64ToBytes, bytesToBase64 } from './base64';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, BACKUP_TABLES, BackupWriter, type Backup, type BackupHeader, type BackupTable } from './backup-format';
import { emptyExistingKeys, planMerge, type ExistingKeys, type RestorePlan } from './backup-restore-plan';
import type { ClaimlensDatabase, SettingRow } from './database';
import { pauseDerivations } from './derived-tables-middleware';

export type Progress = (done: number, total: number) => void;

/** Articles and originals are read this many at a time: each may be megabytes. */
const LARGE_BATCH = 50;
/**
 * Articles are restored this many at a time. They are already in memory, and each batch rewrites
 * the posting rows of every term it holds, so fewer, larger batches index much faster.
 */
const RESTORE_BATCH = 200;

function sourceTables(db: ClaimlensDatabase) {
  return [db.articles, db.originals, db.claims, db.sources, db.claimSources, db.collections, db.settings];
}

export async function createBackup(db: ClaimlensDatabase, options: { appVersion: string; now?: Date; onProgress?: Progress }): Promise<{ bytes: Uint8Array; backup: Omit<Backup, 'rows'> }> {
  return db.transaction('r', sourceTables(db), async () => {
    const counts = Object.fromEntries(await Promise.all(BACKUP_TABLES.map(async (table) => [table, await db.table(table).count()]))) as Record<BackupTable, number>;
    const header: BackupHeader = { format: BACKUP_FORMAT, schemaVersion: BACKUP_SCHEMA_VERSION, appVersion: options.appVersion, createdAt: (options.now ?? new Date()).toISOString(), counts };
    const writer = new BackupWriter(header);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    let done = 0;
    for (const table of BACKUP_TABLES) {
      writer.beginTable(table);
      const keys = await db.table(table).toCollection().primaryKeys();
      const batch = table === 'articles' || table === 'originals' ? LARGE_BATCH : 5000;
      for (let i = 0; i < keys.length; i += batch) {
        const rows = await db.table(table).bulkGet(keys.slice(i, i + batch));
        for (const row of rows) {
          if (row === undefined) continue;
          if (table === 'originals') {
            const original = row as OriginalFile;
            writer.addRecord({ articleId: original.articleId, fileName: original.fileName, mimeType: original.mimeType, bytes: bytesToBase64(original.bytes) });
          } else writer.addRecord(row);
        }
        done += rows.length;
        options.onProgress?.(done, total);
      }
    }
    return { bytes: writer.finish(), backup: header };
  });
}

async function existingKeys(db: ClaimlensDatabase): Promise<ExistingKeys> {
  const keys = emptyExistingKeys();
  const [articleIds, hashes, hashIds, claimIds, sources, links, collectionIds, settingKeys] = await Promise.all([
    db.articles.toCollection().primaryKeys(),
    db.articles.orderBy('contentHash').keys(),
    db.articles.orderBy('contentHash').primaryKeys(),
    db.claims.toCollection().primaryKeys(),
    db.sources.toArray(),
    db.claimSources.toArray(),
    db.collections.toCollection().primaryKeys(),
    db.settings.toCollection().primaryKeys(),
  ]);
  articleIds.forEach((id) => keys.articleIds.add(id));
  hashes.forEach((hash, i) => keys.articleHashes.set(String(hash), hashIds[i]));
  claimIds.forEach((id) => keys.claimIds.add(id));
  for (const source of sources) {
    keys.sourceIds.add(source.id);
    if (source.normalizedUrl) keys.sourceUrls.set(source.normalizedUrl, source.id);
  }
  for (const link of links) {
    keys.linkIds.add(link.id);
    keys.linkPairs.add(`${link.claimId}\u0000${link.sourceId}`);
  }
  collectionIds.forEach((id) => keys.collectionIds.add(id));
  settingKeys.forEach((key) => keys.settingKeys.add(String(key)));
  return keys;
}

export type RestoreMode = 'merge' | 'replace';

export interface RestoreOutcome {
  added: Record<BackupTable, number>;
  skipped: number;
}

/** Restores a checked backup. Replace empties the library first; both happen in one transaction. */
export async function restoreBackup(db: ClaimlensDatabase, backup: Backup, mode: RestoreMode, onProgress?: Progress): Promise<RestoreOutcome> {
  // Decoding originals first: a damaged one refuses the file before anything is written.
  const originals: OriginalFile[] = backup.rows.originals.map((original) => ({ ...original, bytes: base64ToBytes(original.bytes) }));
  return db.transaction('rw', [...sourceTables(db), db.articleSummaries, db.searchDocuments, db.searchPostings, db.articleHeads], async (tx) => {
    let plan: RestorePlan;
    if (mode === 'replace') {
      // Everything goes, so the derived rows are cleared wholesale instead of row by row.
      await pauseDerivations(tx.idbtrans, () => Promise.all([...sourceTables(db), db.articleSummaries, db.searchDocuments, db.searchPostings, db.articleHeads].map((table) => table.clear())));
      plan = { ...backup.rows, skipped: 0 };
    } else {
      plan = planMerge(backup.rows, await existingKeys(db));
    }
    const keptOriginals = new Set(plan.originals.map((original) => original.articleId));
    const total = plan.articles.length + plan.claims.length + plan.sources.length + plan.claimSources.length;
    let done = 0;
    const step = (n: number) => {
      done += n;
      onProgress?.(done, total);
    };
    await db.collections.bulkAdd(plan.collections as Collection[]);
    await db.settings.bulkPut(plan.settings as SettingRow[]);
    for (let i = 0; i < plan.articles.length; i += RESTORE_BATCH) {
      const articles = plan.articles.slice(i, i + RESTORE_BATCH) as Article[];
      await db.articles.bulkAdd(articles);
      const ids = new Set(articles.map((article) => article.id));
      await db.originals.bulkAdd(originals.filter((original) => ids.has(original.articleId) && keptOriginals.has(original.articleId)));
      step(articles.length);
    }
    await db.sources.bulkAdd(plan.sources as Source[]);
    step(plan.sources.length);
    await db.claims.bulkAdd(plan.claims as Claim[]);
    step(plan.claims.length);
    await db.claimSources.bulkAdd(plan.claimSources as ClaimSource[]);
    step(plan.claimSources.length);
    return {
      added: {
        articles: plan.articles.length,
        originals: plan.originals.length,
        claims: plan.claims.length,
        sources: plan.sources.length,
        claimSources: plan.claimSources.length,
        collections: plan.collections.length,
        settings: plan.settings.length,
      },
      skipped: plan.skipped,
    };
  });
}
