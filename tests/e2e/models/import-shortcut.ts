// Ctrl+O, the import shortcut, answered with files in the chooser it opens.
import type { Page } from '@playwright/test';

export async function importWithShortcut(page: Page, paths: string | string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  // Waiting for a file chooser switches on its interception by a message of its own; a round trip to
  // the page after it lets that take effect before the key press, which is quicker than a click.
  await page.evaluate(() => document.readyState);
  await page.keyboard.press('Control+O');
  await (await chooser).setFiles(paths);
}
