// The preload exposes exactly one object, `window.claimlens`, with one method per action.
// Everything goes through `invoke`; the renderer never sees ipcRenderer.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC, MENU_COMMANDS, type ClaimlensBridge, type MenuCommand, type OpenedFile } from '../shared/bridge';

const bridge = {
  openFiles: (request) => ipcRenderer.invoke(IPC.openFiles, request),
  saveFile: (request) => ipcRenderer.invoke(IPC.saveFile, request),
  printToPdf: (html) => ipcRenderer.invoke(IPC.printToPdf, html),
  fetchUrl: (url) => ipcRenderer.invoke(IPC.fetchUrl, url),
  openExternal: (url) => ipcRenderer.invoke(IPC.openExternal, url),
  getAppInfo: async () => ({
    ...(await ipcRenderer.invoke(IPC.getAppInfo)),
    rendererSandboxed: process.sandboxed === true,
    contextIsolated: process.contextIsolated === true,
  }),
  onFilesOpened(listener) {
    const handle = (_event: IpcRendererEvent, files: OpenedFile[]) => listener(files);
    ipcRenderer.on(IPC.filesOpened, handle);
    // Files that arrived before the renderer subscribed are waiting in main.
    void ipcRenderer.invoke(IPC.takePendingFiles).then((files: OpenedFile[]) => {
      if (files.length > 0) listener(files);
    });
    return () => ipcRenderer.removeListener(IPC.filesOpened, handle);
  },
  onMenuCommand(listener) {
    const handle = (_event: IpcRendererEvent, command: MenuCommand) => {
      if ((MENU_COMMANDS as readonly string[]).includes(command)) listener(command);
    };
    ipcRenderer.on(IPC.menuCommand, handle);
    return () => ipcRenderer.removeListener(IPC.menuCommand, handle);
  },
} satisfies ClaimlensBridge;

contextBridge.exposeInMainWorld('claimlens', bridge);
