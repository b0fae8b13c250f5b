// Reads a batch of files into extractions one after another, reporting progress, yielding to the
// event loop between files so the window stays responsive, and stopping at once when cancelled.
import type { OpenedFile } from '../../host/host';
import { ImportError, type Extraction } from '../../import/extraction';
import { browserHtmlParser } from '../../import/html-parser';

export type FileOutcome = { ok: true; file: OpenedFile; extraction: Extraction } | { ok: false; file: OpenedFile; message: string };

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

function messageOf(error: unknown, file: OpenedFile): string {
  if (error instanceof ImportError) return error.message;
  const problem = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return `${file.name}: could not be read (${problem}).`;
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
      outcomes.push({ ok: false, file, message: messageOf(error, file) });
    }
  }
  onProgress(files.length, files.length, '');
  return outcomes;
}
