// Exports and packs end to end, in Chromium with the app's real IndexedDB: claims are made in the reader,
// files come back through real downloads and are read and parsed here; packs travel to a fresh profile
// through the file chooser; bad packs and foreign annotations are refused or listed, never half-stored.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseCsv, UTF8_BOM } from '../../src/core/exchange/csv';
import { CLAIM_SOURCES_CSV_COLUMNS, CLAIMS_CSV_COLUMNS } from '../../src/core/exchange/claims-csv';
import { ANNO_CONTEXT } from '../../src/core/exchange/web-annotation-model';
import { expect, test } from './fixtures';
import { ArticleExport, savedFile, TAG_KEY } from './models/ArticleExport';
import { ClaimSourcesSection } from './models/ClaimSourcesSection';
import { LibraryCatalog } from './models/LibraryCatalog';
import { LibraryScreen } from './models/LibraryScreen';
import { PackImport } from './models/PackImport';
import { SettingsScreen } from './models/SettingsScreen';
import { sharedPath } from '../shared-material';

const EN_TITLE = "Our Town Can't Afford to Lose Its Library";
const EN = {
  fact: 'The Public Libraries Act 1850 first allowed English boroughs to spend local taxes on free libraries',
  opinion: 'A library is the last truly public room a town has',
  unsupported: 'Every study shows that children who use libraries earn more as adults',
};
const ZH_TITLE = '高铁到了县城，年轻人就会回来吗？';
const ZH = {
  fact: '京沪高铁于2011年6月30日正式开通运营',
  unsupported: '只要通了高铁，县城的房价一年之内就会翻倍',
  opinion: '高铁只是一扇门，门外的路要靠县城自己去修',
};
const W3C_COLLECTION = sharedPath('corpora/w3c-web-annotation-tests/tools/samples/correct/collection1.json');

async function openSample(page: Page, title: RegExp): Promise<ArticleExport> {
  const library = new LibraryScreen(page);
  await library.open();
  await library.openSample(title);
  const article = new ArticleExport(page);
  await expect(article.reader()).toBeVisible();
  return article;
}

/** Row counts of the app's own database, read with the plain IndexedDB API. */
async function libraryCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('claimlens');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const count = (store: string) =>
      new Promise<number>((done) => {
        const request = db.transaction(store).objectStore(store).count();
        request.onsuccess = () => done(request.result);
      });
    const counts = { articles: await count('articles'), claims: await count('claims'), sources: await count('sources'), claimSources: await count('claimSources') };
    db.close();
    return counts;
  });
}

/** Resource URLs of a report that would load something from outside the file. */
async function externalResources(page: Page, html: string): Promise<string[]> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const found: string[] = [];
    for (const element of Array.from(doc.querySelectorAll('[src], link[href], use[href], image[href], [srcset], [poster]'))) {
      for (const name of ['src', 'href', 'srcset', 'poster']) {
        const value = element.getAttribute(name);
        if (value !== null && !/^(data:|#)/.test(value.trim())) found.push(`${element.tagName} ${name}=${value}`);
      }
    }
    for (const style of Array.from(doc.querySelectorAll('style'))) {
      for (const match of style.textContent!.matchAll(/url\(\s*['"]?([^'")]+)/g)) if (!/^(data:|#)/.test(match[1]!)) found.push(`url(${match[1]})`);
      if (/@import/.test(style.textContent!)) found.push('@import');
    }
    return found;
  }, html);
}

test('an annotated article exports as HTML, Markdown, CSV, W3C annotations and ClaimReview, and each reads back', async ({ app }) => {
  const article = await openSample(app, /Our Town Can't Afford/);
  await article.tagPassage(EN.fact, TAG_KEY.fact);
  await article.tagPassage(EN.opinion, TAG_KEY.opinion);
  await article.tagPassage(EN.unsupported, TAG_KEY.unsupported);

  const html = await article.exportReport('HTML');
  expect(html.name).toBe(`${EN_TITLE}-report.html`);
  expect(html.text).toContain(`<title>Claims report: ${EN_TITLE.replace("'", '&#39;')}</title>`);
  for (const quote of Object.values(EN)) expect(html.text).toContain(quote);
  expect(html.text).toContain('Claims in article order');
  expect(await externalResources(app, html.text)).toEqual([]);

  const markdown = await article.exportReport('Markdown');
  expect(markdown.name).toBe(`${EN_TITLE}-report.md`);
  expect(markdown.text).toMatch(/^# Claims report/m);
  for (const quote of Object.values(EN)) expect(markdown.text).toContain(quote);

  const csv = await article.exportDirect('CSV (claims and sources)');
  expect(csv.name).toBe(`${EN_TITLE}-claims-sources.csv`);
  expect(csv.text.startsWith(UTF8_BOM)).toBe(true);
  const rows = parseCsv(csv.text.slice(1));
  expect(rows[0]).toEqual([...CLAIM_SOURCES_CSV_COLUMNS]);
  const quoteColumn = rows[0]!.indexOf('quote');
  const tagColumn = rows[0]!.indexOf('tag');
  // No sources yet, so one row per claim, in article order.
  expect(rows.slice(1).map((row) => [row[tagColumn], row[quoteColumn]])).toEqual([
    ['opinion', EN.opinion],
    ['fact', EN.fact],
    ['unsupported', EN.unsupported],
  ]);

  const claimsOnly = await article.exportDirect('CSV (claims only)');
  expect(claimsOnly.name).toBe(`${EN_TITLE}-claims.csv`);
  const claimRows = parseCsv(claimsOnly.text.replace(/^\uFEFF/, ''));
  expect(claimRows[0]).toEqual([...CLAIMS_CSV_COLUMNS]);
  expect(claimRows).toHaveLength(4);

  const annotations = await article.exportDirect(/W3C annotations/);
  expect(annotations.name).toBe(`${EN_TITLE}-annotations.jsonld`);
  const collection = JSON.parse(annotations.text);
  expect(collection.type).toBe('AnnotationCollection');
  const items = collection.first.items as Array<Record<string, unknown> & { target: { selector: Array<{ type: string; exact?: string }> } }>;
  expect(items).toHaveLength(3);
  for (const item of items) {
    expect([item['@context']].flat()).toContain(ANNO_CONTEXT);
    expect(item.target.selector.map((s) => s.type).sort()).toEqual(['TextPositionSelector', 'TextQuoteSelector']);
  }
  expect(items.map((item) => item.target.selector.find((s) => s.type === 'TextQuoteSelector')!.exact).sort()).toEqual(Object.values(EN).sort());

  const reviews = await article.exportDirect(/ClaimReview/);
  expect(reviews.name).toBe(`${EN_TITLE}-claimreview.jsonld`);
  // ClaimReview covers fact claims that have sources; none has a source yet.
  expect(JSON.parse(reviews.text)).toEqual([]);
});

test('the report options leave out the tags not chosen, and exporting nothing is refused', async ({ app }) => {
  const article = await openSample(app, /Our Town Can't Afford/);
  await article.tagPassage(EN.fact, TAG_KEY.fact);
  await article.tagPassage(EN.opinion, TAG_KEY.opinion);
  const report = await article.exportReport('HTML', async (dialog) => {
    await dialog.getByRole('checkbox', { name: 'Opinion' }).uncheck();
  });
  expect(report.text).toContain(EN.fact);
  expect(report.text).not.toContain(EN.opinion);
  expect(report.text).toContain('Only these claims are included');

  await article.openMenu();
  await article.menuItem(/^HTML/).click();
  const dialog = article.optionsDialog();
  for (const name of ['Opinion', 'Fact', 'Unsupported']) await dialog.getByRole('checkbox', { name }).uncheck();
  await expect(dialog.getByRole('alert')).toHaveText('Choose at least one tag and one status.');
  await expect(dialog.getByRole('button', { name: /^Export$/ })).toBeDisabled();
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('PDF in the web host hands the self-contained report to the print dialog', async ({ app }) => {
  const article = await openSample(app, /Our Town Can't Afford/);
  await article.tagPassage(EN.fact, TAG_KEY.fact);
  // The browser's print dialog is an OS dialog; it is observed at the frame's print() call, not skipped.
  await app.evaluate(() => {
    const printed: string[] = [];
    (window as unknown as { printedReports: string[] }).printedReports = printed;
    const original = HTMLIFrameElement.prototype.addEventListener;
    HTMLIFrameElement.prototype.addEventListener = function (this: HTMLIFrameElement, ...args: Parameters<typeof original>) {
      if (args[0] === 'load' && this.contentWindow) this.contentWindow.print = () => printed.push(this.srcdoc);
      return original.apply(this, args);
    } as typeof original;
  });
  await article.openMenu();
  await article.menuItem('PDF report').click();
  await article.optionsDialog().getByRole('button', { name: /^Export$/ }).click();
  await expect(app.getByRole('status')).toContainText('The report is in the print dialog; choose “Save as PDF” there.');
  const printed = await app.evaluate(() => (window as unknown as { printedReports: string[] }).printedReports);
  expect(printed).toHaveLength(1);
  expect(printed[0]).toContain(EN.fact);
  expect(await externalResources(app, printed[0]!)).toEqual([]);
});

test('an article without claims still gets a valid report that says so', async ({ app }) => {
  const article = await openSample(app, /Our Town Can't Afford/);
  const report = await article.exportReport('HTML');
  expect(report.text).toMatch(/^<!doctype html>/i);
  expect(report.text).toContain('This article has no claims yet.');
  const markdown = await article.exportReport('Markdown');
  // Markdown escapes the full stop; the sentence is there all the same.
  expect(markdown.text).toContain('This article has no claims yet\\.');
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('Ctrl+E exports the Chinese sample’s report with Chinese labels and a Chinese file name', async ({ app }) => {
    const article = await openSample(app, /高铁到了县城/);
    await article.tagPassage(ZH.fact, TAG_KEY.fact);
    await article.tagPassage(ZH.unsupported, TAG_KEY.unsupported);
    await article.tagPassage(ZH.opinion, TAG_KEY.opinion);
    await app.keyboard.press('Control+e');
    const dialog = article.optionsDialog();
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('报告使用界面语言：简体中文。');
    const download = app.waitForEvent('download');
    await dialog.getByRole('button', { name: '导出' }).click();
    const html = await savedFile(await download);
    expect(html.name).toBe(`${ZH_TITLE}-report.html`);
    expect(html.text).toContain(`<html lang="zh-CN"`);
    for (const label of ['论断报告', '按文章顺序排列的论断', '概要', '图例', '观点', '事实', '无据断言']) expect(html.text).toContain(label);
    for (const quote of Object.values(ZH)) expect(html.text).toContain(quote);
    expect(await externalResources(app, html.text)).toEqual([]);
    await expect(app.getByRole('status')).toContainText(`已保存 ${ZH_TITLE}-report.html。`);
  });

  test('a bad pack is refused in Chinese, naming the file and the field, and nothing is stored', async ({ app }, testInfo) => {
    const article = await openSample(app, /高铁到了县城/);
    await article.tagPassage(ZH.fact, TAG_KEY.fact);
    const pack = await article.exportDirect(/导出标注包/);
    const bad = JSON.parse(pack.text);
    bad.claims[0].tag = 'rumour';
    const badPath = testInfo.outputPath('rumour-pack.json');
    writeFileSync(badPath, JSON.stringify(bad));
    const notPack = testInfo.outputPath('settings.json');
    writeFileSync(notPack, JSON.stringify({ format: 'something-else' }));

    await app.goto('/index.html#/library');
    const before = await libraryCounts(app);
    const packs = new PackImport(app);
    await packs.importFiles(badPath);
    await expect(packs.messages()).toContainText('标注包被拒绝（rumour-pack.json）：claims[0].tag 必须是以下之一：opinion, fact, unsupported。未保存任何内容。');
    await packs.importFiles(notPack);
    await expect(packs.messages()).toContainText('标注包被拒绝（settings.json）：format 必须是“claimlens-pack”；这不是 Claimlens 标注包。未保存任何内容。');
    expect(await libraryCounts(app)).toEqual(before);
  });
});

test.describe('in Chinese, with evidence', () => {
  test.use({ locale: 'zh-CN' });

  test('a claim with a source: the report lists it, the CSV pairs it, ClaimReview rates it', async ({ app }, testInfo) => {
    const article = await openSample(app, /高铁到了县城/);
    await article.tagPassage(ZH.fact, TAG_KEY.fact);
    await article.tagPassage(ZH.unsupported, TAG_KEY.unsupported);
    await article.tagPassage(ZH.opinion, TAG_KEY.opinion);
    await article.claimItems().filter({ hasText: ZH.fact }).getByRole('button').first().click();
    const sources = new ClaimSourcesSection(app);
    await sources.startAdding();
    await sources.paste('https://www.nra.gov.cn/jstj/202203/t20220305.html');
    await sources.fillDetails({ title: '2011年铁道统计公报', publisher: '国家铁路局', published: '2012-03-05', reliability: 'primary' });
    await sources.chooseStance('supports');
    await sources.submit();
    await expect(sources.linkedSources()).toHaveCount(1);

    const html = await article.exportReport('HTML');
    for (const text of ['2011年铁道统计公报', '国家铁路局', '一手来源', '有来源支持', ...Object.values(ZH)]) expect(html.text).toContain(text);
    expect(await externalResources(app, html.text)).toEqual([]);
    // Kept for looking at the report as a reader would (rendered to PDF and PNG outside the test).
    writeFileSync(testInfo.outputPath('chinese-report.html'), html.bytes);

    const csv = await article.exportDirect('CSV（论断及来源）');
    const rows = parseCsv(csv.text.replace(/^\uFEFF/, ''));
    const header = rows[0]!;
    const withSource = rows.slice(1).filter((row) => row[header.indexOf('source_url')] !== '');
    expect(withSource.map((row) => [row[header.indexOf('quote')], row[header.indexOf('stance')], row[header.indexOf('source_title')]])).toEqual([
      [ZH.fact, 'supports', '2011年铁道统计公报'],
    ]);
    expect(rows).toHaveLength(4);

    const reviews = JSON.parse((await article.exportDirect(/ClaimReview/)).text);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ '@type': 'ClaimReview', claimReviewed: ZH.fact, reviewRating: { alternateName: 'Supported by sources' } });
  });
});

test('the Export menu works from the keyboard: arrows, Home, End and Esc', async ({ app }) => {
  const article = await openSample(app, /Our Town Can't Afford/);
  await article.menuButton().focus();
  await app.keyboard.press('ArrowDown');
  await expect(article.menu()).toBeVisible();
  await expect(article.menuItem('HTML report')).toBeFocused();
  await app.keyboard.press('ArrowDown');
  await expect(article.menuItem('PDF report')).toBeFocused();
  await app.keyboard.press('End');
  await expect(article.menuItem('Import annotations…')).toBeFocused();
  await app.keyboard.press('ArrowDown');
  await expect(article.menuItem('HTML report')).toBeFocused();
  await app.keyboard.press('ArrowUp');
  await expect(article.menuItem('Import annotations…')).toBeFocused();
  await app.keyboard.press('Home');
  await expect(article.menuItem('HTML report')).toBeFocused();
  await expect(article.menu().getByRole('menuitem')).toHaveCount(9);
  await app.screenshot({ path: test.info().outputPath('export-menu-open.png') });
  await app.keyboard.press('Escape');
  await expect(article.menu()).toBeHidden();
  await expect(article.menuButton()).toBeFocused();
  // Enter on the button opens it too, and Enter on an item runs it.
  await app.keyboard.press('Enter');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('ArrowDown');
  await expect(article.menuItem('Markdown report')).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(article.optionsDialog().getByRole('radio', { name: 'Markdown report' })).toBeChecked();
});

test('a pack travels to a fresh profile: imported once with its claims, then nothing new', async ({ app, browser }, testInfo) => {
  const settings = new SettingsScreen(app);
  await settings.open();
  await settings.setAnnotator('李华');
  const article = await openSample(app, /高铁到了县城/);
  await article.tagPassage(ZH.fact, TAG_KEY.fact);
  await article.tagPassage(ZH.opinion, TAG_KEY.opinion);
  const pack = await article.exportDirect(/Export pack/);
  expect(pack.name).toBe(`${ZH_TITLE}-pack-李华.json`);
  const packJson = JSON.parse(pack.text);
  expect(packJson).toMatchObject({ format: 'claimlens-pack', annotator: '李华', article: { title: ZH_TITLE } });
  expect(packJson.claims).toHaveLength(2);
  const packPath = testInfo.outputPath(pack.name);
  writeFileSync(packPath, pack.bytes);

  // The teacher's machine: a new, empty profile.
  const context = await browser.newContext();
  const teacher = await context.newPage();
  const errors: string[] = [];
  teacher.on('pageerror', (error) => errors.push(error.message));
  await teacher.goto('/index.html#/library');
  const packs = new PackImport(teacher);
  await packs.importFiles(packPath);
  await expect(packs.messages()).toContainText(`Imported 2 claims by 李华 onto “${ZH_TITLE}”, which is now in the library.`);
  const imported = new ArticleExport(teacher);
  await expect(teacher.getByRole('heading', { level: 1 })).toHaveText(ZH_TITLE);
  await expect(imported.claimItems()).toHaveCount(2);
  await expect(imported.claimItems().filter({ hasText: ZH.fact })).toHaveCount(1);
  await expect(imported.claimItems().filter({ hasText: ZH.opinion })).toHaveCount(1);
  const afterFirst = await libraryCounts(teacher);
  expect(afterFirst).toMatchObject({ articles: 1, claims: 2 });

  await teacher.goto('/index.html#/library');
  await packs.importFiles(packPath);
  await expect(packs.messages()).toContainText('Nothing new: this pack was imported before.');
  expect(await libraryCounts(teacher)).toEqual(afterFirst);
  expect(errors).toEqual([]);
  await context.close();
});

test('a bad pack is refused naming the first offending field, and the library is unchanged', async ({ app }, testInfo) => {
  const article = await openSample(app, /Our Town Can't Afford/);
  await article.tagPassage(EN.fact, TAG_KEY.fact);
  const pack = await article.exportDirect(/Export pack/);
  const bad = JSON.parse(pack.text);
  bad.claims[0].tag = 'rumour';
  const badPath = testInfo.outputPath('rumour-pack.json');
  writeFileSync(badPath, JSON.stringify(bad, null, 2));

  await app.goto('/index.html#/library');
  const before = await libraryCounts(app);
  const packs = new PackImport(app);
  await packs.importFiles(badPath);
  await expect(packs.messages()).toContainText('Pack refused (rumour-pack.json): claims[0].tag must be one of opinion, fact, unsupported. Nothing was stored.');
  expect(await libraryCounts(app)).toEqual(before);

  // A pack whose text was edited after export fails its content hash, also before anything is stored.
  const edited = JSON.parse(pack.text);
  edited.article.text = edited.article.text.replace('library', 'LIBRARY');
  const editedPath = testInfo.outputPath('edited-pack.json');
  writeFileSync(editedPath, JSON.stringify(edited));
  await packs.importFiles(editedPath);
  await expect(packs.messages()).toContainText('Pack refused (edited-pack.json): article.text');
  expect(await libraryCounts(app)).toEqual(before);
});

test('the W3C suite’s correct annotations are listed as not placed on this article, not dropped', async ({ app }) => {
  const article = await openSample(app, /Our Town Can't Afford/);
  const before = await libraryCounts(app);
  const dialog = await article.importAnnotations(W3C_COLLECTION);
  await expect(dialog).toContainText('0 claims added to this article.');
  const listed = dialog.getByRole('listitem');
  const suite = JSON.parse(readFileSync(W3C_COLLECTION, 'utf8'));
  expect(await listed.count()).toBeGreaterThanOrEqual(4);
  for (const id of ['http://example.org/anno26', 'http://example.org/anno32']) {
    await expect(listed.filter({ hasText: id })).toContainText('its passage is not in this article’s text');
  }
  for (const id of ['http://example.org/anno27', 'http://example.org/anno41']) {
    await expect(listed.filter({ hasText: id })).toContainText('it gives only a position, in another document');
  }
  expect(suite.type).toBe('AnnotationCollection');
  expect(await libraryCounts(app)).toEqual(before);
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  await expect(dialog).toBeHidden();
});

test('annotations exported from one article import onto the same text as claims, once', async ({ app }, testInfo) => {
  const article = await openSample(app, /Our Town Can't Afford/);
  await article.tagPassage(EN.fact, TAG_KEY.fact);
  await article.tagPassage(EN.unsupported, TAG_KEY.unsupported);
  const exported = await article.exportDirect(/W3C annotations/);
  const path = testInfo.outputPath(exported.name);
  writeFileSync(path, exported.bytes);
  const dialog = await article.importAnnotations(path);
  await expect(dialog).toContainText('0 claims added to this article.');
  await expect(dialog).toContainText('2 annotations were already here as claims.');
  await expect(dialog).toContainText('Every annotation in the file was imported.');
  await expect(article.claimItems()).toHaveCount(2);
});

test('when several annotators marked the article, the pack holds the one chosen', async ({ app }) => {
  const settings = new SettingsScreen(app);
  await settings.open();
  await settings.setAnnotator('Ana');
  const article = await openSample(app, /Our Town Can't Afford/);
  await article.tagPassage(EN.fact, TAG_KEY.fact);
  await settings.open();
  await settings.setAnnotator('Ben');
  await app.goBack();
  await expect(article.reader()).toBeVisible();
  await article.tagPassage(EN.opinion, TAG_KEY.opinion);
  await article.tagPassage(EN.unsupported, TAG_KEY.unsupported);

  await article.openMenu();
  await article.menuItem(/Export pack/).click();
  const chooser = app.getByRole('dialog', { name: 'Export pack' });
  await expect(chooser.getByRole('radio', { name: 'Ben (claims: 2)' })).toBeChecked();
  await chooser.getByRole('radio', { name: 'Ana (claims: 1)' }).check();
  const download = app.waitForEvent('download');
  await chooser.getByRole('button', { name: 'Export pack' }).click();
  const pack = await savedFile(await download);
  expect(pack.name).toBe(`${EN_TITLE}-pack-Ana.json`);
  const parsed = JSON.parse(pack.text);
  expect(parsed.annotator).toBe('Ana');
  expect(parsed.claims.map((claim: { selectors: { quote: { exact: string } } }) => claim.selectors.quote.exact)).toEqual([EN.fact]);
});

test('a collection exports its articles together: one CSV and one report for the whole workshop', async ({ app }) => {
  const english = await openSample(app, /Our Town Can't Afford/);
  await english.tagPassage(EN.fact, TAG_KEY.fact);
  const chinese = await openSample(app, /高铁到了县城/);
  await chinese.tagPassage(ZH.unsupported, TAG_KEY.unsupported);
  const library = new LibraryCatalog(app);
  await library.open();
  await library.createCollection('Week 3 workshop');
  await library.showPlace('All articles');
  await library.select(EN_TITLE);
  await library.select(ZH_TITLE);
  await library.addSelectedTo('Week 3 workshop');
  await library.showPlace('Week 3 workshop');

  const exportButton = app.getByRole('button', { name: 'Export collection' });
  const menu = app.getByRole('menu', { name: 'Export this collection' });
  await exportButton.click();
  let download = app.waitForEvent('download');
  await menu.getByRole('menuitem', { name: 'CSV (claims only)' }).click();
  const csv = await savedFile(await download);
  expect(csv.name).toBe('Week 3 workshop-claims.csv');
  const rows = parseCsv(csv.text.replace(/^\uFEFF/, ''));
  const quote = rows[0]!.indexOf('quote');
  expect(rows.slice(1).map((row) => row[quote]).sort()).toEqual([EN.fact, ZH.unsupported].sort());

  await exportButton.click();
  await menu.getByRole('menuitem', { name: 'HTML report' }).click();
  download = app.waitForEvent('download');
  await app.getByRole('dialog', { name: 'Export report' }).getByRole('button', { name: /^Export$/ }).click();
  const report = await savedFile(await download);
  expect(report.name).toBe('Week 3 workshop-report.html');
  for (const text of ['Articles in this report', EN.fact, ZH.unsupported, ZH_TITLE]) expect(report.text).toContain(text);
});
