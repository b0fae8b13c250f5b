// The renderer talks to its surroundings only through Host: the Electron bridge or the plain web page.
import type {
  AppInfo,
  FetchProblem,
  FetchUrlResult,
  FileFilter,
  MenuCommand,
  OpenedFile,
  OpenFilesRequest,
  SaveFileRequest,
  SaveFileResult,
} from '../../electron/shared/bridge';

export type { AppInfo, FetchProblem, FetchUrlResult, FileFilter, MenuCommand, OpenedFile, OpenFilesRequest, SaveFileRequest, SaveFileResult };

/** `printed` when the web host handed the document to the browser's print dialog instead of saving a file. */
export type PdfResult = SaveFileResult | { saved: false; printed: true };

export interface Host {
  readonly kind: 'electron' | 'web';
  /** Whether fetching a URL (import from URL, source metadata) is possible here. */
  readonly canFetchUrls: boolean;
  openFiles(request: OpenFilesRequest): Promise<OpenedFile[]>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Turns a self-contained HTML document into a PDF the user saves (desktop) or prints (web). */
  exportPdf(html: string, suggestedName: string): Promise<PdfResult>;
  fetchUrl(url: string): Promise<FetchUrlResult>;
  /** Opens a validated http/https/mailto URL outside the app; returns false when refused. */
  openExternal(url: string): Promise<boolean>;
  appInfo(): Promise<AppInfo>;
  onFilesOpened(listener: (files: OpenedFile[]) => void): () => void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
