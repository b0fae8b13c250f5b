// Runs one export: reads the snapshot, builds the file in the UI language, and hands it to the host
// (save dialog or download; PDF through printToPDF or the print dialog). Reports the outcome in a toast.
import type { ReportInput, ReportOptions } from '../../core/report/report-input';
import { buildReportHtml } from '../../core/report/report-html';
import { readReportSnapshot, type ReportSelection } from '../../db/report-snapshot';
import type { AppServices } from '../app-context';
import { exportFileName } from './export-file-name';
import { buildExportBytes, FORMAT_INFO, type ExportFormat } from './export-formats';

export interface ExportTarget {
  selection: ReportSelection;
  /** The article's or collection's title, for the file name. */
  title: string;
}

export async function reportInputFor(services: AppServices, selection: ReportSelection, options: ReportOptions): Promise<ReportInput> {
  const [articles, info] = await Promise.all([readReportSnapshot(services.db, selection), services.host.appInfo()]);
  return { articles, locale: services.locale, generatedAt: new Date().toISOString(), appVersion: info.version, options };
}

/** Exports and says what happened; never throws, so menu handlers can fire and forget. */
export async function runExport(services: AppServices, target: ExportTarget, format: ExportFormat, options: ReportOptions): Promise<void> {
  const { host, t, notify } = services;
  try {
    const input = await reportInputFor(services, target.selection, options);
    if (input.articles.length === 0) {
      notify(t('export.collection.empty'), 'error');
      return;
    }
    const info = FORMAT_INFO[format];
    const suggestedName = exportFileName(target.title, info.suffix, info.extension);
    if (format === 'pdf') {
      const result = await host.exportPdf(buildReportHtml(input), suggestedName);
      if ('printed' in result) notify(t('export.printed'), 'info');
      else if (result.saved) notify(t('export.saved', { file: result.location }), 'success');
      return;
    }
    const result = await host.saveFile({ suggestedName, bytes: buildExportBytes(format, input), filters: [info.filter] });
    if (result.saved) notify(t('export.saved', { file: result.location }), 'success');
  } catch (error) {
    notify(t('export.failed', { message: (error as Error).message }), 'error');
  }
}
