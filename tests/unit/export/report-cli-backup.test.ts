// `claimlens report` on a library backup: every listed article, or one chosen by id or title; damaged
// backups and unclear choices are refused with one line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured as cli } from '../run-cli-captured';
import { parseCsv } from '../../../src/core/exchange/csv';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, BACKUP_TABLES, BackupWriter, type BackupRows, type BackupTable } from '../../../src/db/backup-format';
import { emptyArticleInput, englishArticleInput, ENGLISH_QUOTES, seedArticleInput, SEED_QUOTES } from '../report/fixtures';

let dir = '';
let backupPath = '';
let seedId = '';
let englishTitle = '';


/** A backup file exactly as the app writes it, one record per line. */
function backupBytes(rows: BackupRows): Uint8Array {
  const counts = Object.fromEntries(BACKUP_TABLES.map((table) => [table, rows[table].length])) as Record<BackupTable, number>;
  const writer = new BackupWriter({ format: BACKUP_FORMAT, schemaVersion: BACKUP_SCHEMA_VERSION, appVersion: '0.1.0', createdAt: '2025-11-08T10:00:00.000Z', counts });
  for (const table of BACKUP_TABLES) {
    writer.beginTable(table);
    for (const record of rows[table]) writer.addRecord(record);
  }
  return writer.finish();
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimlens-backup-report-'));
  const seed = await seedArticleInput();
  const english = await englishArticleInput();
  const trashed = await emptyArticleInput();
  trashed.article.deletedAt = '2025-11-09T00:00:00.000Z';
  seedId = seed.article.id;
  englishTitle = english.article.title;
  const inputs = [seed, english, trashed];
  backupPath = join(dir, 'claimlens-backup-2025-11-08.json');
  writeFileSync(
    backupPath,
    backupBytes({
      articles: inputs.map((input) => input.article),
      originals: [],
      claims: inputs.flatMap((input) => input.claims),
      sources: [...new Map(inputs.flatMap((input) => input.sources).map((source) => [source.id, source])).values()],
      claimSources: inputs.flatMap((input) => input.links),
      collections: [],
      settings: [{ key: 'annotator', value: 'Lin Wei' }],
    }),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('claimlens report on a backup', () => {
  it('reports every article outside the Trash, with every annotator’s claims', async () => {
    const result = await cli(['report', backupPath, '--format', 'md', '--lang', 'zh-CN']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('# 论断报告');
    expect(result.stdout).toContain('亚洲五国元首飞抵美国');
    expect(result.stdout).toContain(SEED_QUOTES.anxiety);
    expect(result.stdout).toContain('王老师');
    expect(result.stdout).toContain(ENGLISH_QUOTES.petition);
    expect(result.stdout).not.toContain('Nothing marked yet');
  });

  it('chooses one article by id or exact title', async () => {
    const byId = await cli(['report', backupPath, '--format', 'csv', '--article', seedId]);
    expect(byId.code).toBe(0);
    const rows = parseCsv(new TextDecoder().decode(byId.bytes[0]).replace(/^\uFEFF/, ''));
    const articleColumn = rows[0]!.indexOf('article_id');
    expect(new Set(rows.slice(1).map((row) => row[articleColumn]))).toEqual(new Set([seedId]));
    expect(rows).toHaveLength(7);

    const byTitle = await cli(['report', backupPath, '--format', 'jsonld', '--article', englishTitle]);
    expect(byTitle.code).toBe(0);
    expect(JSON.parse(byTitle.stdout).first.items).toHaveLength(5);
  });

  it('refuses an unknown article, a damaged backup and --article on a pack, each in one line', async () => {
    const unknown = await cli(['report', backupPath, '--format', 'html', '--article', 'No such title']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe(`claimlens report: ${backupPath}: no article with the id or title “No such title” in the backup (it has 2 articles; give an id or an exact title)\n`);

    const damaged = join(dir, 'damaged-backup.json');
    const text = new TextDecoder().decode(backupBytes({ articles: [], originals: [], claims: [], sources: [], claimSources: [], collections: [], settings: [] }));
    writeFileSync(damaged, text.slice(0, text.length - 10));
    const cut = await cli(['report', damaged, '--format', 'html']);
    expect(cut).toMatchObject({ code: 1, stdout: '' });
    expect(cut.stderr).toBe(`claimlens report: ${damaged}: the backup is not complete JSON (cut short or damaged)\n`);

    const packPath = join(dir, 'not-a-backup.json');
    writeFileSync(packPath, '{"format":"claimlens-pack"}');
    const onPack = await cli(['report', packPath, '--format', 'html', '--article', 'x']);
    expect(onPack.stderr).toMatch(/--article chooses an article of a backup/);
  });
});
