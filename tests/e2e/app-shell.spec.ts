import { LibraryScreen } from './models/LibraryScreen';
import { SettingsScreen } from './models/SettingsScreen';
import { expect, test } from './fixtures';

test('the library opens empty, with both ways to start and no console errors', async ({ app }) => {
  const library = new LibraryScreen(app);
  await expect(library.heading()).toHaveText('Library');
  await expect(app.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  await expect(library.importButton()).toBeVisible();
  await expect(app.getByRole('button', { name: 'Try a sample article' })).toBeVisible();
  await expect(app.getByText('You can also drop files anywhere on this window.')).toBeVisible();
});

test('switching the language to Chinese changes the visible text, and back', async ({ app }) => {
  const settings = new SettingsScreen(app);
  await settings.open();
  await settings.language().selectOption('zh-CN');
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('设置');
  await expect(app.getByRole('navigation').getByRole('link', { name: '文库' })).toBeVisible();
  await expect(app.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await settings.language().selectOption('en');
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Settings');
});

test('settings persist across a reload', async ({ app }) => {
  const settings = new SettingsScreen(app);
  await settings.open();
  await settings.theme().selectOption('dark');
  await settings.setAnnotator('Li Wei 李伟');
  await expect(app.getByRole('status')).toContainText('Settings saved');
  await app.reload();
  await expect(settings.theme()).toHaveValue('dark');
  await expect(settings.annotator()).toHaveValue('Li Wei 李伟');
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('an empty annotator name is refused with a message and the old name is kept', async ({ app }) => {
  const settings = new SettingsScreen(app);
  await settings.open();
  await settings.setAnnotator('   ');
  await expect(app.getByRole('alert')).toHaveText('The annotator name cannot be empty.');
  await app.reload();
  await expect(settings.annotator()).toHaveValue('Local user');
});

test('opening a sample article shows it, and it is then in the library', async ({ app }) => {
  const library = new LibraryScreen(app);
  await library.openSample(/Our Town Can't Afford to Lose Its Library/);
  await expect(app.getByRole('heading', { level: 1 })).toHaveText("Our Town Can't Afford to Lose Its Library");
  await expect(app.getByText('By Mara Ellison')).toBeVisible();
  await expect(app.getByText(/The Public Libraries Act 1850 first allowed English boroughs/)).toBeVisible();
  await app.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
  await expect(library.articleLink("Our Town Can't Afford to Lose Its Library")).toBeVisible();
});

test('the Chinese sample opens with its Chinese title', async ({ app }) => {
  const library = new LibraryScreen(app);
  await library.openSample(/高铁到了县城/);
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('高铁到了县城，年轻人就会回来吗？');
  await expect(app.getByText(/京沪高铁于2011年6月30日正式开通运营/)).toBeVisible();
});

test.describe('with a Chinese system language', () => {
  test.use({ locale: 'zh-CN' });
  test('the interface follows the system and starts in Chinese', async ({ app }) => {
    await expect(app.getByRole('heading', { level: 1 })).toHaveText('文库');
    await expect(app.getByRole('button', { name: '导入文章…' })).toBeVisible();
  });
});

test('? shows the keyboard shortcuts and Esc closes them', async ({ app }) => {
  await expect(app.getByRole('heading', { name: 'Library', exact: true })).toBeVisible();
  await app.keyboard.press('?');
  const dialog = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('while another window holds an older schema open, the window says so, then opens the library once it lets go', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  // Another window of the same origin holds an older version of the database open and does not let
  // go, which holds up the app's schema upgrade.
  const older = await context.newPage();
  await older.goto('/not-the-app');
  await older.evaluate(`new Promise((resolve, reject) => {
    const request = indexedDB.open('claimlens', 1);
    request.onsuccess = () => { window.heldDatabase = request.result; resolve(); };
    request.onerror = () => reject(request.error);
  })`);
  const app = await context.newPage();
  await app.goto('/index.html#/library');
  await expect(app.getByRole('status')).toHaveText(/^Another Claimlens window is still using an older version of your library\. Close that window/);
  await older.evaluate('window.heldDatabase.close()');
  await expect(app.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  await expect(app.getByText(/Another Claimlens window/)).toHaveCount(0);
  await context.close();
});
