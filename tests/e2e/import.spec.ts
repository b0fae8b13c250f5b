// Importing articles through the app: the cleanup preview on real files (the seed, Readability corpus
// pages, MHTML, a PDF printed by Chromium), its edits, the same-text and other-version offers, the
// ways in (file chooser, paste, drop, URL), progress and cancel, and every kind of bad input.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  SEED,
  SEED_TITLE,
  badInputFiles,
  damagedGbkPage,
  hugeTextFile,
  mhtmlFile,
  printedPdf,
  readabilityMetadata,
  readabilityPage,
  scratchDir,
} from './import-files';
import { acceptBlockedCspReports } from './csp-reports';
import { installFakeDesktopBridge } from './models/FakeDesktopBridge';
import { ImportPreview } from './models/ImportPreview';
import { LibraryScreen } from './models/LibraryScreen';

const RESTORED = '声明:个人原创,仅供参考';
const DROPPED = '最后,从安全角度看,中亚毗邻动荡的阿富汗';

/** The app has started: its keyboard and clipboard listeners are in place once the Library shows. */
async function appReady(app: Page): Promise<void> {
  await expect(app.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
}

/** The library is empty: its empty state is on screen. */
async function expectEmptyLibrary(app: Page): Promise<void> {
  await app.goto('/index.html#/library');
  await expect(app.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
}

/** Tags `quote` in the open article through the reader's selection toolbar. */
async function tagInReader(app: Page, quote: string, tag: 'Opinion' | 'Fact' | 'Unsupported'): Promise<void> {
  const reader = app.getByRole('article', { name: /Article text/ });
  await reader.evaluate((root, text) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(text);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      return;
    }
    throw new Error(`${text} is not in the reader`);
  }, quote);
  await app.getByRole('toolbar', { name: /Tag the selection/ }).getByRole('button', { name: tag, exact: true }).click();
  await expect(reader.locator('mark').filter({ hasText: quote }).first()).toBeVisible();
}

test('the seed article: preview as stored, restore and drop blocks, fix the site, save; importing it again offers the existing one', async ({ app }) => {
  const preview = new ImportPreview(app);
  await preview.importFiles(SEED);
  await expect(preview.dialog()).toBeVisible();
  await expect(preview.title()).toHaveValue(SEED_TITLE);
  await expect(preview.author()).toHaveValue('胡麒牧博士');
  await expect(preview.date()).toHaveValue('2026-02-25');

  // The boilerplate is shown greyed, each with its reason.
  await expect(preview.reasonOf('网易首页 > 网易号 > 正文')).toHaveText('navigation');
  await expect(preview.reasonOf('分享至')).toHaveText('share widget');
  await expect(preview.reasonOf(RESTORED)).toHaveText('disclaimer');
  await expect(preview.reasonOf('热点推荐')).toHaveText('related links');
  const greyed = await preview.block('分享至').locator('.preview-block-content').evaluate((element) => Number(getComputedStyle(element).opacity));
  expect(greyed).toBeLessThan(1);
  await expect(preview.block('当中亚五国元首相继飞抵华盛顿').locator('.reason-chip')).toHaveCount(0);

  await preview.restore(RESTORED);
  await expect(preview.block(RESTORED).locator('.reason-chip')).toHaveCount(0);
  await preview.drop(DROPPED);
  await expect(preview.reasonOf(DROPPED)).toHaveText('dropped by you');
  await preview.site().fill('网易号');
  await expect(preview.saveButton()).toBeEnabled();
  await preview.save();

  await expect(app.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await expect(app.getByText('By 胡麒牧博士')).toBeVisible();
  await expect(app.locator('.article-meta').getByText('网易号', { exact: true })).toBeVisible();
  const reader = app.getByRole('article', { name: /Article text/ });
  await expect(reader).toContainText(RESTORED);
  await expect(reader).not.toContainText(DROPPED);
  await expect(reader).not.toContainText('分享至');
  await expect(reader).toContainText('中亚的未来,将是这一宏大叙事的最佳注脚。');
  await expect(preview.toasts()).toContainText(`Saved “${SEED_TITLE}”.`);

  // The same file again, with the same edits: the text is the same, so it offers the stored article.
  await preview.importFiles(SEED);
  await expect(preview.dialog()).toBeVisible();
  await expect(preview.dialog()).not.toContainText('already in your library');
  await preview.restore(RESTORED);
  await preview.drop(DROPPED);
  await expect(preview.dialog()).toContainText(`This text is already in your library as “${SEED_TITLE}”.`);
  await expect(preview.saveButton()).toHaveCount(0);
  await preview.button(/Open the existing article/).click();
  await expect(preview.dialog()).toBeHidden();
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await app.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
  await expect(new LibraryScreen(app).articleLink(SEED_TITLE)).toHaveCount(1);
});

test('a newer version of a stored article updates it and reports what happened to its claims', async ({ app }) => {
  const preview = new ImportPreview(app);
  await preview.importFiles(SEED);
  await preview.save();
  await tagInReader(app, '中亚毗邻动荡的阿富汗', 'Fact');
  await tagInReader(app, '中亚地区是名副其实的“资源宝库”', 'Opinion');
  await tagInReader(app, '当中亚五国元首相继飞抵华盛顿', 'Fact');

  // The same piece (same title and site) without the paragraph holding the "资源宝库" claim.
  await preview.importFiles(SEED);
  await preview.drop('对美国而言,中亚的战略价值正处于历史高点');
  await expect(preview.dialog()).toContainText(`Your library has another version of this article (same title and site): “${SEED_TITLE}”`);
  await expect(preview.button(/^Save as new$/)).toBeVisible();
  await preview.button(/^Update this article$/).click();
  await expect(preview.dialog()).toBeHidden();
  await expect(preview.toasts()).toContainText(`Updated “${SEED_TITLE}”: 1 claims unchanged, 1 moved, 0 matched approximately, 1 orphaned.`);

  const reader = app.getByRole('article', { name: /Article text/ });
  await expect(reader).not.toContainText('对美国而言,中亚的战略价值正处于历史高点');
  await expect(reader.locator('mark').filter({ hasText: '中亚毗邻动荡的阿富汗' }).first()).toBeVisible();
  await app.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
  await expect(new LibraryScreen(app).articleLink(SEED_TITLE)).toHaveCount(1);
});

test('details are checked as typed: a non-web URL and an impossible date block saving with a message', async ({ app }) => {
  const preview = new ImportPreview(app);
  await preview.importFiles(readabilityPage('guardian-1'));
  await expect(preview.date()).toHaveValue('2019-01-03');
  await preview.url().fill('javascript:alert(1)');
  await expect(preview.dialog().getByRole('alert').filter({ hasText: 'Only http:// and https:// addresses can be saved.' })).toBeVisible();
  await expect(preview.url()).toHaveAttribute('aria-invalid', 'true');
  await expect(preview.saveButton()).toBeDisabled();
  await preview.url().fill('www.theguardian.com/environment');
  await expect(preview.dialog().getByRole('alert').filter({ hasText: 'This is not a complete web address' })).toBeVisible();
  await preview.url().fill('https://www.theguardian.com/environment/whales');
  await preview.date().fill('2019-02-30');
  await expect(preview.dialog().getByRole('alert').filter({ hasText: '2019-02-30 is not a date in the calendar.' })).toBeVisible();
  await preview.date().fill('3 Jan 2019');
  await expect(preview.dialog().getByRole('alert').filter({ hasText: 'Write the date as YYYY-MM-DD' })).toBeVisible();
  await expect(preview.saveButton()).toBeDisabled();
  await preview.date().fill('2019-01-04');
  await expect(preview.dialog().getByRole('alert')).toHaveCount(0);
  await preview.save();
  await expect(app.locator('.article-meta time')).toHaveAttribute('datetime', '2019-01-04');
});

test('the preview works from the keyboard: Ctrl+O imports, Tab reaches a block toggle, Space drops it, Esc cancels and nothing is stored', async ({ app }) => {
  const preview = new ImportPreview(app);
  await appReady(app);
  await preview.importWithShortcut(readabilityPage('guardian-1'));
  await expect(preview.heading()).toBeFocused();
  const whales = preview.block('Whale whisperer Hori Parata');
  const firstToggle = whales.getByRole('button');
  await expect(firstToggle).toHaveAccessibleName(/^Drop block \d+: Whale whisperer Hori Parata/);
  for (let i = 0; i < 40; i++) {
    await app.keyboard.press('Tab');
    if (await firstToggle.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(firstToggle).toBeFocused();
  await app.keyboard.press('Space');
  await expect(whales.getByRole('button')).toHaveAccessibleName(/^Restore block \d+: Whale whisperer/);
  await expect(preview.reasonOf('Whale whisperer Hori Parata')).toHaveText('dropped by you');
  await app.keyboard.press('Escape');
  await expect(preview.dialog()).toBeHidden();
  await expectEmptyLibrary(app);
});

test('Readability corpus pages in Chinese and English and a real MHTML page import through the preview', async ({ app, consoleErrors }) => {
  const preview = new ImportPreview(app);
  for (const name of ['qq', 'guardian-1']) {
    await preview.importFiles(readabilityPage(name));
    const expected = readabilityMetadata(name);
    await expect(preview.title()).toHaveValue(expected.title);
    if (expected.byline) await expect(preview.author()).toHaveValue(expected.byline);
    await preview.save();
    await expect(app.getByRole('heading', { level: 1 })).toHaveText(expected.title);
  }
  await expect(app.getByRole('article', { name: /Article text/ })).toContainText('Whale whisperer Hori Parata was just seven years old');

  await preview.importFiles(mhtmlFile('portfolio.mhtml'));
  await expect(preview.title()).toHaveValue('Max Sindwani');
  await expect(preview.url()).toHaveValue('http://msindwan.bitbucket.org/');
  await expect(preview.dialog()).toContainText('I am a software engineering student');
  await preview.save();
  await expect(app.getByRole('article', { name: /Article text/ })).toContainText('I am a software engineering student');
  acceptBlockedCspReports(consoleErrors);
});

test('a PDF printed by Chromium is read by pdf.js in its same-origin worker', async ({ app }) => {
  const dir = scratchDir();
  const pdf = printedPdf(
    dir,
    'council-budget',
    `<!doctype html><meta charset="utf-8"><title>Council budget</title><style>body{font:14pt serif;margin:2cm}</style>
     <h1>The council budget vote</h1>
     <p>The council voted on Tuesday to keep the central library open for another five years, after a petition gathered more than twelve thousand signatures.</p>
     <p>Opponents said the building costs too much to heat, while supporters pointed to the rising number of visitors since the reading room was renovated.</p>`,
  );
  const requests: string[] = [];
  app.on('request', (request) => requests.push(request.url()));
  const preview = new ImportPreview(app);
  await preview.importFiles(pdf);
  await expect(preview.dialog()).toContainText('The council voted on Tuesday to keep the central library open', { timeout: 30_000 });
  await preview.save();
  await expect(app.getByRole('article', { name: /Article text/ })).toContainText('supporters pointed to the rising number of visitors');
  // The worker came from the app's own origin: no blob: or remote script.
  expect(requests.filter((url) => /pdf\.worker/.test(url)).every((url) => url.startsWith('http://127.0.0.1:'))).toBe(true);
  expect(requests.some((url) => /pdf\.worker/.test(url))).toBe(true);
});

test('every kind of bad input gets its one-line message naming the file, stores nothing, and the app stays responsive', async ({ app }) => {
  const dir = scratchDir();
  const preview = new ImportPreview(app);
  for (const bad of [...badInputFiles(dir), { path: hugeTextFile(dir), message: /^huge\.txt: is too large to be an article \(60 MB; the limit is 50 MB\)\.$/ }]) {
    await preview.importFiles(bad.path);
    const toast = preview.toasts().locator('.toast-error').last();
    await expect(toast.locator('span')).toHaveText(bad.message);
    await expect(preview.dialog()).toBeHidden();
    // Still responsive: the navigation works at once.
    await app.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await expect(app.getByRole('heading', { level: 1 })).toHaveText('Settings');
    await toast.getByRole('button', { name: 'Dismiss' }).click();
    await app.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
  }
  await expectEmptyLibrary(app);
});

test('invalid bytes in the declared charset are replaced and reported in the preview; cancelling stores nothing', async ({ app }) => {
  const preview = new ImportPreview(app);
  await preview.importFiles(damagedGbkPage(scratchDir()));
  await expect(preview.title()).toHaveValue('字符集损坏的文章');
  await expect(preview.dialog().getByRole('region', { name: 'Notes from the import' })).toContainText(/byte sequences? not valid in gb18030 replaced with �\./);
  await expect(preview.dialog()).toContainText('中亚的未来，将是这一宏大叙事的最佳注脚。');
  await preview.cancel();
  await expectEmptyLibrary(app);
});

test('several files at once: a queue with Skip and Save, refusals summed up in one toast', async ({ app, consoleErrors }) => {
  const dir = scratchDir();
  const [empty] = badInputFiles(dir);
  const preview = new ImportPreview(app);
  await preview.importFiles([readabilityPage('guardian-1'), empty.path, readabilityPage('qq'), SEED]);
  await expect(preview.heading()).toContainText('1 of 3');
  await expect(preview.title()).toHaveValue(readabilityMetadata('guardian-1').title);
  await preview.button(/^Skip$/).click();
  await expect(preview.heading()).toContainText('2 of 3');
  await expect(preview.title()).toHaveValue(readabilityMetadata('qq').title);
  await preview.button(/^Save to library$/).click();
  await expect(preview.heading()).toContainText('3 of 3');
  await expect(preview.title()).toHaveValue(SEED_TITLE);
  await preview.button(/^Save all as shown$/).click();
  await expect(preview.dialog()).toBeHidden();
  await expect(preview.toasts()).toContainText('Imported 2 of 4 files; 1 refused: empty.txt: is empty.');
  const library = new LibraryScreen(app);
  await expect(library.articleLink(SEED_TITLE)).toBeVisible();
  await expect(library.articleLink(readabilityMetadata('qq').title)).toBeVisible();
  await expect(library.articleLink(readabilityMetadata('guardian-1').title)).toHaveCount(0);
  acceptBlockedCspReports(consoleErrors);
});

test('a long batch shows progress and can be cancelled; nothing is stored', async ({ app, consoleErrors }) => {
  const names = ['nytimes-1', 'nytimes-2', 'wapo-1', 'wapo-2', 'yahoo-2', 'lemonde-1', 'heise', 'wikipedia', 'wikipedia-2', 'wikipedia-3', 'medium-1', 'medium-2', 'guardian-1', 'telegraph', 'theverge', 'cnn', 'bbc-1', 'ars-1'];
  const preview = new ImportPreview(app);
  await preview.importFiles(names.map(readabilityPage));
  const progress = app.getByRole('region', { name: 'Import progress' });
  await expect(progress).toBeVisible();
  await expect(progress.getByRole('progressbar')).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toBeHidden();
  await expect(preview.toasts()).toContainText('Import cancelled.');
  await expect(preview.dialog()).toBeHidden();
  await expectEmptyLibrary(app);
  acceptBlockedCspReports(consoleErrors);
});

test('pasting copied page HTML outside a text field creates an article through the preview', async ({ app }) => {
  const html = readFileSync(readabilityPage('guardian-1'), 'utf8');
  await appReady(app);
  await app.evaluate((markup) => {
    const data = new DataTransfer();
    data.setData('text/html', markup);
    data.setData('text/plain', 'plain fallback');
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
  const preview = new ImportPreview(app);
  await expect(preview.title()).toHaveValue(readabilityMetadata('guardian-1').title);
  await expect(preview.dialog()).toContainText('From pasted.html');
  await preview.save();
  await expect(app.getByRole('article', { name: /Article text/ })).toContainText('Whale whisperer Hori Parata');
});

test('pasted plain text is read like a copied page, and pasting into a text field imports nothing', async ({ app }) => {
  const seedText = readFileSync(SEED, 'utf8');
  await app.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  const field = app.getByLabel('Annotator name');
  await field.focus();
  await field.evaluate((element, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, seedText);
  const preview = new ImportPreview(app);
  await expect(preview.dialog()).toBeHidden();
  await field.blur();
  await app.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, seedText);
  await expect(preview.title()).toHaveValue(SEED_TITLE);
  await expect(preview.author()).toHaveValue('胡麒牧博士');
});

test('dragging files over the window shows the drop overlay; dropping imports them', async ({ app }) => {
  const html = readFileSync(readabilityPage('guardian-1'));
  await appReady(app);
  const data = await app.evaluateHandle((bytes) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], 'whales.html', { type: 'text/html' }));
    return transfer;
  }, [...html]);
  const target = app.locator('main');
  await target.dispatchEvent('dragenter', { dataTransfer: data });
  await target.dispatchEvent('dragover', { dataTransfer: data });
  await expect(app.getByTestId('drop-overlay')).toBeVisible();
  await expect(app.getByText('Drop files to import them')).toBeVisible();
  await target.dispatchEvent('drop', { dataTransfer: data });
  await expect(app.getByTestId('drop-overlay')).toBeHidden();
  const preview = new ImportPreview(app);
  await expect(preview.title()).toHaveValue(readabilityMetadata('guardian-1').title);
  await expect(preview.dialog()).toContainText('From whales.html');
});

test('Import from URL in the web host explains in one line how to import a page instead', async ({ app }) => {
  await app.getByRole('button', { name: 'Import from URL…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Import from URL' });
  await expect(dialog).toContainText('Importing from a URL needs the desktop app; in the browser, save the page and import the file.');
  await expect(dialog.getByRole('textbox')).toHaveCount(0);
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test.describe('with a Chinese interface', () => {
  test.use({ locale: 'zh-CN' });
  test('the preview speaks Chinese: reason chips, fields and buttons', async ({ app }) => {
    const preview = new ImportPreview(app);
    await preview.importFiles(SEED);
    await expect(preview.heading()).toHaveText('导入预览');
    await expect(preview.reasonOf('分享至')).toHaveText('分享栏');
    await expect(preview.reasonOf('热点推荐')).toHaveText('相关链接');
    await expect(preview.reasonOf(RESTORED)).toHaveText('免责声明');
    await expect(preview.dialog().getByRole('button', { name: '保存到文库' })).toBeVisible();
    await expect(preview.block('分享至').getByRole('button')).toHaveAccessibleName(/^恢复第 \d+ 段：分享至$/);
  });

  test('refusals speak Chinese, naming the file, one at a time and summed up; nothing is stored', async ({ app }, testInfo) => {
    const [empty] = badInputFiles(scratchDir());
    const preview = new ImportPreview(app);
    const refusals: [string, string][] = [
      [empty.path, 'empty.txt：文件是空的。'],
      [mhtmlFile('unexpected_eof.mhtml'), 'unexpected_eof.mhtml：MHTML 文件已损坏：文件在结束分隔符之前意外中断。'],
    ];
    for (const [path, message] of refusals) {
      await preview.importFiles(path);
      const toast = preview.toasts().locator('.toast-error').last();
      await expect(toast.locator('span')).toHaveText(message);
      await expect(preview.dialog()).toBeHidden();
      if (path === empty.path) await app.screenshot({ path: testInfo.outputPath('refusal-zh.png') });
      await toast.getByRole('button', { name: '关闭' }).click();
    }
    await preview.importFiles(refusals.map(([path]) => path));
    await expect(preview.toasts().locator('.toast-error').last().locator('span')).toHaveText(
      `已导入 0/2 个文件；2 个被拒绝：${refusals.map(([, message]) => message).join(' · ')}`,
    );
    await app.screenshot({ path: testInfo.outputPath('refusals-summed-zh.png') });
    await app.goto('/index.html#/library');
    await expect(app.getByRole('heading', { name: '文库还是空的' })).toBeVisible();
  });

  test('the notes of an import speak Chinese in the preview (a page declaring gb2312 over UTF-8)', async ({ app, consoleErrors }, testInfo) => {
    const preview = new ImportPreview(app);
    await preview.importFiles(readabilityPage('qq'));
    await expect(preview.title()).toHaveValue(readabilityMetadata('qq').title);
    const notes = preview.dialog().getByRole('region', { name: '导入提示' });
    await expect(notes.getByRole('listitem').first()).toHaveText('文件声明的字符集为 gb2312，但其字节实际是 UTF-8；已按 UTF-8 读取。');
    await expect(notes).toContainText(/有 \d+ 张远程图片未加载。/);
    await expect(notes).not.toContainText(/[A-Za-z]{4,} /);
    await notes.screenshot({ path: testInfo.outputPath('notes-zh.png') });
    await app.screenshot({ path: testInfo.outputPath('preview-notes-zh.png') });
    await preview.cancel();
    acceptBlockedCspReports(consoleErrors);
  });

  test('Import from URL in the desktop host says in Chinese why a page could not be fetched', async ({ app }) => {
    await installFakeDesktopBridge(app, [
      { match: 'slow.example', error: 'The page took longer than 30 s to arrive.', problem: { code: 'timeout', params: { seconds: 30 } } },
    ]);
    await app.reload();
    await app.getByRole('button', { name: '从网址导入…' }).click();
    const dialog = app.getByRole('dialog', { name: '从网址导入' });
    const address = dialog.getByRole('textbox', { name: '文章网址' });
    await address.fill('https://news.example/missing-story');
    await dialog.getByRole('button', { name: '获取并预览' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('无法获取网页：服务器返回了 404 Not Found。');
    await address.fill('https://slow.example/story');
    await dialog.getByRole('button', { name: '获取并预览' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('无法获取网页：网页超过 30 秒仍未传完。');
  });
});
