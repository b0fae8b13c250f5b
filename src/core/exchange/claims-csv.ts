// The claims data export as CSV: one row per claim, or one per claim–source pair, for spreadsheets.
// Column names and values are stable codes (not translated) so files from different locales combine.
import type { ReportInput } from '../report/report-input';
import type { ReportClaim, ReportLink } from '../report/report-article';
import { prepareReportArticle } from '../report/report-article';
import { csvBytes, formatCsv } from './csv';

export interface ClaimsCsvOptions {
  /** One row per claim–source pair (a claim without sources still gets one row), or one row per claim. */
  perSource: boolean;
}

const CLAIM_COLUMNS = [
  'article_id', 'article_title', 'article_url', 'content_hash',
  'claim_number', 'claim_id', 'annotator', 'tag', 'status', 'quote', 'start', 'end', 'placed', 'note',
  'source_count', 'created_at', 'updated_at',
] as const;

const SOURCE_COLUMNS = [
  'stance', 'source_title', 'source_publisher', 'source_author', 'source_date', 'source_url',
  'source_reliability', 'link_quote',
] as const;

export const CLAIMS_CSV_COLUMNS: readonly string[] = CLAIM_COLUMNS;
export const CLAIM_SOURCES_CSV_COLUMNS: readonly string[] = [...CLAIM_COLUMNS, ...SOURCE_COLUMNS];

function claimCells(entry: ReportClaim, number: number, article: { id: string; title: string; sourceUrl: string; contentHash: string }, includeNotes: boolean): string[] {
  const { claim } = entry;
  return [
    article.id, article.title, article.sourceUrl, article.contentHash,
    String(number), claim.id, claim.annotator, claim.tag, entry.status, entry.quote,
    String(claim.selectors.position.start), String(claim.selectors.position.end), entry.range ? 'yes' : 'no',
    includeNotes ? claim.note : '',
    String(entry.links.length), claim.createdAt, claim.updatedAt,
  ];
}

function sourceCells(entry: ReportLink | null): string[] {
  if (!entry) return SOURCE_COLUMNS.map(() => '');
  const { link, source } = entry;
  return [link.stance, source.title, source.publisher, source.author, source.publishedDate, source.url, source.reliability, link.quote];
}

/** The CSV as text (no BOM), for callers that want a string. */
export function buildClaimsCsvText(input: ReportInput, options: ClaimsCsvOptions): string {
  const rows: string[][] = [[...(options.perSource ? CLAIM_SOURCES_CSV_COLUMNS : CLAIMS_CSV_COLUMNS)]];
  for (const articleInput of input.articles) {
    const prepared = prepareReportArticle(articleInput, input.options);
    prepared.claims.forEach((entry, index) => {
      const cells = claimCells(entry, index + 1, prepared.article, input.options.includeNotes);
      if (!options.perSource) rows.push(cells);
      else if (entry.links.length === 0) rows.push([...cells, ...sourceCells(null)]);
      else for (const link of entry.links) rows.push([...cells, ...sourceCells(link)]);
    });
  }
  return formatCsv(rows);
}

/** UTF-8 bytes with a BOM, ready to save as a .csv file. */
export function buildClaimsCsv(input: ReportInput, options: ClaimsCsvOptions): Uint8Array {
  return csvBytes(buildClaimsCsvText(input, options));
}
