// The desktop shell's security baseline, checked in the real Electron app. These run only where the
// Electron binary is installed; elsewhere they are skipped with one line saying so.
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { installedElectronBinary } from '../../scripts/electron-binary';

const binary = installedElectronBinary();
test.skip(!binary, "Electron's binary is not installed on this machine, so the desktop shell is not launched.");

let electronApp: ElectronApplication;
let page: Page;

test.beforeEach(async () => {
  electronApp = await electron.launch({
    executablePath: binary as string,
    args: [resolve(import.meta.dirname, '../..'), '--no-sandbox'],
    env: { ...process.env, NODE_ENV: 'test' },
  });
  page = await electronApp.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterEach(async () => {
  await electronApp.close();
});

test('the window opens on the library, served from the app scheme', async () => {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(page.url()).toMatch(/^app:\/\/claimlens\//);
});

test('context isolation and the sandbox are on, and the page sees no Node', async () => {
  // The preload reports how its renderer really runs.
  const info = await page.evaluate(() =>
    (window as unknown as { claimlens: { getAppInfo(): Promise<{ rendererSandboxed?: boolean; contextIsolated?: boolean; host: string }> } }).claimlens.getAppInfo(),
  );
  expect(info).toMatchObject({ host: 'electron', rendererSandboxed: true, contextIsolated: true });
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  expect(await page.evaluate(() => Object.keys((window as unknown as { claimlens: object }).claimlens).sort())).toEqual(
    ['fetchUrl', 'getAppInfo', 'onFilesOpened', 'onMenuCommand', 'openExternal', 'openFiles', 'printToPdf', 'saveFile'],
  );
});

test('navigating to a remote URL is refused', async () => {
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/^app:\/\/claimlens\//);
});

test('window.open never opens an Electron window', async () => {
  await page.evaluate(() => window.open('https://example.com/', '_blank'));
  await page.waitForTimeout(500);
  expect(await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('only http, https and mailto URLs reach shell.openExternal', async () => {
  await electronApp.evaluate(({ shell }) => {
    const calls: string[] = [];
    (globalThis as { openedExternally?: string[] }).openedExternally = calls;
    shell.openExternal = async (url: string) => {
      calls.push(url);
    };
  });
  const results = await page.evaluate(async () => {
    const bridge = (window as unknown as { claimlens: { openExternal(url: string): Promise<boolean> } }).claimlens;
    return Promise.all(
      ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,hi', 'https://example.com/a', 'mailto:desk@example.com'].map((url) =>
        bridge.openExternal(url),
      ),
    );
  });
  expect(results).toEqual([false, false, false, true, true]);
  const opened = await electronApp.evaluate(() => (globalThis as { openedExternally?: string[] }).openedExternally);
  expect(opened).toEqual(['https://example.com/a', 'mailto:desk@example.com']);
});
