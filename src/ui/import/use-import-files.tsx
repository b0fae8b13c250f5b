// Importing files from the Import command, the OS and drag and drop: each file is extracted,
// stored, and reported in one toast ("Imported 2 of 3 files; 1 refused: …").
import { useCallback, useMemo, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { ARTICLE_EXTENSIONS } from '../../../electron/shared/bridge';
import { saveImportedArticle } from '../../db/article-repository';
import type { OpenedFile } from '../../host/host';
import { readBrowserFile } from '../../host/web-host';
import { buildArticle } from '../../import/build-article';
import type { AppServices } from '../app-context';
import { navigate } from '../router';
import { ImportProgress } from './ImportProgress';

export interface ImportFiles {
  pickAndImport(): Promise<void>;
  importOpenedFiles(files: OpenedFile[]): Promise<void>;
  onDragOver(event: DragEvent): void;
  onDrop(event: DragEvent): void;
  progress: ReactNode;
}

const MIME_BY_EXTENSION: Record<string, string> = {
  html: 'text/html',
  htm: 'text/html',
  mhtml: 'multipart/related',
  mht: 'multipart/related',
  txt: 'text/plain',
  md: 'text/markdown',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function mimeTypeOf(fileName: string): string {
  return MIME_BY_EXTENSION[fileName.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

export function useImportFiles(services: AppServices | null): ImportFiles {
  const [state, setState] = useState<{ done: number; total: number; current: string } | null>(null);
  const cancelled = useRef(false);

  const importOpenedFiles = useCallback(
    async (files: OpenedFile[]) => {
      if (!services || files.length === 0) return;
      const { db, t, notify } = services;
      cancelled.current = false;
      const refused: string[] = [];
      const opened: string[] = [];
      let imported = 0;
      for (const [index, file] of files.entries()) {
        if (cancelled.current) break;
        setState({ done: index, total: files.length, current: file.name });
        try {
          // The readers (PDF, DOCX, Readability…) are loaded on first import, not at start-up.
          const [{ extractArticle }, { browserHtmlParser }] = await Promise.all([
            import('../../import/extract-article'),
            import('../../import/html-parser'),
          ]);
          const extraction = await extractArticle({ bytes: file.bytes, fileName: file.name, parseHtml: browserHtmlParser });
          const { article, original } = await buildArticle(extraction, {
            bytes: file.bytes,
            fileName: file.name,
            mimeType: mimeTypeOf(file.name),
            now: new Date(),
          });
          const result = await saveImportedArticle(db, article, original);
          opened.push(result.articleId);
          if (result.status === 'saved') imported++;
          else notify(t('import.alreadyInLibrary', { title: result.title }), 'info');
        } catch (error) {
          refused.push((error as Error).message);
        }
      }
      setState(null);
      const summary =
        refused.length === 0
          ? t('import.done', { count: imported })
          : t('import.doneWithRefusals', { imported, total: files.length, refused: refused.length, reasons: refused.join(' · ') });
      notify(summary, refused.length > 0 ? 'error' : 'success');
      if (opened.length === 1) navigate({ screen: 'article', articleId: opened[0] });
    },
    [services],
  );

  const pickAndImport = useCallback(async () => {
    if (!services) return;
    const files = await services.host.openFiles({
      multiple: true,
      filters: [{ name: services.t('import.filterName'), extensions: [...ARTICLE_EXTENSIONS] }],
    });
    await importOpenedFiles(files);
  }, [services, importOpenedFiles]);

  return useMemo(
    () => ({
      pickAndImport,
      importOpenedFiles,
      onDragOver(event: DragEvent) {
        if (event.dataTransfer.types.includes('Files')) {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
        }
      },
      onDrop(event: DragEvent) {
        if (event.dataTransfer.files.length === 0) return;
        event.preventDefault();
        void Promise.all(Array.from(event.dataTransfer.files).map(readBrowserFile)).then(importOpenedFiles);
      },
      progress:
        state && services ? (
          <ImportProgress
            done={state.done}
            total={state.total}
            current={state.current}
            t={services.t}
            onCancel={() => {
              cancelled.current = true;
            }}
          />
        ) : null,
    }),
    [pickAndImport, importOpenedFiles, state, services],
  );
}
