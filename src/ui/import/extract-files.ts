// Reads a batch of files into extractions one after another, reporting progress, yielding to the
// event loop between files so the window stays responsive, and stopping at once when cancelled.
import type { OpenedFile } from '../../host/host';
import { ImportError, type Extraction } from '../../import/extraction';
import { browserHtmlParser } from '../../import/html-parser';
import type { ImportProblem } from '../../import/import-notices';

/** A refused file says why as a problem code, written in the UI's language when it is shown. */
export type FileOutcome =
  | { ok: true; file: OpenedFile; extraction: Extraction }
  | { ok: false; file: OpenedFile; fileName: string; problem: ImportProblem };

export interface ExtractFilesOptions {
  onProgress(done: number, total: number, current: string): void;
  /** Settles when the user cancels; the file being read is abandoned. */
  cancelled: Promise<void>;
}

const CANCELLED: unique symbol = Symbol('cancelled');

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function loadPipeline() {
  // The readers (PDF, DOCX, Readability…) are loaded on first import, not at start-up.
  const { extractArticle } = await import('../../import/extract-article');
  return (file: OpenedFile) => extractArticle({ bytes: file.bytes, fileName: file.name, parseHtml: browserHtmlParser });
}

function refusalOf(error: unknown, file: OpenedFile): { fileName: string; problem: ImportProblem } {
  if (error instanceof ImportError) return { fileName: error.fileName, problem: error.problem };
  // Not one of the importer's refusals (a bug, or the browser out of memory): its first line, as it is.
  const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
  return { fileName: file.name, problem: { code: 'unexpected', params: { detail } } };
}

/** Returns one outcome per file, or 'cancelled' when the user stopped the batch. */
export async function extractFiles(files: readonly OpenedFile[], { onProgress, cancelled }: ExtractFilesOptions): Promise<FileOutcome[] | 'cancelled'> {
  const stop: Promise<typeof CANCELLED> = cancelled.then(() => CANCELLED);
  const outcomes: FileOutcome[] = [];
  for (const [index, file] of files.entries()) {
    onProgress(index, files.length, file.name);
    // Let the progress bar paint and input events run before the next (possibly long) parse.
    if ((await Promise.race([nextTask(), stop])) === CANCELLED) return 'cancelled';
    try {
      const extract = await loadPipeline();
      const result: Extraction | typeof CANCELLED = await Promise.race([extract(file), stop]);
      if (result === CANCELLED) return 'cancelled';
      outcomes.push({ ok: true, file, extraction: result });
    } catch (error) {
      outcomes.push({ ok: false, file, ...refusalOf(error, file) });
    }
  }
  onProgress(files.length, files.length, '');
  return outcomes;
}
