// Host backed by the preload bridge (window.claimlens) in the Electron window.
import type { ClaimlensBridge } from '../../electron/shared/bridge';
import type { Host } from './host';

export function createElectronHost(bridge: ClaimlensBridge): Host {
  return {
    kind: 'electron',
    canFetchUrls: true,
    openFiles: (request) => bridge.openFiles(request),
    saveFile: (request) => bridge.saveFile(request),
    async exportPdf(html, suggestedName) {
      const bytes = await bridge.printToPdf(html);
      return bridge.saveFile({ suggestedName, bytes, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    },
    fetchUrl: (url) => bridge.fetchUrl(url),
    openExternal: (url) => bridge.openExternal(url),
    appInfo: () => bridge.getAppInfo(),
    onFilesOpened: (listener) => bridge.onFilesOpened(listener),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
  };
}
