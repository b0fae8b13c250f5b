// IPC handlers for the preload bridge. Each one first checks that the sender is the app's own frame.
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import {
  FETCH_LIMITS,
  IPC,
  type AppInfo,
  type OpenFilesRequest,
  type OpenedFile,
  type SaveFileRequest,
  type SaveFileResult,
} from '../shared/bridge';
import { openExternalSafely } from '../../src/core/external-url';
import { fetchWithLimits } from './fetch-url';
import { printHtmlToPdf } from './print-to-pdf';
import { isTrustedSenderUrl } from './trusted-sender';

export interface IpcContext {
  devServerUrl?: string;
  takePendingFiles(): OpenedFile[];
}

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

function guarded(context: IpcContext, handler: Handler): Handler {
  return (event, ...args) => {
    if (!isTrustedSenderUrl(event.senderFrame?.url, context.devServerUrl)) {
      throw new Error('Refused: the request did not come from the Claimlens window.');
    }
    return handler(event, ...args);
  };
}

export async function readOpenedFile(path: string): Promise<OpenedFile> {
  return { name: basename(path), path, bytes: new Uint8Array(await readFile(path)) };
}

function isFilterList(value: unknown): value is OpenFilesRequest['filters'] {
  return Array.isArray(value) && value.every((f) => typeof f?.name === 'string' && Array.isArray(f?.extensions));
}

export function registerIpcHandlers(context: IpcContext): void {
  const handle = (channel: string, handler: Handler) => ipcMain.handle(channel, guarded(context, handler));

  handle(IPC.openFiles, async (event, raw) => {
    const request = raw as Partial<OpenFilesRequest> | undefined;
    const window = BrowserWindow.fromWebContents(event.sender);
    const options: Electron.OpenDialogOptions = {
      properties: request?.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      filters: isFilterList(request?.filters) ? request.filters : [],
    };
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    if (result.canceled) return [];
    return Promise.all(result.filePaths.map(readOpenedFile));
  });

  handle(IPC.saveFile, async (event, raw): Promise<SaveFileResult> => {
    const request = raw as SaveFileRequest;
    if (typeof request?.suggestedName !== 'string' || !(request.bytes instanceof Uint8Array)) {
      throw new Error('A save request needs a file name and bytes.');
    }
    const window = BrowserWindow.fromWebContents(event.sender);
    const options: Electron.SaveDialogOptions = {
      defaultPath: basename(request.suggestedName),
      filters: isFilterList(request.filters) ? request.filters : [],
    };
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return { saved: false };
    await writeFile(result.filePath, request.bytes);
    return { saved: true, location: result.filePath };
  });

  handle(IPC.printToPdf, async (_event, html) => {
    if (typeof html !== 'string') throw new Error('Only an HTML document can be printed.');
    return printHtmlToPdf(html);
  });

  handle(IPC.fetchUrl, (_event, url) => fetchWithLimits(url, FETCH_LIMITS, (href, init) => fetch(href, init)));

  handle(IPC.openExternal, (_event, url) => openExternalSafely(url, (safe) => shell.openExternal(safe))); // eng-disable OPEN_EXTERNAL_JS_CHECK only URLs that pass checkExternalUrl reach the shell

  handle(
    IPC.getAppInfo,
    (): AppInfo => ({
      name: app.getName(),
      version: app.getVersion(),
      host: 'electron',
      platform: process.platform,
      locale: app.getLocale(),
      electronVersion: process.versions.electron,
      chromeVersion: process.versions.chrome,
    }),
  );

  handle(IPC.takePendingFiles, () => context.takePendingFiles());
}
