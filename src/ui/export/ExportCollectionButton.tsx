// The report and data exports for every article of a collection, as one menu button.
import { useState } from 'react';
import { DEFAULT_REPORT_OPTIONS, type ReportOptions } from '../../core/report/report-input';
import { useApp } from '../app-context';
import { DATA_FORMATS, FORMAT_INFO, REPORT_FORMATS, type ExportFormat, type ReportFormat } from './export-formats';
import { MenuButton, type MenuGroup } from './MenuButton';
import { ReportOptionsDialog } from './ReportOptionsDialog';
import { runExport } from './run-export';
import './export.css';

export function ExportCollectionButton({ collectionId }: { collectionId: string }) {
  const services = useApp();
  const { t, db } = services;
  const [reportFormat, setReportFormat] = useState<ReportFormat | null>(null);
  const [busy, setBusy] = useState(false);

  const exportAs = async (format: ExportFormat, options: ReportOptions) => {
    setBusy(true);
    try {
      const collection = await db.collections.get(collectionId);
      await runExport(services, { selection: { collectionId }, title: collection?.name ?? t('export.collection.fileTitle') }, format, options);
    } finally {
      setBusy(false);
    }
  };

  const groups: MenuGroup[] = [
    {
      label: t('export.group.report'),
      entries: REPORT_FORMATS.map((format) => ({ id: format, label: t(FORMAT_INFO[format].label), onSelect: () => setReportFormat(format) })),
    },
    {
      label: t('export.group.data'),
      entries: DATA_FORMATS.map((format) => ({ id: format, label: t(FORMAT_INFO[format].label), onSelect: () => void exportAs(format, DEFAULT_REPORT_OPTIONS) })),
    },
  ];

  return (
    <>
      <MenuButton label={t('export.collection.button')} menuLabel={t('export.collection.menu')} groups={groups} busy={busy} />
      {reportFormat && (
        <ReportOptionsDialog
          initialFormat={reportFormat}
          onClose={() => setReportFormat(null)}
          onExport={(format, options) => {
            setReportFormat(null);
            void exportAs(format, options);
          }}
        />
      )}
    </>
  );
}
