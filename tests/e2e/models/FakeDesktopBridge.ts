// A stand-in for the desktop preload bridge (window.claimlens), installed before the app starts, so
// the renderer runs its desktop code paths in Chromium: fetchUrl answers from given pages, and
// openExternal records what it was asked to open. Only the host boundary is replaced.
import type { Page } from '@playwright/test';

export interface FakePage {
  /** Answered when the requested URL contains this text. */
  match: string;
  html?: string;
  contentType?: string;
  /** A failed fetch: the English line and the problem, as the desktop host sends them. */
  error?: string;
  problem?: { code: string; params?: Record<string, string | number> };
}

export async function installFakeDesktopBridge(page: Page, pages: FakePage[]): Promise<void> {
  await page.addInitScript((answers: FakePage[]) => {
    const opened: string[] = [];
    (window as unknown as { __openedExternally: string[] }).__openedExternally = opened;
    (window as unknown as { claimlens: unknown }).claimlens = {
      openFiles: async () => [],
      saveFile: async () => ({ saved: false }),
      printToPdf: async () => new Uint8Array(),
      async fetchUrl(url: string) {
        const answer = answers.find((candidate) => url.includes(candidate.match));
        if (!answer) return { ok: false, error: 'The server answered 404 Not Found.', problem: { code: 'http-status', params: { status: '404 Not Found' } } };
        if (answer.error) return { ok: false, error: answer.error, problem: answer.problem };
        return { ok: true, requestedUrl: url, finalUrl: url, contentType: answer.contentType ?? 'text/html; charset=utf-8', bytes: new TextEncoder().encode(answer.html ?? '') };
      },
      async openExternal(url: string) {
        opened.push(url);
        return true;
      },
      getAppInfo: async () => ({ name: 'Claimlens', version: '0.0.0', host: 'electron', platform: 'linux', locale: 'en-US' }),
      onFilesOpened: () => () => {},
      onMenuCommand: () => () => {},
    };
  }, pages);
}

export async function openedExternally(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __openedExternally: string[] }).__openedExternally);
}
