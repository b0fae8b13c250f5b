// `claimlens report <pack.json>`: renders a pack as an HTML, PDF or Markdown report, a claims CSV,
// W3C Web Annotations or ClaimReview JSON-LD, with the same builders the app uses.
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
import type { ReportLocale, ReportOptions } from '../../core/report/report-input';
import { CLAIM_STATUSES } from '../../core/report/report-input';
import type { CliCommand, CliIo } from '../command';

const FORMATS = ['html', 'pdf', 'md', 'csv', 'jsonld', 'claimreview'] as const;
type ReportFormat = (typeof FORMATS)[number];
const LOCALES: readonly ReportLocale[] = ['en', 'zh-CN'];

/** A pack is text; anything near this size is not one, and reading it would only waste memory. */
const MAX_PACK_BYTES = 64 * 1024 * 1024;
const PDF_TIMEOUT_MS = 90_000;

const USAGE = `Usage: claimlens report <pack.json> --format html|pdf|md|csv|jsonld|claimreview [options]

Renders a Claimlens pack (one article with one annotator's claims and sources).
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
Environment: CHROMIUM_PATH overrides /usr/bin/chromium for pdf.`;

function fail(io: CliIo, message: string): number {
  io.stderr.write(`claimlens report: ${message}\n`);
  return 1;
}

interface ParsedArgs {
  file: string;
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
  if (files.length !== 1) throw new Error('give exactly one pack file. Run `claimlens report --help`.');
  if (!format) throw new Error('choose an output with --format html|pdf|md|csv|jsonld|claimreview');
  return { file: files[0]!, format, ...(out ? { out } : {}), locale, perSource, options: { tags, statuses, includeNotes, includeContext } };
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

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'Render a pack as an HTML, PDF or Markdown report, CSV, Web Annotations or ClaimReview',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    let parsed: ParsedArgs;
    try {
      parsed = parseArgs(args);
    } catch (error) {
      return fail(io, (error as Error).message);
    }
    let text: string;
    try {
      const info = await stat(parsed.file);
      if (!info.isFile()) return fail(io, `${parsed.file}: not a file.`);
      if (info.size > MAX_PACK_BYTES) return fail(io, `${parsed.file}: too large to be a pack.`);
      text = await readFile(parsed.file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return fail(io, `${parsed.file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message}.`);
    }
    const result = await parsePack(text);
    if (!result.ok) return fail(io, `${parsed.file}: ${result.error.replace(/\s+/g, ' ')}`);

    const input = packReportInput(result.pack, parsed.locale, new Date().toISOString(), await appVersion(), parsed.options);
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
