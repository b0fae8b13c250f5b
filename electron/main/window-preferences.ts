// The main window's web preferences, per Electron's security checklist, kept apart so they are tested.
import type { WebPreferences } from 'electron';

export function mainWindowPreferences(preloadPath: string): WebPreferences {
  return {
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
  };
}
