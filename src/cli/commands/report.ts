// `claimlens report <pack-or-backup>`: renders a pack, or articles of a library backup, as an HTML, PDF or
// Markdown report, a claims CSV, W3C Web Annotations or ClaimReview JSON-LD, with the app's builders.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { ClaimStatus, Tag } from '../../core/model';
import { TAGS } from '../../core/model';
import { parsePack, packReportInput } from '../../core/exchange/pack';
import { buildAnnotationCollection } from '../../core/exchange/annotation-export';
import { buildClaimReviews } from '../../core/exchange/claim-review';
import { buildClaimsCsv } from '../../core/exchange/claims-csv';
import { buildReportHtml } from '../../core/report/report-html';
import { buildReportMarkdown } from '../../core/report/report-markdown';
import type { ReportArticleInput, ReportInput, ReportLocale, ReportOptions } from '../../core/report/report-input';
import type { Backup } from '../../db/backup-format';
import { parseBackup, type BackupRefusal } from '../../db/backup-parse';
import { CLAIM_STATUSES } from '../../core/report/report-input';
import type { CliCommand, CliIo } from '../command';

const FORMATS = ['html', 'pdf', 'md', 'csv', 'jsonld', 'claimreview'] as const;
type ReportFormat = (typeof FORMATS)[number];
const LOCALES: readonly ReportLocale[] = ['en', 'zh-CN'];

/** Backups carry every original file as base64 and can be large; beyond this the file is refused unread. */
const MAX_INPUT_BYTES = 1024 * 1024 * 1024;
const PDF_TIMEOUT_MS = 90_000;

const USAGE = `Usage: claimlens report <pack.json | backup.json> --format html|pdf|md|csv|jsonld|claimreview [options]

Renders a Claimlens pack (one article with one annotator's claims and sources), or the articles of a
library backup (every article not in the Trash, with every annotator's claims; or one with --article).
  --format FORMAT    html (self-contained page), pdf (via headless Chromium), md (Markdown),
                     csv (claims, UTF-8 with BOM), jsonld (W3C Web Annotations),
                     claimreview (schema.org ClaimReview for fact claims with sources)
  --out FILE         write to FILE instead of standard output (required for pdf on a terminal)
  --lang en|zh-CN    language of the report's labels (default en)
  --per-source       csv: one row per claim-source pair instead of one per claim
  --tags LIST        only these tags, comma-separated (opinion,fact,unsupported)
  --statuses LIST    only these statuses, comma-separated (supported,contested,no-evidence)
  --no-notes         leave the annotator's notes out
  --no-context       show quotes without the surrounding article text
  --article ID|TITLE backup: only the article with this id or exact title
Environment: CHROMIUM_PATH overrides /usr/bin/chromium for pdf.`;

function fail(io: CliIo, message: string): number {
  io.stderr.write(`claimlens report: ${message}\n`);
  return 1;
}

interface ParsedArgs {
  file: string;
  article?: string;
  format: ReportFormat;
  out?: string;
  locale: ReportLocale;
  perSource: boolean;
  options: ReportOptions;
}

function listOption<T extends string>(value: string, allowed: readonly T[], name: string): T[] {
  const items = value.split(',').map((v) => v.trim()).filter((v) => v !== '');
  const unknown = items.find((item) => !allowed.includes(item as T));
  if (unknown !== undefined || items.length === 0) throw new Error(`${name} takes a comma-separated list of ${allowed.join(', ')}`);
  return items as T[];
}

function parseArgs(args: string[]): ParsedArgs {
  const files: string[] = [];
  let format: ReportFormat | undefined;
  let out: string | undefined;
  let article: string | undefined;
  let locale: ReportLocale = 'en';
  let perSource = false;
  let tags: Tag[] = [...TAGS];
  let statuses: ClaimStatus[] = [...CLAIM_STATUSES];
  let includeNotes = true;
  let includeContext = true;
  for (let i = 0; i < args.length; i += 1) {
    const [flag, inlineValue] = args[i]!.startsWith('--') && args[i]!.includes('=') ? args[i]!.split(/=(.*)/s, 2) as [string, string] : [args[i]!, undefined];
    const value = (): string => {
      const v = inlineValue ?? args[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format': {
        const v = value();
        if (!FORMATS.includes(v as ReportFormat)) throw new Error(`unknown format “${v}”; use one of ${FORMATS.join(', ')}`);
        format = v as ReportFormat;
        break;
      }
      case '--out':
      case '-o':
        out = value();
        break;
      case '--lang': {
        const v = value();
        if (!LOCALES.includes(v as ReportLocale)) throw new Error(`unknown language “${v}”; use en or zh-CN`);
        locale = v as ReportLocale;
        break;
      }
      case '--article':
        article = value();
        break;
      case '--per-source':
        perSource = true;
        break;
      case '--tags':
        tags = listOption(value(), TAGS, '--tags');
        break;
      case '--statuses':
        statuses = listOption(value(), CLAIM_STATUSES, '--statuses');
        break;
      case '--no-notes':
        includeNotes = false;
        break;
      case '--no-context':
        includeContext = false;
        break;
      default:
        if (flag.startsWith('-')) throw new Error(`unknown option “${flag}”. Run \`claimlens report --help\`.`);
        files.push(flag);
    }
  }
  if (files.length !== 1) throw new Error('give exactly one pack or backup file. Run `claimlens report --help`.');
  if (!format) throw new Error('choose an output with --format html|pdf|md|csv|jsonld|claimreview');
  return { file: files[0]!, format, ...(out ? { out } : {}), ...(article !== undefined ? { article } : {}), locale, perSource, options: { tags, statuses, includeNotes, includeContext } };
}

async function appVersion(): Promise<string> {
  try {
    const manifest = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return manifest.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Prints the HTML with headless Chromium from a private temporary directory, then removes it. */
async function htmlToPdf(html: string): Promise<Uint8Array> {
  const chromium = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
  const dir = await mkdtemp(join(tmpdir(), 'claimlens-report-'));
  try {
    const htmlPath = join(dir, 'report.html');
    const pdfPath = join(dir, 'report.pdf');
    await writeFile(htmlPath, html, 'utf8');
    await promisify(execFile)(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // The page's own title and file path are not wanted as a running header and footer.
        '--no-pdf-header-footer',
        `--user-data-dir=${join(dir, 'profile')}`,
        `--print-to-pdf=${pdfPath}`,
        pathToFileURL(htmlPath).href,
      ],
      { timeout: PDF_TIMEOUT_MS },
    );
    return new Uint8Array(await readFile(pdfPath));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `Chromium was not found at ${chromium}; set CHROMIUM_PATH` : `Chromium could not print the PDF: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const BACKUP_REFUSALS: Record<BackupRefusal['reason'], string> = {
  'not-json': 'the backup is not complete JSON (cut short or damaged)',
  'not-backup': 'not a Claimlens backup',
  'newer-schema': 'the backup comes from a newer Claimlens; update this one to read it',
  damaged: 'the backup is damaged',
};

function backupRefusal(refusal: BackupRefusal): string {
  const message = BACKUP_REFUSALS[refusal.reason];
  return refusal.reason === 'damaged' ? `${message} (${refusal.detail})` : refusal.reason === 'newer-schema' ? `${message} (schema ${refusal.schemaVersion})` : message;
}

/**
 * The backup's articles (not in the Trash) with their claims, links and sources; with `article`, the
 * one whose id or exact title it is. Throws with a message naming the choices when that is unclear.
 */
export function backupReportArticles(backup: Backup, article?: string): ReportArticleInput[] {
  const { rows } = backup;
  let articles = rows.articles.filter((a) => !a.deletedAt);
  if (article !== undefined) {
    const byId = articles.filter((a) => a.id === article);
    const chosen = byId.length > 0 ? byId : articles.filter((a) => a.title.trim() === article.trim());
    if (chosen.length === 0) throw new Error(`no article with the id or title “${article}” in the backup (it has ${articles.length} articles; give an id or an exact title)`);
    if (chosen.length > 1) throw new Error(`${chosen.length} articles are titled “${article}”; choose one by id: ${chosen.map((a) => a.id).join(', ')}`);
    articles = chosen;
  }
  const sourceById = new Map(rows.sources.map((source) => [source.id, source]));
  return articles.map((a) => {
    const claims = rows.claims.filter((claim) => claim.articleId === a.id);
    const claimIds = new Set(claims.map((claim) => claim.id));
    const links = rows.claimSources.filter((link) => claimIds.has(link.claimId) && sourceById.has(link.sourceId));
    const sources = [...new Set(links.map((link) => link.sourceId))].map((id) => sourceById.get(id)!);
    return { article: a, claims, links, sources };
  });
}

function declaresBackup(bytes: Uint8Array): boolean {
  return /"format"\s*:\s*"claimlens-backup"/.test(new TextDecoder().decode(bytes.subarray(0, 1024)));
}

/** Reads the file as a backup when it says it is one, else as a pack. */
async function readReportInput(bytes: Uint8Array, parsed: ParsedArgs, generatedAt: string, version: string): Promise<ReportInput> {
  const asBackup = parseBackup(bytes);
  if (asBackup.ok) {
    const articles = backupReportArticles(asBackup.backup, parsed.article);
    if (articles.length === 0) throw new Error('the backup holds no articles outside the Trash');
    return { articles, locale: parsed.locale, generatedAt, appVersion: version, options: parsed.options };
  }
  // A damaged file that says it is a backup is refused as one; anything else is read as a pack, so a
  // truncated pack still gets the pack reader's message.
  if (asBackup.reason !== 'not-backup' && declaresBackup(bytes)) throw new Error(backupRefusal(asBackup));
  if (parsed.article !== undefined) throw new Error('--article chooses an article of a backup; a pack holds one article already');
  const result = await parsePack(new TextDecoder().decode(bytes));
  if (!result.ok) throw new Error(result.error.replace(/\s+/g, ' '));
  return packReportInput(result.pack, parsed.locale, generatedAt, version, parsed.options);
}

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'Render a pack or backup as an HTML, PDF or Markdown report, CSV, Web Annotations or ClaimReview',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    let parsed: ParsedArgs;
    try {
      parsed = parseArgs(args);
    } catch (error) {
      return fail(io, (error as Error).message);
    }
    let bytes: Uint8Array;
    try {
      const info = await stat(parsed.file);
      if (!info.isFile()) return fail(io, `${parsed.file}: not a file.`);
      if (info.size > MAX_INPUT_BYTES) return fail(io, `${parsed.file}: too large to be a pack or backup.`);
      bytes = new Uint8Array(await readFile(parsed.file));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return fail(io, `${parsed.file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message}.`);
    }
    let input: ReportInput;
    try {
      input = await readReportInput(bytes, parsed, new Date().toISOString(), await appVersion());
    } catch (error) {
      return fail(io, `${parsed.file}: ${(error as Error).message}`);
    }
    let output: string | Uint8Array;
    switch (parsed.format) {
      case 'html':
        output = buildReportHtml(input);
        break;
      case 'pdf':
        output = await htmlToPdf(buildReportHtml(input));
        break;
      case 'md':
        output = buildReportMarkdown(input);
        break;
      case 'csv':
        output = buildClaimsCsv(input, { perSource: parsed.perSource });
        break;
      case 'jsonld':
        output = JSON.stringify(buildAnnotationCollection(input), null, 2) + '\n';
        break;
      case 'claimreview':
        output = JSON.stringify(buildClaimReviews(input), null, 2) + '\n';
        break;
    }
    if (parsed.out) await writeFile(parsed.out, output);
    else io.stdout.write(output);
    return 0;
  },
};
