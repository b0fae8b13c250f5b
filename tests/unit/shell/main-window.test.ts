import { describe, expect, it, vi } from 'vitest';

const created: Electron.BrowserWindowConstructorOptions[] = [];
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: Electron.BrowserWindowConstructorOptions) {
      created.push(options);
    }
  },
}));
const { createMainWindow } = await import('../../../electron/main/main-window');

describe('main window', () => {
  it('is created with the security checklist’s web preferences', () => {
    createMainWindow('/app/out/preload/index.cjs');
    expect(created[0].webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });
});
