// The export formats of the Export menu: their labels, file names and the builder that makes each file.
import { buildAnnotationCollection } from '../../core/exchange/annotation-export';
import { buildClaimReviews } from '../../core/exchange/claim-review';
import { buildClaimsCsv } from '../../core/exchange/claims-csv';
import type { ReportInput } from '../../core/report/report-input';
import { buildReportHtml } from '../../core/report/report-html';
import { buildReportMarkdown } from '../../core/report/report-markdown';
import type { FileFilter } from '../../host/host';
import type { MessageKey } from '../../i18n/messages';

export const REPORT_FORMATS = ['html', 'pdf', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const DATA_FORMATS = ['csv-sources', 'csv-claims', 'annotations', 'claim-review'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

export type ExportFormat = ReportFormat | DataFormat;

interface FormatInfo {
  label: MessageKey;
  /** File name suffix after the title. */
  suffix: string;
  extension: string;
  filter: FileFilter;
}

export const FORMAT_INFO: Record<ExportFormat, FormatInfo> = {
  html: { label: 'export.format.html', suffix: 'report', extension: 'html', filter: { name: 'HTML', extensions: ['html'] } },
  pdf: { label: 'export.format.pdf', suffix: 'report', extension: 'pdf', filter: { name: 'PDF', extensions: ['pdf'] } },
  md: { label: 'export.format.md', suffix: 'report', extension: 'md', filter: { name: 'Markdown', extensions: ['md'] } },
  'csv-sources': { label: 'export.format.csvSources', suffix: 'claims-sources', extension: 'csv', filter: { name: 'CSV', extensions: ['csv'] } },
  'csv-claims': { label: 'export.format.csvClaims', suffix: 'claims', extension: 'csv', filter: { name: 'CSV', extensions: ['csv'] } },
  annotations: { label: 'export.format.annotations', suffix: 'annotations', extension: 'jsonld', filter: { name: 'JSON-LD', extensions: ['jsonld', 'json'] } },
  'claim-review': { label: 'export.format.claimReview', suffix: 'claimreview', extension: 'jsonld', filter: { name: 'JSON-LD', extensions: ['jsonld', 'json'] } },
};

const encoder = new TextEncoder();
const jsonBytes = (value: unknown): Uint8Array => encoder.encode(JSON.stringify(value, null, 2) + '\n');

/** The file of every format but PDF, which is printed from the HTML by the host. */
export function buildExportBytes(format: Exclude<ExportFormat, 'pdf'>, input: ReportInput): Uint8Array {
  switch (format) {
    case 'html':
      return encoder.encode(buildReportHtml(input));
    case 'md':
      return encoder.encode(buildReportMarkdown(input));
    case 'csv-sources':
      return buildClaimsCsv(input, { perSource: true });
    case 'csv-claims':
      return buildClaimsCsv(input, { perSource: false });
    case 'annotations':
      return jsonBytes(buildAnnotationCollection(input));
    case 'claim-review':
      return jsonBytes(buildClaimReviews(input));
  }
}
