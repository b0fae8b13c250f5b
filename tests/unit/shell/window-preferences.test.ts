import { describe, expect, it } from 'vitest';
import { mainWindowPreferences } from '../../../electron/main/window-preferences';

describe('main window preferences', () => {
  it('follow the security checklist', () => {
    const prefs = mainWindowPreferences('/app/out/preload/index.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});
