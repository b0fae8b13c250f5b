// The import flow from every way in (Import command and Ctrl/Cmd+O, drop anywhere on the window,
// paste, Import from URL, files opened from the OS): files are read with progress and cancel, each
// readable one waits in the cleanup preview, and nothing is stored until the user saves it.
// One toast sums up a batch ("Imported 2 of 3 files; 1 refused: …").
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { ARTICLE_EXTENSIONS } from '../../../electron/shared/bridge';
import { saveImportedArticle } from '../../db/article-repository';
import { updateArticleFromImport } from '../../db/article-update';
import type { OpenedFile } from '../../host/host';
import { importRefusalText } from '../../i18n/import-notice-text';
import type { ImportProblem } from '../../import/import-notices';
import { readBrowserFile } from '../../host/web-host';
import type { AppServices } from '../app-context';
import { navigate } from '../router';
import { isTypingTarget } from '../shell/use-global-shortcuts';
import { CleanupPreview, type SaveMode } from './CleanupPreview';
import { clipboardArticleFile } from './clipboard-article';
import { DropOverlay } from './DropOverlay';
import { extractFiles } from './extract-files';
import { withFetchedSourceUrl } from './fetched-page-file';
import { draftArticle, draftFromExtraction, keptCount, type ImportDraft } from './import-draft';
import { ImportProgress } from './ImportProgress';
import { ImportUrlDialog } from './ImportUrlDialog';
import { metadataProblems, type MetadataFieldName } from './metadata-fields';
import './import.css';

export interface ImportFiles {
  pickAndImport(): Promise<void>;
  importOpenedFiles(files: OpenedFile[]): Promise<void>;
  openUrlImport(): void;
  /** The preview, progress, drop overlay and URL dialog, wherever they are needed. */
  ui: ReactNode;
  /** "Import…" and "Import from URL…" for the app's navigation bar. */
  actions: ReactNode;
}

/** A progress bar for work shorter than this would only flicker. */
const PROGRESS_DELAY_MS = 300;

/** Everything imported since the preview was last empty, summed up in one toast at the end. */
interface Session {
  files: number;
  saved: string[];
  /** Written in the UI's language only when the toast is shown. */
  refused: { fileName: string; problem: ImportProblem }[];
  cancelled: boolean;
  /** An existing article the user chose to open instead of saving a copy. */
  opened?: string;
}

const newSession = (): Session => ({ files: 0, saved: [], refused: [], cancelled: false });

export function useImportFiles(services: AppServices | null): ImportFiles {
  const [queue, setQueueState] = useState<ImportDraft[]>([]);
  const queueRef = useRef<ImportDraft[]>([]);
  const [handled, setHandled] = useState(0);
  const [queued, setQueued] = useState(0);
  const [progress, setProgress] = useState<{ done: number; total: number; current: string } | null>(null);
  const [progressVisible, setProgressVisible] = useState(false);
  const [busy, setBusy] = useState(false);
  const [urlDialog, setUrlDialog] = useState(false);
  const [dragging, setDragging] = useState(false);
  const session = useRef<Session>(newSession());
  const batches = useRef<Promise<void>>(Promise.resolve());
  const reading = useRef(0);
  const cancelReading = useRef<(() => void) | null>(null);

  const setQueue = useCallback((next: ImportDraft[]) => {
    queueRef.current = next;
    setQueueState(next);
  }, []);

  /** Ends the session once no draft waits and no file is being read. */
  const finishIfIdle = useCallback(() => {
    if (!services || queueRef.current.length > 0 || reading.current > 0) return;
    const { t, notify } = services;
    const done = session.current;
    session.current = newSession();
    setHandled(0);
    setQueued(0);
    if (done.files === 0) return;
    if (done.refused.length > 0) {
      const reasons = done.refused.map(({ fileName, problem }) => importRefusalText(t, fileName, problem));
      const message =
        done.files === 1
          ? reasons[0]!
          : t('import.doneWithRefusals', { imported: done.saved.length, total: done.files, refused: done.refused.length, reasons: reasons.join(' · ') });
      notify(message, 'error');
    } else if (done.cancelled) {
      notify(done.saved.length > 0 ? t('import.done', { count: done.saved.length }) : t('import.cancelled'));
    } else if (done.files > 1) {
      notify(done.saved.length > 0 ? t('import.done', { count: done.saved.length }) : t('import.nothingImported'), done.saved.length > 0 ? 'success' : 'info');
    }
    if (done.saved.length === 1) navigate({ screen: 'article', articleId: done.saved[0] });
    else if (done.saved.length > 1) navigate({ screen: 'library' });
  }, [services]);

  const readBatch = useCallback(
    (files: OpenedFile[], fetchedFrom?: string): Promise<void> => {
      if (!services || files.length === 0) return batches.current;
      const run = async () => {
        session.current.files += files.length;
        reading.current += 1;
        let cancel = () => {};
        const cancelled = new Promise<void>((resolve) => (cancel = resolve));
        cancelReading.current = cancel;
        const timer = window.setTimeout(() => setProgressVisible(true), PROGRESS_DELAY_MS);
        try {
          const outcomes = await extractFiles(files, { onProgress: (done, total, current) => setProgress({ done, total, current }), cancelled });
          if (outcomes === 'cancelled') {
            session.current.cancelled = true;
            return;
          }
          const drafts: ImportDraft[] = [];
          for (const outcome of outcomes) {
            if (!outcome.ok) {
              session.current.refused.push({ fileName: outcome.fileName, problem: outcome.problem });
              continue;
            }
            const extraction = fetchedFrom ? { ...outcome.extraction, metadata: withFetchedSourceUrl(outcome.extraction.metadata, fetchedFrom) } : outcome.extraction;
            drafts.push(draftFromExtraction(outcome.file, extraction));
          }
          if (drafts.length > 0) {
            setQueue([...queueRef.current, ...drafts]);
            setQueued((count) => count + drafts.length);
          }
        } finally {
          window.clearTimeout(timer);
          reading.current -= 1;
          cancelReading.current = null;
          setProgress(null);
          setProgressVisible(false);
          finishIfIdle();
        }
      };
      batches.current = batches.current.then(run, run);
      return batches.current;
    },
    [services, setQueue, finishIfIdle],
  );

  const dequeue = useCallback(() => {
    setQueue(queueRef.current.slice(1));
    setHandled((count) => count + 1);
    finishIfIdle();
  }, [setQueue, finishIfIdle]);

  const updateFront = useCallback(
    (change: (draft: ImportDraft) => ImportDraft) => {
      const [front, ...rest] = queueRef.current;
      if (front) setQueue([change(front), ...rest]);
    },
    [setQueue],
  );

  const saveDraft = useCallback(
    async (draft: ImportDraft, mode: SaveMode): Promise<void> => {
      if (!services) return;
      const { db, t, notify } = services;
      const now = new Date();
      const built = await draftArticle(draft, now);
      const single = session.current.files === 1;
      if (mode.kind === 'update') {
        const result = await updateArticleFromImport(db, mode.articleId, built, now);
        if (result.status === 'exists') {
          notify(t('import.alreadyInLibrary', { title: result.title }));
          session.current.opened = result.articleId;
          navigate({ screen: 'article', articleId: result.articleId });
          return;
        }
        session.current.saved.push(result.articleId);
        notify(t('preview.updated', { title: built.article.title, ...result.report }), 'success');
        return;
      }
      const result = await saveImportedArticle(db, built.article, built.original);
      if (result.status === 'exists') {
        notify(t('import.alreadyInLibrary', { title: result.title }));
        session.current.opened = result.articleId;
        navigate({ screen: 'article', articleId: result.articleId });
        return;
      }
      session.current.saved.push(result.articleId);
      if (single) notify(t('preview.saved', { title: built.article.title }), 'success');
    },
    [services],
  );

  const withBusy = useCallback(
    async (work: () => Promise<void>) => {
      if (!services) return;
      setBusy(true);
      try {
        await work();
      } catch (error) {
        services.notify(services.t('preview.saveFailed', { message: (error as Error).message }), 'error');
      } finally {
        setBusy(false);
      }
    },
    [services],
  );

  const importOpenedFiles = useCallback((files: OpenedFile[]) => readBatch(files), [readBatch]);

  const pickAndImport = useCallback(async () => {
    if (!services) return;
    const files = await services.host.openFiles({
      multiple: true,
      filters: [{ name: services.t('import.filterName'), extensions: [...ARTICLE_EXTENSIONS] }],
    });
    await readBatch(files);
  }, [services, readBatch]);

  const cancelAll = useCallback(() => {
    session.current.cancelled = session.current.cancelled || queueRef.current.length > 1 || reading.current > 0;
    cancelReading.current?.();
    setQueue([]);
    finishIfIdle();
  }, [setQueue, finishIfIdle]);

  // Dropping files anywhere on the window imports them; an overlay shows while they are dragged over it.
  useEffect(() => {
    if (!services) return;
    let depth = 0;
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      depth = 0;
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length === 0) return;
      event.preventDefault();
      void Promise.all(files.map(readBrowserFile)).then((opened) => readBatch(opened));
    };
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [services, readBatch]);

  // Pasting copied page HTML or text outside any text field creates a new article through the preview.
  useEffect(() => {
    if (!services) return;
    const onPaste = (event: ClipboardEvent) => {
      if (isTypingTarget(event.target) || isTypingTarget(document.activeElement) || !event.clipboardData) return;
      const file = clipboardArticleFile(event.clipboardData, services.t('import.pastedName'));
      if (!file) return;
      event.preventDefault();
      void readBatch([file]);
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [services, readBatch]);

  const openUrlImport = useCallback(() => setUrlDialog(true), []);

  const front = queue[0];
  const t = services?.t;
  const progressBar =
    progress && progressVisible && t ? (
      <ImportProgress done={progress.done} total={progress.total} current={progress.current} t={t} onCancel={() => cancelReading.current?.()} />
    ) : null;

  const ui = t ? (
    <>
      {front ? (
        <CleanupPreview
          key="cleanup-preview"
          draft={front}
          position={{ index: handled + 1, total: queued }}
          busy={busy}
          progress={progressBar}
          onToggleBlock={(index) => updateFront((draft) => ({ ...draft, kept: draft.kept.map((kept, i) => (i === index ? !kept : kept)) }))}
          onFieldChange={(name: MetadataFieldName, value: string) => updateFront((draft) => ({ ...draft, fields: { ...draft.fields, [name]: value } }))}
          onSave={(mode) =>
            void withBusy(async () => {
              await saveDraft(front, mode);
              dequeue();
            })
          }
          onOpenExisting={(articleId) => {
            session.current.opened = articleId;
            navigate({ screen: 'article', articleId });
            dequeue();
          }}
          onSkip={dequeue}
          onSaveAll={() =>
            void withBusy(async () => {
              // Saves from the front as shown; stops at a draft whose details need fixing, which stays in view.
              while (queueRef.current.length > 0) {
                const draft = queueRef.current[0];
                if (Object.keys(metadataProblems(draft.fields)).length > 0 || keptCount(draft) === 0) break;
                await saveDraft(draft, { kind: 'new' });
                dequeue();
              }
            })
          }
          onCancel={cancelAll}
        />
      ) : (
        progressBar
      )}
      {dragging && <DropOverlay t={t} />}
      {urlDialog && (
        <ImportUrlDialog
          onClose={() => setUrlDialog(false)}
          onFetched={(file, finalUrl) => {
            setUrlDialog(false);
            void readBatch([file], finalUrl);
          }}
        />
      )}
    </>
  ) : null;

  const actions = t ? (
    <div className="import-actions" role="group" aria-label={t('import.area')}>
      <button type="button" className="button small" onClick={() => void pickAndImport()}>
        {t('import.command')}
      </button>
      <button type="button" className="button small" onClick={openUrlImport}>
        {t('import.fromUrl')}
      </button>
    </div>
  ) : null;

  // The functions are stable per services; ui and actions are fresh elements on every render anyway.
  return { pickAndImport, importOpenedFiles, openUrlImport, ui, actions };
}
