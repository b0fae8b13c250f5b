// The one contract between the Electron preload and the renderer: channel names and the bridge type.
// The renderer imports this with `import type` only; main and preload import the channel names.
import type { Coded } from '../../src/import/import-notices';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface OpenedFile {
  name: string;
  /** Absolute path when the file came from the desktop; absent in the web host. */
  path?: string;
  bytes: Uint8Array;
}

export interface OpenFilesRequest {
  multiple: boolean;
  filters: FileFilter[];
}

export interface SaveFileRequest {
  suggestedName: string;
  bytes: Uint8Array;
  filters: FileFilter[];
}

export type SaveFileResult = { saved: true; location: string } | { saved: false };

/** Why a page could not be fetched; the sentences are `fetchProblem.<code>` in src/i18n/messages/import-notices.ts. */
export interface FetchProblemParams {
  'not-text': undefined;
  'invalid-address': { address: string };
  scheme: { scheme: string };
  credentials: undefined;
  'too-many-redirects': { max: number };
  'redirect-refused': { address: string };
  /** The status code and the server's reason phrase, like "404 Not Found". */
  'http-status': { status: string };
  'too-large': { megabytes: number };
  timeout: { seconds: number };
  /** The network layer's own (English) first line. */
  network: { detail: string };
  'desktop-only': undefined;
}
export type FetchProblem = Coded<FetchProblemParams>;

export type FetchUrlResult =
  | { ok: true; requestedUrl: string; finalUrl: string; contentType: string; bytes: Uint8Array }
  /** `error` is the English sentence for logs and tests; the app shows `problem` in its own language. */
  | { ok: false; error: string; problem: FetchProblem };

export interface AppInfo {
  name: string;
  version: string;
  host: 'electron' | 'web';
  platform: string;
  locale: string;
  electronVersion?: string;
  chromeVersion?: string;
  /** Reported by the preload itself, so the desktop tests check what the renderer really runs with. */
  rendererSandboxed?: boolean;
  contextIsolated?: boolean;
}

export const MENU_COMMANDS = [
  'import',
  'import-url',
  'import-pack',
  'export-report',
  'open-library',
  'open-settings',
  'show-shortcuts',
  'about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface ClaimlensBridge {
  openFiles(request: OpenFilesRequest): Promise<OpenedFile[]>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  printToPdf(html: string): Promise<Uint8Array>;
  fetchUrl(url: string): Promise<FetchUrlResult>;
  openExternal(url: string): Promise<boolean>;
  getAppInfo(): Promise<AppInfo>;
  /** Files opened from the OS (command line, second instance, macOS open-file). Returns the unsubscribe. */
  onFilesOpened(listener: (files: OpenedFile[]) => void): () => void;
  /** Application menu commands. Returns the unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export const IPC = {
  openFiles: 'claimlens:open-files',
  saveFile: 'claimlens:save-file',
  printToPdf: 'claimlens:print-to-pdf',
  fetchUrl: 'claimlens:fetch-url',
  openExternal: 'claimlens:open-external',
  getAppInfo: 'claimlens:get-app-info',
  takePendingFiles: 'claimlens:take-pending-files',
  filesOpened: 'claimlens:files-opened',
  menuCommand: 'claimlens:menu-command',
} as const;

/** Limits for fetching a URL in the main process (import from URL, source metadata). */
export const FETCH_LIMITS = { maxBytes: 20 * 1024 * 1024, timeoutMs: 30_000, maxRedirects: 10 } as const;

/** File kinds the app opens, for dialogs and OS file associations. */
export const ARTICLE_EXTENSIONS = ['html', 'htm', 'mhtml', 'mht', 'txt', 'md', 'pdf', 'docx'] as const;
