// Backup and restore: fill a library, back up, wipe, restore, compare every table row by row; merge
// twice adds nothing new; files that are not complete Claimlens backups are refused untouched.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_TABLES, backupFileName } from '../../../src/db/backup-format';
import { createBackup, restoreBackup } from '../../../src/db/backup-library';
import { parseBackup } from '../../../src/db/backup-parse';
import { ClaimlensDatabase } from '../../../src/db/database';
import { searchLibrary } from '../../../src/db/library-search';
import { fillLibrary, makeArticle, sampleLibrary, type LibraryRows } from './library-fixture';

let db: ClaimlensDatabase;
let rows: LibraryRows;

/** Every row of every backed-up table, sorted by key, for exact comparison. */
async function snapshot(target: ClaimlensDatabase) {
  const result: Record<string, unknown[]> = {};
  for (const table of BACKUP_TABLES) {
    const keys = await target.table(table).toCollection().primaryKeys();
    result[table] = await target.table(table).bulkGet([...keys].sort());
  }
  return result;
}

beforeEach(async () => {
  db = new ClaimlensDatabase(`backup-${Math.random()}`);
  rows = sampleLibrary();
  await fillLibrary(db, rows);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function backupBytes() {
  return (await createBackup(db, { appVersion: '0.1.0', now: new Date('2026-05-04T10:00:00Z') })).bytes;
}

describe('backup', () => {
  it('is one JSON document with the format, schema, app version, date and counts', async () => {
    const json = JSON.parse(new TextDecoder().decode(await backupBytes()));
    expect(json).toMatchObject({ format: 'claimlens-backup', schemaVersion: 2, appVersion: '0.1.0', createdAt: '2026-05-04T10:00:00.000Z' });
    expect(json.counts).toEqual({ articles: 2, originals: 2, claims: 4, sources: 1, claimSources: 1, collections: 1, settings: 2 });
    expect(typeof json.originals[0].bytes).toBe('string');
    expect(backupFileName(new Date(2026, 4, 4))).toBe('claimlens-backup-2026-05-04.json');
  });

  it.each([
    ['whole', undefined],
    ['record by record', 0],
  ])('restores exactly what was backed up after a wipe (%s parsing)', async (_label, wholeParseLimit) => {
    const before = await snapshot(db);
    const parsed = parseBackup(await backupBytes(), { wholeParseLimit });
    if (!parsed.ok) throw new Error(parsed.reason);
    await db.delete();
    db = new ClaimlensDatabase(db.name);
    expect(await db.articles.count()).toBe(0);
    await restoreBackup(db, parsed.backup, 'replace');
    expect(await snapshot(db)).toEqual(before);
    // The derived tables are rebuilt too: the library lists and finds the restored articles.
    expect(await db.articleSummaries.count()).toBe(2);
    expect((await searchLibrary(db, '京沪高铁')).hits).toHaveLength(2);
  });

  it('merging the same backup twice adds nothing, and matches an article by its content', async () => {
    const parsed = parseBackup(await backupBytes());
    if (!parsed.ok) throw new Error(parsed.reason);
    const before = await snapshot(db);
    const first = await restoreBackup(db, parsed.backup, 'merge');
    expect(Object.values(first.added).every((n) => n === 0)).toBe(true);
    expect(await snapshot(db)).toEqual(before);

    // A library where the same article was imported again under another id.
    const other = new ClaimlensDatabase(`backup-other-${Math.random()}`);
    const reimported = { ...rows.articles[0], id: 'reimported' };
    await other.articles.add(reimported);
    const outcome = await restoreBackup(other, parsed.backup, 'merge');
    expect(outcome.added.articles).toBe(1);
    expect(await other.articles.count()).toBe(2);
    // Claims of the matched article now point at the copy that was already there.
    expect(await other.claims.where('articleId').equals('reimported').count()).toBe(3);
    const again = await restoreBackup(other, parsed.backup, 'merge');
    expect(Object.values(again.added).every((n) => n === 0)).toBe(true);
    other.close();
    await Dexie.delete(other.name);
  });

  it('replace removes what the backup does not have', async () => {
    const parsed = parseBackup(await backupBytes());
    if (!parsed.ok) throw new Error(parsed.reason);
    await db.articles.add(makeArticle({ title: 'Added after the backup', text: 'Nothing about trains here.' }));
    await restoreBackup(db, parsed.backup, 'replace');
    expect((await db.articles.toArray()).map((a) => a.title).sort()).toEqual(rows.articles.map((a) => a.title).sort());
    expect((await searchLibrary(db, 'trains')).hits).toEqual([]);
  });
});

describe('refusing bad files', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it('refuses a file that is not a Claimlens backup', () => {
    expect(parseBackup(encode('<html><body>hello</body></html>'))).toEqual({ ok: false, reason: 'not-backup' });
    expect(parseBackup(encode('{"format":"something-else","schemaVersion":1}'))).toEqual({ ok: false, reason: 'not-backup' });
    expect(parseBackup(encode('[1,2,3]'))).toEqual({ ok: false, reason: 'not-backup' });
  });

  it('refuses a truncated file in both parsing modes', async () => {
    const bytes = await backupBytes();
    const cut = bytes.subarray(0, Math.floor(bytes.length * 0.6));
    expect(parseBackup(cut)).toEqual({ ok: false, reason: 'not-json' });
    expect(parseBackup(cut, { wholeParseLimit: 0 })).toEqual({ ok: false, reason: 'not-json' });
    expect(parseBackup(new Uint8Array())).toEqual({ ok: false, reason: 'not-json' });
  });

  it('refuses a backup from a newer schema, and one whose counts do not match', async () => {
    const json = JSON.parse(new TextDecoder().decode(await backupBytes()));
    expect(parseBackup(encode(JSON.stringify({ ...json, schemaVersion: 3 })))).toEqual({ ok: false, reason: 'newer-schema', schemaVersion: 3 });
    json.claims.pop();
    expect(parseBackup(encode(JSON.stringify(json)))).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it('leaves the library untouched when a restore fails half-way', async () => {
    const parsed = parseBackup(await backupBytes());
    if (!parsed.ok) throw new Error(parsed.reason);
    const before = await snapshot(db);
    // Two links between the same claim and source break the unique index at the very end.
    const broken = { ...parsed.backup, rows: { ...parsed.backup.rows, claimSources: [...parsed.backup.rows.claimSources, { ...parsed.backup.rows.claimSources[0], id: 'duplicate' }] } };
    await expect(restoreBackup(db, broken, 'replace')).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
    expect((await searchLibrary(db, '京沪高铁')).hits).toHaveLength(2);
  });
});
