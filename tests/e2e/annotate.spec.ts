// Reading and annotating the Chinese seed article: importing it through the app, tagging claims with the
// mouse and with the keyboard only, overlaps, the Claims panel, undo and redo, orphans, reloads, and an
// accessibility check of the Library and Article screens.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ArticleScreen } from './models/ArticleScreen';
import { LibraryScreen } from './models/LibraryScreen';
import { SEED_PATH } from '../shared-material';

const SEED_TEXT = readFileSync(SEED_PATH, 'utf8');

const FACT = '9月,哈萨克斯坦与美国达成协议,将在未来十年斥资40亿美元采购美国机车';
const OPINION = '这种基于共同发展的深厚合作基础,是任何外部力量都难以轻易撼动的';
const UNSUPPORTED = '一旦成型,将彻底改变欧亚大陆的贸易版图,极大削弱莫斯科的战略地位';
/** Overlaps the opinion claim: the sentence before it and the opinion's first words. */
const OVERLAPPING = '中国的投资深度融入了中亚的经济肌体。这种基于共同发展的深厚合作基础';

const COLOURS = {
  opinion: { color: 'rgb(0, 114, 178)', style: 'solid' },
  fact: { color: 'rgb(0, 158, 115)', style: 'double' },
  unsupported: { color: 'rgb(213, 94, 0)', style: 'wavy' },
};

test.beforeAll(() => {
  // The quotes are the seed file's own text (its commas are ASCII), so the test fails loudly if the
  // fixture changes rather than testing something else.
  for (const quote of [FACT, OPINION, UNSUPPORTED, OVERLAPPING]) expect(SEED_TEXT).toContain(quote);
});

/** Imports the real seed file through the Import button's file chooser. */
async function importSeed(page: Page): Promise<ArticleScreen> {
  const library = new LibraryScreen(page);
  await library.open();
  await expect(library.heading()).toBeVisible();
  const article = new ArticleScreen(page);
  await article.openByImport(SEED_PATH);
  await expect(article.reader()).toContainText('当中亚五国元首相继飞抵华盛顿');
  return article;
}

async function expectLook(article: ArticleScreen, text: string, tag: keyof typeof COLOURS) {
  // Polled: a retag or new claim is written, then painted, after the key press that made it.
  await expect.poll(async () => {
    const look = await article.markLook(text);
    return { tag: look.tag, color: look.color, style: look.style };
  }).toEqual({ tag, color: COLOURS[tag].color, style: COLOURS[tag].style });
}

test('the reader shows the seed article block by block, with the caption text and no image text', async ({ app }) => {
  const article = await importSeed(app);
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('亚洲五国元首飞抵美国,特朗普将借这个机会,好好给中俄上眼药?');
  await expect(article.reader().locator('figure figcaption').first()).toHaveText('托卡耶夫9月下旬会见特朗普');
  // One element per block, and the reader's text is exactly the stored article text every claim
  // anchors to (blocks joined by a blank line).
  const readerText = await article.reader().evaluate((root) => Array.from(root.children, (child) => child.textContent).join('\n\n'));
  const storedText = await app.evaluate(
    () =>
      new Promise<string>((done, fail) => {
        const request = indexedDB.open('claimlens');
        request.onerror = () => fail(request.error);
        request.onsuccess = () => {
          const get = request.result.transaction('articles').objectStore('articles').getAll();
          get.onsuccess = () => done((get.result as { text: string }[])[0]!.text);
        };
      }),
  );
  expect(readerText).toBe(storedText);
  for (const paragraph of ['对美国而言,中亚的战略价值正处于历史高点。', FACT, UNSUPPORTED, OPINION]) expect(readerText).toContain(paragraph);
  expect(readerText).not.toContain('网易首页');
  await expect(article.claimsPanel().getByText('No claims yet. Select a passage and press 1, 2 or 3.')).toBeVisible();
});

test('tagging with the mouse: three claims and an overlap, kept across a reload with their colours', async ({ app }) => {
  const article = await importSeed(app);

  await article.dragSelect(FACT);
  await expect(article.toolbar()).toBeVisible();
  await article.tagWithToolbar('Fact');
  await expect(article.marks().filter({ hasText: FACT })).toHaveCount(1);
  await expectLook(article, FACT, 'fact');

  await article.dragSelect(OPINION);
  await article.tagWithToolbar('Opinion');
  await article.dragSelect(UNSUPPORTED);
  await article.tagWithToolbar('Unsupported');
  await article.dragSelect(OVERLAPPING);
  // The buttons keep the selection: pressing one does not clear it before it is read.
  await article.tagWithToolbar('Fact');

  await expect(article.claimItems()).toHaveCount(4);
  const overlap = article.marks().filter({ hasText: '这种基于共同发展的深厚合作基础' }).first();
  await expect(overlap).toHaveAttribute('data-overlap', '2');

  await article.reloadWhenSaved();
  await expect(article.claimItems()).toHaveCount(4);
  await expectLook(article, FACT, 'fact');
  await expectLook(article, UNSUPPORTED, 'unsupported');
  await expectLook(article, '是任何外部力量都难以轻易撼动的', 'opinion');
  await expectLook(article, '中国的投资深度融入了中亚的经济肌体。', 'fact');
  await expect(overlap).toHaveAttribute('data-overlap', '2');
  // The panel lists them in article order with their tags and whole quotes.
  await expect(article.claimItems().nth(0)).toContainText('Fact');
  await expect(article.claimItems().nth(0)).toContainText(FACT);
  await expect(article.claimItems().nth(1)).toContainText('Unsupported');
  await expect(article.claimItems().nth(1)).toContainText(UNSUPPORTED);
  await expect(article.claimItems().nth(2)).toContainText(OVERLAPPING);
  await expect(article.claimItems().nth(3)).toContainText('Opinion');
  await expect(article.claimItems().nth(3)).toContainText(OPINION);
  const counts = article.claimsPanel().getByRole('group', { name: 'Filter by tag' });
  await expect(counts.getByRole('button', { name: 'Fact 2', exact: true })).toBeVisible();
  await expect(counts.getByRole('button', { name: 'Opinion 1', exact: true })).toBeVisible();

  // The counts filter the list.
  await counts.getByRole('button', { name: 'Fact 2', exact: true }).click();
  await expect(article.claimItems()).toHaveCount(2);
  await counts.getByRole('button', { name: 'Fact 2', exact: true }).click();
  await expect(article.claimItems()).toHaveCount(4);

  // Clicking the overlap offers both claims; choosing one opens it in the panel.
  await overlap.click();
  const menu = app.getByRole('menu', { name: 'Claims on this passage' });
  await expect(menu.getByRole('menuitem')).toHaveCount(2);
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(article.claimItem(OPINION)).toHaveAttribute('aria-expanded', 'true');
});

test('tagging with the keyboard only, then working through the Claims panel by keyboard', async ({ app }) => {
  const library = new LibraryScreen(app);
  await library.open();
  await expect(library.heading()).toBeVisible();
  const article = new ArticleScreen(app);
  await article.openByImportWithKeyboard(SEED_PATH);
  await expect(article.reader()).toContainText('当中亚五国元首相继飞抵华盛顿');

  // Tab from the top of the page until the reader has focus.
  for (let i = 0; i < 20 && !(await article.reader().evaluate((root) => root === document.activeElement)); i += 1) {
    await app.keyboard.press('Tab');
  }
  await expect(article.reader()).toBeFocused();

  /** Presses ] until the selected sentence starts like `quote`. */
  async function selectSentenceStartingWith(quote: string): Promise<string> {
    for (let i = 0; i < 60; i += 1) {
      await app.keyboard.press(']');
      const selected = await article.selectedText();
      if (selected.startsWith(quote.slice(0, 8))) return selected;
    }
    throw new Error(`no sentence starts with ${quote}`);
  }
  async function trimEnd(by: number) {
    for (let i = 0; i < by; i += 1) await app.keyboard.press('Shift+ArrowLeft');
  }

  const factSentence = await selectSentenceStartingWith(FACT);
  await trimEnd(factSentence.length - FACT.length);
  expect(await article.selectedText()).toBe(FACT);
  await expect(article.toolbar()).toBeVisible();
  await app.keyboard.press('2');
  await expect(article.marks().filter({ hasText: FACT })).toHaveCount(1);

  const unsupportedSentence = await selectSentenceStartingWith(UNSUPPORTED);
  await trimEnd(unsupportedSentence.length - UNSUPPORTED.length);
  await app.keyboard.press('3');

  // The overlap first: the sentence before the opinion, extended by a sentence, then trimmed back.
  const before = await selectSentenceStartingWith('从横贯中亚的公路铁路网络');
  expect(before.endsWith('中国的投资深度融入了中亚的经济肌体。')).toBe(true);
  await app.keyboard.press('Shift+Alt+ArrowDown');
  const extended = await article.selectedText();
  expect(extended.endsWith(OPINION + '。')).toBe(true);
  await trimEnd(OPINION.length + 1 - '这种基于共同发展的深厚合作基础'.length);
  expect((await article.selectedText()).endsWith(OVERLAPPING)).toBe(true);
  await app.keyboard.press('1');

  // [ goes back a sentence from the place after the last claim, ] forward again to the opinion.
  await app.keyboard.press('[');
  expect((await article.selectedText()).endsWith('中国的投资深度融入了中亚的经济肌体。')).toBe(true);
  await app.keyboard.press(']');
  const opinionSentence = await article.selectedText();
  expect(opinionSentence).toBe(OPINION + '。');
  await trimEnd(opinionSentence.length - OPINION.length);
  expect(await article.selectedText()).toBe(OPINION);
  await app.keyboard.press('1');

  await expect(article.claimItems()).toHaveCount(4);
  await expectLook(article, FACT, 'fact');
  await expectLook(article, UNSUPPORTED, 'unsupported');
  await expectLook(article, '是任何外部力量都难以轻易撼动的', 'opinion');

  // Into the Claims panel: Tab reaches the list, J/K move, Enter opens, a tag button retags.
  for (let i = 0; i < 20 && !(await article.claimItems().first().evaluate((item) => item === document.activeElement)); i += 1) {
    await app.keyboard.press('Tab');
  }
  await expect(article.claimItems().first()).toBeFocused();
  await app.keyboard.press('j');
  await expect(article.claimItems().nth(1)).toBeFocused();
  await app.keyboard.press('k');
  await app.keyboard.press('Enter');
  await expect(article.claimItems().first()).toHaveAttribute('aria-expanded', 'true');
  // The detail's tag buttons follow the item: Opinion, Fact, Unsupported.
  for (let i = 0; i < 3; i += 1) await app.keyboard.press('Tab');
  await expect(app.getByRole('group', { name: 'Tag', exact: true }).getByRole('button', { name: 'Unsupported' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expectLook(article, FACT, 'unsupported');

  await article.reloadWhenSaved();
  await expect(article.claimItems()).toHaveCount(4);
  await expectLook(article, FACT, 'unsupported');
});

test('retag, note, delete, undo and redo, each kept across a reload', async ({ app }) => {
  const article = await importSeed(app);
  await article.dragSelect(FACT);
  await article.tagWithToolbar('Fact');

  // Clicking the highlight opens the claim in the panel.
  await article.marks().filter({ hasText: FACT }).click();
  const item = article.claimItem(FACT);
  await expect(item).toHaveAttribute('aria-expanded', 'true');
  const detail = article.claimsPanel().getByRole('group', { name: 'Claim' });
  await detail.getByRole('group', { name: 'Tag', exact: true }).getByRole('button', { name: 'Opinion' }).click();
  await expectLook(article, FACT, 'opinion');

  const note = detail.getByLabel('Note');
  await note.fill('四十亿美元的数字需要核实');
  await note.blur();
  await expect(item).toContainText('四十亿美元的数字需要核实');
  await expect(detail.getByText('Note saved.')).toBeVisible();

  await article.reloadWhenSaved();
  await expectLook(article, FACT, 'opinion');
  await expect(article.claimItem(FACT)).toContainText('四十亿美元的数字需要核实');

  // Undo history is for this visit; these steps happen after the reload.
  await article.claimItem(FACT).focus();
  await app.keyboard.press('Delete');
  await expect(article.claimItems()).toHaveCount(0);
  await expect(article.marks()).toHaveCount(0);
  await expect(app.getByText(/^Claim deleted\. Undo with Ctrl\+Z\.$/)).toBeVisible();

  await app.keyboard.press('Control+Z');
  await expect(article.claimItems()).toHaveCount(1);
  await expectLook(article, FACT, 'opinion');
  await expect(article.claimItem(FACT)).toContainText('四十亿美元的数字需要核实');

  await app.keyboard.press('Control+Shift+Z');
  await expect(article.claimItems()).toHaveCount(0);
  await app.keyboard.press('Control+Z');
  await expect(article.claimItems()).toHaveCount(1);

  // Retag and undo it: the colour goes back.
  await article.claimItem(FACT).click();
  await article.claimsPanel().getByRole('group', { name: 'Tag', exact: true }).getByRole('button', { name: 'Unsupported' }).click();
  await expectLook(article, FACT, 'unsupported');
  await article.reader().focus();
  await app.keyboard.press('Control+Z');
  await expectLook(article, FACT, 'opinion');

  await article.reloadWhenSaved();
  await expect(article.claimItems()).toHaveCount(1);
  await expectLook(article, FACT, 'opinion');
});

test('the toolbar: a note written before choosing the tag, and Esc closing it', async ({ app }) => {
  const article = await importSeed(app);
  await article.dragSelect(UNSUPPORTED);
  await app.keyboard.press('Escape');
  await expect(article.toolbar()).toBeHidden();
  expect(await article.selectedText()).toBe('');

  await article.dragSelect(UNSUPPORTED);
  await article.toolbar().getByRole('button', { name: 'Note', exact: true }).click();
  const note = article.toolbar().getByLabel('Note');
  await expect(note).toBeFocused();
  await note.fill('“彻底改变”没有给出任何依据');
  await article.tagWithToolbar('Unsupported');
  await expect(article.claimItem(UNSUPPORTED)).toContainText('“彻底改变”没有给出任何依据');
  await expectLook(article, UNSUPPORTED, 'unsupported');
  await article.reloadWhenSaved();
  await expect(article.claimItem(UNSUPPORTED)).toContainText('“彻底改变”没有给出任何依据');
});

test('the claim route opens the article at that claim', async ({ app }) => {
  const article = await importSeed(app);
  await article.dragSelect(OPINION);
  await article.tagWithToolbar('Opinion');
  const claimId = await article.marks().first().getAttribute('data-claim-ids');
  const articleUrl = app.url();
  await app.goto('/index.html#/library');
  await app.goto(`${articleUrl}/claim/${claimId}`);
  await expect(article.claimItem(OPINION)).toHaveAttribute('aria-expanded', 'true');
  await expect(article.marks().first()).toBeInViewport();
});

test('a claim that no longer matches the text is listed as orphaned and can be re-attached', async ({ app }) => {
  const article = await importSeed(app);
  await article.dragSelect(UNSUPPORTED);
  await article.tagWithToolbar('Unsupported');
  await expect(article.claimItems()).toHaveCount(1);
  await article.expectAllSaved();

  // What a changed article text does to a claim: its quote is found nowhere any more.
  await app.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const request = indexedDB.open('claimlens');
        request.onsuccess = () => {
          const tx = request.result.transaction('claims', 'readwrite');
          const claims = tx.objectStore('claims');
          claims.getAll().onsuccess = (event) => {
            for (const claim of (event.target as IDBRequest).result) {
              claim.selectors.quote.exact = '这句话已经从文章里删掉了,再也找不到了';
              claims.put(claim);
            }
          };
          tx.oncomplete = () => done();
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
  await article.reloadWhenSaved();
  const orphans = article.claimsPanel().getByRole('region', { name: /Orphaned/ });
  await expect(orphans).toContainText('这句话已经从文章里删掉了,再也找不到了');
  await expect(article.claimItems()).toHaveCount(0);
  await expect(article.marks()).toHaveCount(0);

  await orphans.getByRole('button', { name: 'Re-attach…' }).click();
  await article.dragSelect(UNSUPPORTED);
  await article.toolbar().getByRole('button', { name: 'Re-attach here' }).click();
  await expect(article.claimItems()).toHaveCount(1);
  await expectLook(article, UNSUPPORTED, 'unsupported');
  await expect(orphans).toBeHidden();
  await article.reloadWhenSaved();
  await expectLook(article, UNSUPPORTED, 'unsupported');
});

test('the Library and Article screens have no serious or critical accessibility violations', async ({ app }) => {
  const article = await importSeed(app);
  await article.dragSelect(FACT);
  await article.tagWithToolbar('Fact');
  await article.dragSelect(OVERLAPPING);
  await article.tagWithToolbar('Opinion');
  await article.claimItem(FACT).click();
  await article.dragSelect(UNSUPPORTED);
  await expect(article.toolbar()).toBeVisible();

  const serious = async () =>
    (await new AxeBuilder({ page: app }).analyze()).violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(await serious()).toEqual([]);

  await app.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(/Library/);
  expect(await serious()).toEqual([]);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });
  test('the toolbar and panel speak Chinese and tag with 事实', async ({ app }) => {
    const article = await importSeed(app);
    await article.dragSelect(FACT);
    await expect(article.toolbar().getByRole('button', { name: '观点', exact: true })).toBeVisible();
    await expect(article.toolbar().getByRole('button', { name: '无依据', exact: true })).toBeVisible();
    await article.tagWithToolbar('事实');
    await expectLook(article, FACT, 'fact');
    await expect(article.claimItem(FACT)).toContainText('事实');
  });
});
