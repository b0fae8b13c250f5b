// Claimlens main process: one window, the app:// protocol, the menu, and the bridge handlers.
// Logic worth testing lives in the small modules beside this file; this one only wires them up.
import './security';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, Menu, net, protocol } from 'electron';
import { IPC, type MenuCommand, type OpenedFile } from '../shared/bridge';
import { localeFromSystem } from '../../src/i18n/define-messages';
import { APP_ENTRY_URL, APP_SCHEME, CONTENT_SECURITY_POLICY, mimeTypeFor, resolveAppRequest } from './app-protocol';
import { articleFilesFromArgv } from './file-arguments';
import { readOpenedFile, registerIpcHandlers } from './ipc-handlers';
import { buildMenuTemplate } from './menu';
import { createMainWindow } from './main-window';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

const rendererRoot = join(import.meta.dirname, '../renderer');
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
let mainWindow: BrowserWindow | null = null;
let pendingFiles: OpenedFile[] = [];
// Set once the renderer has subscribed to opened files (it asks for the pending ones then).
let rendererSubscribed = false;

function deliverFiles(paths: string[]): void {
  void Promise.all(paths.map(readOpenedFile)).then((files) => {
    if (files.length === 0) return;
    if (mainWindow && rendererSubscribed) mainWindow.webContents.send(IPC.filesOpened, files);
    else pendingFiles.push(...files);
  });
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(IPC.menuCommand, command);
}

function createWindow(): BrowserWindow {
  const window = createMainWindow(join(import.meta.dirname, '../preload/index.cjs'));
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  // A reload drops the renderer's subscription until it asks for pending files again.
  window.webContents.on('did-start-loading', () => {
    rendererSubscribed = false;
  });
  void window.loadURL(devServerUrl ?? APP_ENTRY_URL);
  return window;
}

// macOS sends open-file before and after ready.
app.on('open-file', (event, path) => {
  event.preventDefault();
  deliverFiles([path]);
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    deliverFiles(articleFilesFromArgv(argv.slice(1), workingDirectory, existsSync));
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, async (request) => {
      const filePath = resolveAppRequest(rendererRoot, request.url);
      if (!filePath || !existsSync(filePath)) return new Response('Not found', { status: 404 });
      const file = await net.fetch(pathToFileURL(filePath).toString());
      return new Response(file.body, {
        status: 200,
        headers: { 'content-type': mimeTypeFor(filePath), 'content-security-policy': CONTENT_SECURITY_POLICY },
      });
    });

    registerIpcHandlers({
      devServerUrl,
      takePendingFiles: () => {
        rendererSubscribed = true;
        const files = pendingFiles;
        pendingFiles = [];
        return files;
      },
    });

    const locale = localeFromSystem(app.getLocale());
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(locale, process.platform, sendMenuCommand)));

    mainWindow = createWindow();
    deliverFiles(articleFilesFromArgv(process.argv.slice(app.isPackaged ? 1 : 2), process.cwd(), existsSync));

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
