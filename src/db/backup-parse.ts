// Reads and checks a backup file. Anything that is not a complete Claimlens backup of a schema this
// app knows is refused with a reason, before the library is touched.
import { TAGS, STANCES } from '../core/model';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, BACKUP_TABLES, type Backup, type BackupHeader, type BackupRows, type BackupTable } from './backup-format';

export type BackupRefusal =
  | { reason: 'not-json' }
  | { reason: 'not-backup' }
  | { reason: 'newer-schema'; schemaVersion: number }
  | { reason: 'damaged'; detail: string };

export type ParsedBackup = { ok: true; backup: Backup } | ({ ok: false } & BackupRefusal);

/** Above this size the file is read record by record rather than as one JSON string. */
export const WHOLE_PARSE_LIMIT = 64 * 1024 * 1024;

class Refused extends Error {
  constructor(readonly refusal: BackupRefusal) {
    super(refusal.reason);
  }
}

function emptyRows(): BackupRows {
  return { articles: [], originals: [], claims: [], sources: [], claimSources: [], collections: [], settings: [] };
}

function checkHeader(value: unknown): BackupHeader {
  if (!value || typeof value !== 'object' || (value as { format?: unknown }).format !== BACKUP_FORMAT) throw new Refused({ reason: 'not-backup' });
  const header = value as BackupHeader;
  if (!Number.isInteger(header.schemaVersion) || header.schemaVersion < 1) throw new Refused({ reason: 'not-backup' });
  if (header.schemaVersion > BACKUP_SCHEMA_VERSION) throw new Refused({ reason: 'newer-schema', schemaVersion: header.schemaVersion });
  if (typeof header.createdAt !== 'string' || typeof header.appVersion !== 'string' || !header.counts || typeof header.counts !== 'object') {
    throw new Refused({ reason: 'damaged', detail: 'header' });
  }
  return header;
}

const isString = (value: unknown) => typeof value === 'string';

/** The least each record must have for the app to work with it. */
const RECORD_CHECKS: Record<BackupTable, (r: Record<string, unknown>) => boolean> = {
  articles: (r) => isString(r.id) && isString(r.text) && isString(r.contentHash) && isString(r.title) && Array.isArray(r.blocks) && Array.isArray(r.collectionIds),
  originals: (r) => isString(r.articleId) && isString(r.bytes) && isString(r.fileName),
  claims: (r) => isString(r.id) && isString(r.articleId) && (TAGS as readonly unknown[]).includes(r.tag) && !!r.selectors,
  sources: (r) => isString(r.id) && isString(r.url),
  claimSources: (r) => isString(r.id) && isString(r.claimId) && isString(r.sourceId) && (STANCES as readonly unknown[]).includes(r.stance),
  collections: (r) => isString(r.id) && isString(r.name),
  settings: (r) => isString(r.key),
};

function checkRows(header: BackupHeader, rows: BackupRows): Backup {
  for (const table of BACKUP_TABLES) {
    const list = rows[table] as unknown[];
    if (!Array.isArray(list)) throw new Refused({ reason: 'damaged', detail: table });
    if (header.counts[table] !== list.length) throw new Refused({ reason: 'damaged', detail: `${table}: ${list.length} of ${header.counts[table]}` });
    const bad = list.findIndex((record) => !record || typeof record !== 'object' || !RECORD_CHECKS[table](record as Record<string, unknown>));
    if (bad !== -1) throw new Refused({ reason: 'damaged', detail: `${table} #${bad + 1}` });
  }
  return { ...header, rows };
}

function parseWhole(bytes: Uint8Array): Backup {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new Refused({ reason: 'not-json' });
  }
  const header = checkHeader(value);
  const rows = emptyRows();
  for (const table of BACKUP_TABLES) (rows as unknown as Record<string, unknown>)[table] = (value as Record<string, unknown>)[table];
  return checkRows(header, rows);
}

/** Reads the one-record-per-line layout the app writes, without ever holding the file as one string. */
function parseByLine(bytes: Uint8Array): Backup {
  const decoder = new TextDecoder();
  let header: BackupHeader | null = null;
  const rows = emptyRows();
  let table: BackupTable | null = null;
  let ended = false;
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const line = decoder.decode(bytes.subarray(start, end)).trim();
    start = end + 1;
    if (line === '') continue;
    if (ended) throw new Refused({ reason: 'not-json' });
    try {
      if (!header) {
        if (!line.startsWith('{') || !line.endsWith(',')) throw new Refused({ reason: line.startsWith('{') ? 'not-json' : 'not-backup' });
        header = checkHeader(JSON.parse(`${line.slice(0, -1)}}`));
      } else if (table === null) {
        const opening = /^"(\w+)":\[$/.exec(line);
        if (!opening || !(BACKUP_TABLES as readonly string[]).includes(opening[1])) throw new Refused({ reason: 'not-json' });
        table = opening[1] as BackupTable;
      } else if (line === '],' || line === ']}') {
        table = null;
        ended = line === ']}';
      } else {
        (rows[table] as unknown[]).push(JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line));
      }
    } catch (error) {
      if (error instanceof Refused) throw error;
      throw new Refused({ reason: 'not-json' });
    }
  }
  if (!header) throw new Refused({ reason: 'not-json' });
  if (!ended) throw new Refused({ reason: 'not-json' });
  return checkRows(header, rows);
}

/** Parses and checks a backup file's bytes. */
export function parseBackup(bytes: Uint8Array, options: { wholeParseLimit?: number } = {}): ParsedBackup {
  try {
    const firstByte = bytes.find((byte) => byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09 && byte !== 0xef && byte !== 0xbb && byte !== 0xbf);
    if (firstByte !== 0x7b) return { ok: false, reason: bytes.length === 0 ? 'not-json' : 'not-backup' };
    const backup = bytes.length <= (options.wholeParseLimit ?? WHOLE_PARSE_LIMIT) ? parseWhole(bytes) : parseByLine(bytes);
    return { ok: true, backup };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, ...error.refusal };
    throw error;
  }
}
