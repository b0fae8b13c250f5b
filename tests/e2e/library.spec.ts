// The Library in real Chromium with real IndexedDB: search in Chinese and English, collections and
// filters, the Trash, and backup to a download restored after clearing the library.
import { readFile } from 'node:fs/promises';
import { LibraryCatalog } from './models/LibraryCatalog';
import { BackupSettings } from './models/BackupSettings';
import { ImportPreview } from './models/ImportPreview';
import { expect, test } from './fixtures';

const ENGLISH = /Our Town Can't Afford to Lose Its Library/;
const CHINESE = /高铁到了县城/;

test('searches both samples in Chinese and English, with highlighted snippets, and opens a result', async ({ app }, testInfo) => {
  const library = new LibraryCatalog(app);
  await library.addSample(ENGLISH);
  await library.addSample(CHINESE);

  await expect(library.searchBox()).toBeVisible();
  await app.keyboard.press('/');
  await expect(library.searchBox()).toBeFocused();

  await library.search('京沪高铁');
  await expect(library.resultLinks()).toHaveCount(1);
  await expect(library.highlights().first()).toHaveText('京沪高铁');
  await expect(library.resultLinks().first()).toContainText('2011年6月30日');

  await library.search('县城');
  await expect(library.resultLinks().first()).toContainText('高铁到了县城');
  await expect(library.highlights().first()).toHaveText('县城');

  // English: case folding and prefix matching, one result for the English article only.
  await library.search('CARNEG');
  await expect(library.resultLinks()).toHaveCount(1);
  await expect(library.highlights().first()).toHaveText('Carnegie');
  await library.search('libraries');
  await expect(library.resultLinks()).toHaveCount(1);
  await expect(library.highlights().first()).toHaveText(/^librar(y|ies)$/i);
  await app.screenshot({ path: testInfo.outputPath('search-en.png') });

  await library.search('这个词不在文库里');
  await expect(library.results()).toContainText('Nothing in the library matches');

  await library.search('京沪高铁');
  await library.resultLinks().first().click();
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('高铁到了县城，年轻人就会回来吗？');
});

test('a collection holds the chosen article, and filters narrow the list', async ({ app }, testInfo) => {
  const library = new LibraryCatalog(app);
  await library.addSample(ENGLISH);
  await library.addSample(CHINESE);
  await expect(library.table().getByRole('link')).toHaveCount(2);

  await library.createCollection('Week 3 workshop');
  // A new collection is shown at once, and it is empty.
  await expect(app.getByText('No article matches these filters.')).toBeVisible();
  await library.showPlace('All articles');
  await library.select(ENGLISH);
  await library.addSelectedTo('Week 3 workshop');
  await expect(app.getByRole('status').filter({ hasText: 'Added 1 articles to “Week 3 workshop”' })).toBeVisible();

  await library.showPlace('Week 3 workshop');
  await expect(library.table().getByRole('link')).toHaveCount(1);
  await expect(library.table().getByRole('link', { name: ENGLISH })).toBeVisible();

  await library.showPlace('All articles');
  await app.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(library.table().getByRole('link')).toHaveCount(1);
  await expect(library.table().getByRole('link', { name: CHINESE })).toBeVisible();
  await app.screenshot({ path: testInfo.outputPath('collections.png') });

  // The collection survives a reload (it is in IndexedDB, not in memory).
  await app.reload();
  await library.showPlace('Week 3 workshop');
  await expect(library.table().getByRole('link')).toHaveCount(1);
});

test('the Trash hides an article, restores it, and empties only after confirming', async ({ app }) => {
  const library = new LibraryCatalog(app);
  await library.addSample(ENGLISH);
  await library.addSample(CHINESE);

  await library.select(CHINESE);
  await library.moveSelectedToTrash();
  await expect(library.table().getByRole('link')).toHaveCount(1);
  await library.search('京沪高铁');
  await expect(library.results()).toContainText('Nothing in the library matches');
  await library.search('');

  await library.showPlace(/Trash \(1\)/);
  await library.select(CHINESE);
  await app.getByRole('button', { name: 'Restore', exact: true }).click();
  await library.showPlace('All articles');
  await expect(library.table().getByRole('link')).toHaveCount(2);

  await library.select(CHINESE);
  await library.moveSelectedToTrash();
  await library.showPlace(/Trash \(1\)/);
  await app.getByRole('button', { name: 'Empty Trash…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Empty the Trash?' });
  await expect(dialog).toContainText('1 articles');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(library.table().getByRole('link')).toHaveCount(1);

  await app.getByRole('button', { name: 'Empty Trash…' }).click();
  await dialog.getByRole('button', { name: 'Remove for good' }).click();
  await expect(app.getByText('The Trash is empty.')).toBeVisible();
  await app.reload();
  await expect(library.collectionsNav().getByRole('button', { name: 'Trash (0)' })).toBeVisible();
  await expect(library.table().getByRole('link')).toHaveCount(1);
});

test('backs up to a download, refuses bad files untouched, and restores after clearing', async ({ app }) => {
  const library = new LibraryCatalog(app);
  const backup = new BackupSettings(app);
  await library.addSample(ENGLISH);
  await library.addSample(CHINESE);

  await backup.open();
  const download = await backup.backUp();
  expect(download.suggestedFilename()).toMatch(/^claimlens-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const bytes = await readFile((await download.path()) as string);
  const json = JSON.parse(bytes.toString('utf8'));
  expect(json).toMatchObject({ format: 'claimlens-backup', schemaVersion: 2, counts: { articles: 2, originals: 2 } });

  // Bad files: a page, and the backup cut in half. Each gets one line; nothing changes.
  await backup.chooseBackupFile({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('<html>not a backup</html>') });
  await expect(backup.refusal()).toHaveText('This file is not a Claimlens backup; the library was not changed.');
  await backup.chooseBackupFile({ name: 'cut.json', mimeType: 'application/json', buffer: bytes.subarray(0, bytes.length >> 1) });
  await expect(backup.refusal()).toHaveText(/damaged or incomplete/);
  const newer = Buffer.from(JSON.stringify({ ...json, schemaVersion: 99 }));
  await backup.chooseBackupFile({ name: 'newer.json', mimeType: 'application/json', buffer: newer });
  await expect(backup.refusal()).toHaveText(/newer Claimlens \(schema 99\)/);
  await library.open();
  await expect(library.table().getByRole('link')).toHaveCount(2);

  // Clear the library: everything to the Trash, then empty it.
  await library.select(ENGLISH);
  await library.select(CHINESE);
  await library.moveSelectedToTrash();
  await library.showPlace(/Trash \(2\)/);
  await app.getByRole('button', { name: 'Empty Trash…' }).click();
  await app.getByRole('dialog').getByRole('button', { name: 'Remove for good' }).click();
  await library.open();
  await expect(app.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();

  await backup.open();
  await backup.chooseBackupFile({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: bytes });
  await expect(backup.section()).toContainText('2 articles');
  await backup.section().getByRole('button', { name: 'Merge into library' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Restored 2 articles' })).toBeVisible();

  await library.open();
  await expect(library.table().getByRole('link')).toHaveCount(2);
  await library.search('县城');
  await expect(library.resultLinks().first()).toContainText('高铁到了县城');

  // A second restore of the same file adds nothing.
  await backup.open();
  await backup.chooseBackupFile({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: bytes });
  await backup.section().getByRole('button', { name: 'Merge into library' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Restored 0 articles' })).toBeVisible();
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });
  test('the Library, search and Backup read in Chinese', async ({ app }, testInfo) => {
    const library = new LibraryCatalog(app);
    await library.addSample(CHINESE);
    await library.addSample(ENGLISH);
    await expect(library.collectionsNav().getByRole('button', { name: '废纸篓（0）' })).toBeVisible();
    await expect(library.table().getByRole('img', { name: '还没有论断' }).first()).toBeVisible();
    await app.screenshot({ path: testInfo.outputPath('library-zh.png') });
    await library.search('高铁 县城');
    await expect(library.results()).toContainText('条结果');
    await app.screenshot({ path: testInfo.outputPath('search-zh.png') });
    const backup = new BackupSettings(app);
    await backup.open();
    await expect(backup.section().getByRole('button', { name: '备份文库…' })).toBeVisible();
    await app.screenshot({ path: testInfo.outputPath('backup-zh.png'), fullPage: true });
  });
});

test('on start-up the list paints together with the app frame, and shows an article added since', async ({ app }) => {
  const library = new LibraryCatalog(app);
  await library.addSample(ENGLISH);
  await app.goto('about:blank');
  // Records, at the moment the navigation bar first appears, whether the article list is there too.
  await app.addInitScript(`
    new MutationObserver((_, observer) => {
      if (!document.querySelector('.app-nav')) return;
      window.__rowsWithFrame = document.querySelectorAll('[role="row"][data-row]').length;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  `);
  await app.goto('/index.html#/library');
  await expect(app.getByRole('row', { name: ENGLISH })).toBeVisible();
  expect(await app.evaluate(() => (window as { __rowsWithFrame?: number }).__rowsWithFrame)).toBe(1);

  // The first screen read at start-up is not shown again once the list has changed.
  await library.addSample(CHINESE);
  await expect(app.getByRole('row', { name: CHINESE })).toBeVisible();
  await expect(app.getByRole('row', { name: ENGLISH })).toBeVisible();
});

test('a search with more matches than fit shows more of them on request, focus on the first new one', async ({ app }) => {
  const library = new LibraryCatalog(app);
  const preview = new ImportPreview(app);
  // Twelve notes a reader saved as plain text, each mentioning the same lighthouse.
  const files = Array.from({ length: 12 }, (_, i) => ({
    name: `keeper-${i + 1}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(
      `Keeper's log, week ${i + 1}\n\nThe lighthouse on the northern cape was inspected in week ${i + 1} by the harbour board, which found the lamp in working order and the stairs in need of repair.\n\nVisitors are asked to keep to the marked path; the keeper answers questions about the lighthouse on weekday afternoons, weather permitting.`,
    ),
  }));
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('group', { name: /^Import$/ }).getByRole('button', { name: /^Import…$/ }).click();
  await (await chooser).setFiles(files);
  await preview.button(/^Save all as shown$/).click();
  await expect(preview.dialog()).toBeHidden();
  await library.open();

  await library.search('lighthouse');
  const articles = library.results().locator('[data-kind="article"]').getByRole('link');
  await expect(articles).toHaveCount(10);
  await expect(library.results().getByRole('status')).toContainText('The newest 10 results');
  // Newest first: the last file saved leads.
  await expect(articles.first()).toContainText("Keeper's log, week 12");
  await library.results().getByRole('button', { name: 'Show more articles' }).click();
  await expect(articles).toHaveCount(12);
  await expect(articles.nth(10)).toBeFocused();
  await expect(library.results().getByRole('button', { name: 'Show more articles' })).toHaveCount(0);
  // A new query starts again from the first ten.
  await library.search('harbour board');
  await expect(articles).toHaveCount(10);
});
