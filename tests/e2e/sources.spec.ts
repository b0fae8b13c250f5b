// Evidence end to end: sources attached to claims tagged in the Chinese sample, their stances and the
// claim status, reuse and deduplication, the Sources screen (merge, delete), drafts and bad links.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ArticleScreen } from './models/ArticleScreen';
import { ClaimSourcesSection } from './models/ClaimSourcesSection';
import { installFakeDesktopBridge, openedExternally } from './models/FakeDesktopBridge';
import { LibraryScreen } from './models/LibraryScreen';
import { SourcesScreen } from './models/SourcesScreen';
import { expect, test } from './fixtures';
import { sharedPath } from '../shared-material';

const RAIL_OPENED = '京沪高铁于2011年6月30日正式开通运营';
const NETWORK_LENGTH = '全国高铁营业里程已经超过4.5万公里';
const REPORT_URL = 'https://www.nra.gov.cn/jstj/202203/t20220305.html?utm_source=weibo#top';
const REPORT_TITLE = '2011年铁道统计公报';

/** Opens the Chinese sample and tags two passages as facts through the reader's toolbar. */
async function tagTwoFacts(app: Page, factLabel = 'Fact'): Promise<ArticleScreen> {
  await new LibraryScreen(app).openSample(/高铁到了县城/);
  const article = new ArticleScreen(app);
  for (const quote of [RAIL_OPENED, NETWORK_LENGTH]) {
    await article.dragSelect(quote);
    await article.tagWithToolbar(factLabel);
  }
  await expect(article.claimItems()).toHaveCount(2);
  return article;
}

/** Accessibility rule violations inside `selector`, as rule ids. */
async function axeViolations(app: Page, selector: string): Promise<string[]> {
  const result = await new AxeBuilder({ page: app }).include(selector).analyze();
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function openClaim(article: ArticleScreen, quote: string): Promise<void> {
  const item = article.claimItem(quote);
  if ((await item.getAttribute('aria-expanded')) !== 'true') await item.click();
  await expect(item).toHaveAttribute('aria-expanded', 'true');
}

test('a source added to one claim is reused on another; stances set the status; all of it survives a reload', async ({ app }) => {
  const article = await tagTwoFacts(app);
  const sources = new ClaimSourcesSection(app);

  await openClaim(article, RAIL_OPENED);
  await expect(sources.status()).toHaveText(/No evidence · 0 sources/);
  await sources.startAdding();
  await expect(sources.form().getByText('In the browser version pages cannot be fetched: fill in the details yourself.')).toBeVisible();
  await sources.paste(REPORT_URL);
  await expect(sources.field(/^Link \(URL\)$/)).toHaveValue(REPORT_URL);
  await sources.fillDetails({ title: REPORT_TITLE, publisher: '国家铁路局', published: '2012-03-05', reliability: 'primary' });
  await sources.chooseStance('supports');
  await sources.submit();
  await expect(app.getByRole('status').filter({ hasText: `Added “${REPORT_TITLE}” to the claim.` })).toBeVisible();
  await expect(sources.status()).toHaveText(/Supported · 1 source$/);
  await expect(sources.linkedSource(REPORT_TITLE)).toContainText('国家铁路局 · 2012-03-05');
  await expect(sources.linkedSource(REPORT_TITLE)).toContainText('Primary source');

  await openClaim(article, NETWORK_LENGTH);
  await expect(sources.status()).toHaveText(/No evidence/);
  await sources.startAdding();
  await sources.pickExisting('铁道统计', new RegExp(REPORT_TITLE));
  await sources.chooseStance('supports');
  await sources.submit();
  await expect(sources.status()).toHaveText(/Supported · 1 source$/);

  // A citation without a link is a source too; this one contradicts, so the claim is contested.
  await sources.startAdding();
  await sources.paste('《中国铁路年鉴》，中国铁道出版社，2012年');
  await expect(sources.field(/^Title$/)).toHaveValue('中国铁路年鉴');
  await expect(sources.field(/^Publisher or site$/)).toHaveValue('中国铁道出版社');
  await sources.chooseStance('contradicts');
  await sources.submit();
  await expect(sources.status()).toHaveText(/Contested · 2 sources$/);

  // Changing a stance changes the status at once.
  await sources.setStance('中国铁路年鉴', 'context');
  await expect(sources.status()).toHaveText(/Supported · 2 sources$/);
  await sources.setStance('中国铁路年鉴', 'contradicts');
  await expect(sources.status()).toHaveText(/Contested · 2 sources$/);
  await app.screenshot({ path: test.info().outputPath('claim-sources-en.png') });
  expect(await axeViolations(app, '.claim-sources')).toEqual([]);
  await sources.startAdding();
  expect(await axeViolations(app, '.claim-sources')).toEqual([]);
  await sources.form().getByRole('button', { name: 'Discard' }).click();

  await app.reload();
  await openClaim(article, NETWORK_LENGTH);
  await expect(sources.status()).toHaveText(/Contested · 2 sources$/);
  await expect(sources.linkedSource('中国铁路年鉴').getByRole('combobox')).toHaveValue('contradicts');
  await expect(sources.linkedSource(REPORT_TITLE).getByRole('combobox')).toHaveValue('supports');
  await openClaim(article, RAIL_OPENED);
  await expect(sources.status()).toHaveText(/Supported · 1 source$/);

  const screen = new SourcesScreen(app);
  await screen.open();
  await expect(screen.heading()).toHaveText('Sources');
  await expect(screen.cards()).toHaveCount(2);
  const report = screen.card(REPORT_TITLE);
  await expect(report).toContainText('Used by 2 claims');
  await app.screenshot({ path: test.info().outputPath('sources-view-en.png'), fullPage: true });
  expect(await axeViolations(app, 'main')).toEqual([]);
  await report.getByRole('link', { name: new RegExp(NETWORK_LENGTH) }).click();
  await expect(app).toHaveURL(/#\/article\/[^/]+\/claim\/[^/]+$/);
  await expect(article.claimItem(NETWORK_LENGTH)).toHaveAttribute('aria-expanded', 'true');
});

test('pasting a link already in the library uses that source instead of adding it again', async ({ app }) => {
  const article = await tagTwoFacts(app);
  const sources = new ClaimSourcesSection(app);
  await openClaim(article, RAIL_OPENED);
  await sources.startAdding();
  await sources.paste(REPORT_URL);
  await sources.fillDetails({ title: REPORT_TITLE });
  await sources.submit();

  await openClaim(article, NETWORK_LENGTH);
  await sources.startAdding();
  // Same page: upper-case host, trailing slash, a different tracking parameter and no fragment.
  await sources.paste('HTTPS://WWW.NRA.GOV.CN/jstj/202203/t20220305.html/?fbclid=IwAR0x');
  await expect(sources.form().getByText(`This link is already in your sources as “${REPORT_TITLE}”. That source will be used; it is not added twice.`)).toBeVisible();
  await sources.chooseStance('contradicts');
  await sources.submit();
  await expect(sources.status()).toHaveText(/Contested · 1 source$/);

  const screen = new SourcesScreen(app);
  await screen.open();
  await expect(screen.cards()).toHaveCount(1);
  await expect(screen.card(REPORT_TITLE)).toContainText('Used by 2 claims');
});

test('two duplicate sources are merged in the Sources view, and a source in use is deleted only after a warning', async ({ app }) => {
  const article = await tagTwoFacts(app);
  const sources = new ClaimSourcesSection(app);
  await openClaim(article, RAIL_OPENED);
  await sources.startAdding();
  await sources.paste('《中国铁路年鉴》，中国铁道出版社，2012年');
  await sources.submit();
  await openClaim(article, NETWORK_LENGTH);
  await sources.startAdding();
  await sources.paste('中国铁路年鉴. 中国铁道出版社, 2012');
  await sources.chooseStance('context');
  await sources.submit();

  const screen = new SourcesScreen(app);
  await screen.open();
  await expect(screen.cards()).toHaveCount(2);
  await expect(screen.cards().first()).toContainText('Possible duplicate of “中国铁路年鉴”');

  await screen.startMerge(screen.cards().first(), '中国铁路年鉴 · 中国铁道出版社 · 2012');
  const dialog = screen.mergeDialog();
  await expect(dialog).toContainText('1 claim link moves to “中国铁路年鉴”.');
  await expect(dialog).toContainText('“中国铁路年鉴” is then removed from your sources.');
  await app.screenshot({ path: test.info().outputPath('merge-dialog-en.png') });
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(screen.cards()).toHaveCount(1);
  await expect(screen.cards().first()).toContainText('Used by 2 claims');
  await expect(screen.cards().first()).not.toContainText('Possible duplicate');

  await app.reload();
  await expect(screen.cards()).toHaveCount(1);
  await expect(screen.cards().first()).toContainText('Used by 2 claims');

  await screen.startDelete(screen.cards().first());
  const warning = screen.deleteDialog();
  await expect(warning).toContainText('Delete “中国铁路年鉴” from your sources?');
  await expect(warning).toContainText('These claims lose it:');
  await expect(warning.getByRole('listitem')).toHaveCount(2);
  await expect(warning).toContainText(RAIL_OPENED);
  await expect(warning).toContainText(NETWORK_LENGTH);
  await warning.getByRole('button', { name: 'Cancel' }).click();
  await expect(screen.cards()).toHaveCount(1);

  await screen.startDelete(screen.cards().first());
  await screen.deleteDialog().getByRole('button', { name: 'Delete source' }).click();
  await expect(app.getByText('No sources yet. Open a claim in an article and choose “Add source”.')).toBeVisible();
  await app.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
  await new LibraryScreen(app).articleLink(/高铁到了县城/).click();
  await openClaim(article, RAIL_OPENED);
  await expect(sources.status()).toHaveText(/No evidence · 0 sources/);
});

test('a javascript: link is refused with a message that names the problem, and nothing is stored', async ({ app }) => {
  const article = await tagTwoFacts(app);
  const sources = new ClaimSourcesSection(app);
  await openClaim(article, RAIL_OPENED);
  await sources.startAdding();
  await sources.paste('javascript:alert(1)');
  await expect(sources.form().getByRole('alert')).toHaveText('Links starting with “javascript:” are not accepted; only http, https and mailto links are.');
  await expect(sources.pasteBox()).toHaveValue('javascript:alert(1)');
  await expect(sources.field(/^Link \(URL\)$/)).toHaveValue('');

  // Typed straight into the link field, a data: URL is refused when saving.
  await sources.field(/^Link \(URL\)$/).fill('data:text/html,<script>alert(1)</script>');
  await sources.fillDetails({ title: 'Not a page' });
  await sources.submit();
  await expect(sources.field(/^Link \(URL\)$/)).toHaveAttribute('aria-invalid', 'true');
  await expect(sources.form()).toContainText('Links starting with “data:” are not accepted; only http, https and mailto links are.');
  await expect(sources.form().getByRole('alert').filter({ hasText: 'Please fix the marked fields.' })).toBeVisible();
  await expect(sources.status()).toHaveText(/No evidence · 0 sources/);

  await new SourcesScreen(app).open();
  await expect(app.getByText('No sources yet. Open a claim in an article and choose “Add source”.')).toBeVisible();
});

test('a half-typed source survives the claim being closed, and Discard forgets it', async ({ app }) => {
  const article = await tagTwoFacts(app);
  const sources = new ClaimSourcesSection(app);
  await openClaim(article, RAIL_OPENED);
  await sources.startAdding();
  // Typed key by key: letters and digits that are reader shortcuts elsewhere stay in the field.
  await sources.field(/^Title$/).pressSequentially('县政府工作报告 1 2 n j k');
  await sources.field(/^Title$/).press('Backspace');
  await sources.field(/^Title$/).press('Control+z');
  await expect(article.claimItems()).toHaveCount(2);
  await expect(article.claimItem(RAIL_OPENED)).toHaveAttribute('aria-expanded', 'true');
  await sources.fillDetails({ title: '县政府工作报告', publisher: '县人民政府' });
  await sources.form().getByLabel(/^Quote from the source/).fill('2023年高铁站客流量同比增长');

  await openClaim(article, NETWORK_LENGTH);
  await expect(sources.form()).toBeHidden();
  await openClaim(article, RAIL_OPENED);
  await expect(sources.form()).toContainText('Your unsaved source was restored.');
  await expect(sources.field(/^Title$/)).toHaveValue('县政府工作报告');
  await expect(sources.form().getByLabel(/^Quote from the source/)).toHaveValue('2023年高铁站客流量同比增长');

  await app.reload();
  await openClaim(article, RAIL_OPENED);
  await expect(sources.field(/^Title$/)).toHaveValue('县政府工作报告');

  await sources.form().getByRole('button', { name: 'Discard' }).click();
  await expect(sources.form()).toBeHidden();
  await sources.startAdding();
  await expect(sources.field(/^Title$/)).toHaveValue('');
});

test.describe('in the desktop host', () => {
  const guardianPage = sharedPath('corpora/readability/test/test-pages/guardian-1/source.html');
  const GUARDIAN_URL = 'https://www.theguardian.com/world/2019/jan/03/maori-whale-strandings';

  test('a pasted link is fetched: title, site, author and date are filled in, and a copy of the text is kept', async ({ app }) => {
    await installFakeDesktopBridge(app, [
      { match: 'theguardian.com', html: readFileSync(guardianPage, 'utf8') },
      { match: 'slow.example', error: 'The page took longer than 30 s to arrive.', problem: { code: 'timeout', params: { seconds: 30 } } },
      { match: 'report.pdf', contentType: 'application/pdf', html: '%PDF-1.7' },
    ]);
    await app.reload();
    const article = await tagTwoFacts(app);
    const sources = new ClaimSourcesSection(app);
    await openClaim(article, RAIL_OPENED);
    await sources.startAdding();
    await expect(sources.form().getByText('In the browser version pages cannot be fetched')).toHaveCount(0);

    // A fetch that fails leaves what was typed and says why.
    await sources.fillDetails({ title: 'Typed by hand' });
    await sources.paste('https://slow.example/story');
    await expect(sources.form().getByRole('alert')).toHaveText(
      'The page could not be read: The page took longer than 30 s to arrive. Nothing you typed was changed; fill in the details yourself.',
    );
    await expect(sources.field(/^Title$/)).toHaveValue('Typed by hand');
    await sources.paste('https://files.example/report.pdf');
    await expect(sources.form().getByRole('alert')).toHaveText('The link points to a file of type application/pdf, not a web page; fill in the details yourself.');
    await expect(sources.field(/^Title$/)).toHaveValue('Typed by hand');

    await sources.form().getByLabel('Keep a copy of the page text with the source').check();
    await sources.paste(GUARDIAN_URL);
    await expect(sources.form().getByText('Details filled in from the page. Check them before saving.')).toBeVisible();
    await expect(sources.field(/^Title$/)).toHaveValue("'What is the sea telling us?': Māori tribes fearful over whale strandings | Eleanor Ainge Roy");
    await expect(sources.field(/^Publisher or site$/)).toHaveValue('the Guardian');
    await expect(sources.field(/^Author$/)).toHaveValue('Eleanor Ainge Roy');
    await expect(sources.field(/^Published$/)).toHaveValue('2019-01-03');
    await sources.submit();
    await expect(sources.status()).toHaveText(/Supported · 1 source$/);
    await expect(sources.linkedSource(/Māori tribes/)).toContainText('Copy kept');

    await sources.linkedSource(/Māori tribes/).getByRole('link').click();
    expect(await openedExternally(app)).toEqual([GUARDIAN_URL]);

    const screen = new SourcesScreen(app);
    await screen.open();
    await screen.cards().first().getByRole('button', { name: 'Show the kept copy' }).click();
    await expect(screen.cards().first().locator('.archived-text')).toContainText('Seven decades later, Parata, 75, has now overseen more than');
  });
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the claim’s sources and the Sources view read in Chinese', async ({ app }) => {
    const article = await tagTwoFacts(app, '事实');
    const sources = new ClaimSourcesSection(app);
    await openClaim(article, RAIL_OPENED);
    await sources.startAdding();
    await sources.paste('国家铁路局. 2011年铁道统计公报[EB/OL]. 国家铁路局网站, 2012-03-05. https://www.nra.gov.cn/jstj/202203/t20220305.html');
    await expect(sources.field(/^标题$/)).toHaveValue(REPORT_TITLE);
    await sources.submit();
    await expect(sources.status()).toHaveText(/有支持 · 1 个来源$/);
    await openClaim(article, NETWORK_LENGTH);
    await sources.startAdding();
    await sources.pickExisting('统计公报', new RegExp(REPORT_TITLE));
    await sources.chooseStance('contradicts');
    await sources.submit();
    await expect(sources.status()).toHaveText(/有争议 · 1 个来源$/);
    await expect(sources.linkedSource(REPORT_TITLE).getByRole('combobox')).toHaveValue('contradicts');
    await app.screenshot({ path: test.info().outputPath('claim-sources-zh.png') });

    const screen = new SourcesScreen(app);
    await screen.open();
    await expect(screen.heading()).toHaveText('来源');
    await expect(screen.card(REPORT_TITLE)).toContainText('被 2 条论断引用');
    await app.screenshot({ path: test.info().outputPath('sources-view-zh.png'), fullPage: true });
  });
});
