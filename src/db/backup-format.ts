// The Claimlens backup file: one JSON document holding the whole library. Each record sits on its
// own line, so a library too large for one JSON string can still be written and read record by record.
import type { Article, Claim, ClaimSource, Collection, Source } from '../core/model';
import type { SettingRow } from './database';

export const BACKUP_FORMAT = 'claimlens-backup';
/** The schema the backup's rows follow; a file from a newer schema is refused. */
export const BACKUP_SCHEMA_VERSION = 2;

export const BACKUP_TABLES = ['articles', 'originals', 'claims', 'sources', 'claimSources', 'collections', 'settings'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** An original file as stored in a backup: its bytes as base64. */
export interface BackupOriginal {
  articleId: string;
  fileName: string;
  mimeType: string;
  bytes: string;
}

export interface BackupRows {
  articles: Article[];
  originals: BackupOriginal[];
  claims: Claim[];
  sources: Source[];
  claimSources: ClaimSource[];
  collections: Collection[];
  settings: SettingRow[];
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  appVersion: string;
  createdAt: string;
  counts: Record<BackupTable, number>;
}

export interface Backup extends BackupHeader {
  rows: BackupRows;
}

/** `claimlens-backup-YYYY-MM-DD.json`, in local time: the day the user made it. */
export function backupFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `claimlens-backup-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

/**
 * Writes a backup as UTF-8 chunks: the header first, then each table as a JSON array with one
 * record per line. The result is one valid JSON document.
 */
export class BackupWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly encoder = new TextEncoder();
  private tablesWritten = 0;
  private recordsInTable = 0;
  private size = 0;

  constructor(header: BackupHeader) {
    const json = JSON.stringify(header);
    this.push(`${json.slice(0, -1)},\n`);
  }

  get byteLength(): number {
    return this.size;
  }

  beginTable(table: BackupTable): void {
    this.push(`${this.tablesWritten > 0 ? '\n],\n' : ''}${JSON.stringify(table)}:[\n`);
    this.tablesWritten++;
    this.recordsInTable = 0;
  }

  addRecord(record: unknown): void {
    this.push(`${this.recordsInTable > 0 ? ',\n' : ''}${JSON.stringify(record)}`);
    this.recordsInTable++;
  }

  /** Closes the document and joins the chunks into one byte array. */
  finish(): Uint8Array {
    this.push(this.tablesWritten > 0 ? '\n]}\n' : '}\n');
    const bytes = new Uint8Array(this.size);
    let at = 0;
    for (const chunk of this.chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    this.chunks.length = 0;
    return bytes;
  }

  private push(text: string): void {
    const chunk = this.encoder.encode(text);
    this.chunks.push(chunk);
    this.size += chunk.length;
  }
}
