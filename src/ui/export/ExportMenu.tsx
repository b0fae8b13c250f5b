// The Export menu of the Article screen: reports (HTML, PDF, Markdown), data (CSV, W3C annotations,
// ClaimReview), the annotator's pack, and importing W3C annotations onto this article. Ctrl/Cmd+E and
// the File menu's "Export report…" open the report options.
import { useCallback, useEffect, useState } from 'react';
import { importAnnotationsFromText } from '../../core/exchange/annotation-import';
import { buildPack, serializePack } from '../../core/exchange/pack';
import type { Article } from '../../core/model';
import { DEFAULT_REPORT_OPTIONS, type ReportArticleInput, type ReportOptions } from '../../core/report/report-input';
import { annotatorClaimCounts, readReportSnapshot } from '../../db/report-snapshot';
import { useApp } from '../app-context';
import { AnnotationImportDialog } from './AnnotationImportDialog';
import { exportFileName, fileNameTitle } from './export-file-name';
import { DATA_FORMATS, FORMAT_INFO, REPORT_FORMATS, type ExportFormat, type ReportFormat } from './export-formats';
import { MenuButton, type MenuGroup } from './MenuButton';
import { PackAnnotatorDialog } from './PackAnnotatorDialog';
import { ReportOptionsDialog } from './ReportOptionsDialog';
import { runExport } from './run-export';
import { storeAnnotationDrafts, type StoredAnnotations } from './store-annotation-drafts';
import './export.css';

type OpenDialog =
  | { kind: 'report'; format: ReportFormat }
  | { kind: 'pack'; snapshot: ReportArticleInput; annotators: { annotator: string; count: number }[]; initial: string }
  | { kind: 'annotations'; result: StoredAnnotations }
  | null;

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

export function ExportMenu({ article }: { article: Article }) {
  const services = useApp();
  const { t, host, db, notify, settings } = services;
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [busy, setBusy] = useState(false);
  const title = article.title || article.fileName;

  const exportAs = useCallback(
    async (format: ExportFormat, options: ReportOptions) => {
      setBusy(true);
      await runExport(services, { selection: { articleIds: [article.id] }, title }, format, options);
      setBusy(false);
    },
    [services, article.id, title],
  );

  const openReportOptions = useCallback(() => setDialog((current) => current ?? { kind: 'report', format: 'html' }), []);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = isMac ? event.metaKey : event.ctrlKey;
      if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'e') {
        event.preventDefault();
        openReportOptions();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openReportOptions]);
  useEffect(() => host.onMenuCommand((command) => command === 'export-report' && openReportOptions()), [host, openReportOptions]);

  const savePack = async (snapshot: ReportArticleInput, annotator: string) => {
    const info = await host.appInfo();
    const pack = buildPack(snapshot.article, snapshot.claims, snapshot.links, snapshot.sources, annotator, info.version, new Date().toISOString());
    const suggestedName = exportFileName(title, `pack-${fileNameTitle(annotator, 'annotator')}`, 'json');
    const bytes = new TextEncoder().encode(serializePack(pack));
    const result = await host.saveFile({ suggestedName, bytes, filters: [{ name: t('pack.fileFilter'), extensions: ['json'] }] });
    if (result.saved) notify(t('pack.saved', { count: pack.claims.length, annotator, file: result.location }), 'success');
  };

  const guarded = (work: () => Promise<void>) => async () => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      notify(t('export.failed', { message: (error as Error).message }), 'error');
    } finally {
      setBusy(false);
    }
  };

  const exportPack = guarded(async () => {
    const [snapshot] = await readReportSnapshot(db, { articleIds: [article.id] });
    if (!snapshot) throw new Error(t('article.notFound'));
    const me = settings.annotator;
    const counts = annotatorClaimCounts(snapshot);
    // Only when someone else has claims here is there a choice to make.
    if (counts.every((entry) => entry.annotator === me)) {
      await savePack(snapshot, me);
      return;
    }
    const initial = counts.some((entry) => entry.annotator === me) ? me : counts[0]!.annotator;
    setDialog({ kind: 'pack', snapshot, annotators: counts, initial });
  });

  const importAnnotations = guarded(async () => {
    const files = await host.openFiles({ multiple: false, filters: [{ name: t('annotations.fileFilter'), extensions: ['json', 'jsonld'] }] });
    const file = files[0];
    if (!file) return;
    const parsed = importAnnotationsFromText(new TextDecoder().decode(file.bytes), article.text);
    const result = await storeAnnotationDrafts(db, article, parsed, t('annotations.unknownAnnotator'));
    setDialog({ kind: 'annotations', result });
  });

  const groups: MenuGroup[] = [
    {
      label: t('export.group.report'),
      entries: REPORT_FORMATS.map((format) => ({ id: format, label: t(FORMAT_INFO[format].label), onSelect: () => setDialog({ kind: 'report', format }) })),
    },
    {
      label: t('export.group.data'),
      entries: DATA_FORMATS.map((format) => ({ id: format, label: t(FORMAT_INFO[format].label), onSelect: () => void exportAs(format, DEFAULT_REPORT_OPTIONS) })),
    },
    {
      label: t('export.group.pack'),
      entries: [
        { id: 'pack', label: t('export.pack'), onSelect: () => void exportPack() },
        { id: 'annotations-import', label: t('export.importAnnotations'), onSelect: () => void importAnnotations() },
      ],
    },
  ];

  return (
    <>
      <MenuButton label={t('export.button')} menuLabel={t('export.menu')} groups={groups} busy={busy} />
      {dialog?.kind === 'report' && (
        <ReportOptionsDialog
          initialFormat={dialog.format}
          onClose={() => setDialog(null)}
          onExport={(format, options) => {
            setDialog(null);
            void exportAs(format, options);
          }}
        />
      )}
      {dialog?.kind === 'pack' && (
        <PackAnnotatorDialog
          annotators={dialog.annotators}
          initial={dialog.initial}
          onClose={() => setDialog(null)}
          onExport={(annotator) => {
            const { snapshot } = dialog;
            setDialog(null);
            void guarded(() => savePack(snapshot, annotator))();
          }}
        />
      )}
      {dialog?.kind === 'annotations' && <AnnotationImportDialog result={dialog.result} onClose={() => setDialog(null)} />}
    </>
  );
}
