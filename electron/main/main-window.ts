// The main window, created with the web preferences of Electron's security checklist. The options
// are written out literally in the constructor call so that static security scanners can see them.
import { BrowserWindow } from 'electron';

export function createMainWindow(preloadPath: string): BrowserWindow {
  return new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Claimlens',
    backgroundColor: '#faf9f6',
    webPreferences: {
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK the preload exposes one typed object whose methods only invoke named channels
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click would otherwise open links in new windows.
      disableBlinkFeatures: 'Auxclick',
    },
  });
}
