import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blockText, documentText } from '../../../src/core/document-text';
import { ImportError, keptBlocks } from '../../../src/import/extraction';
import { readPdf } from '../../../src/import/pdf-reader';
import { buildPdf, layoutArticle } from './pdf-reader.fixtures';

const PARAGRAPHS = [
  "Rotterdam's city council voted on Monday night to raise the barriers along the Nieuwe Maas by up to eighty centimetres, after a winter in which the river twice came within a hand's width of the quays. The vote, thirty-one to fourteen, followed a debate that ran past midnight.",
  'The plan will be paid for over twenty years, mostly from a new levy on port operators. Opponents said the levy would push shipping business to Antwerp; supporters pointed to insurance estimates suggesting that a single serious flood would cost the city more than the whole programme of reinforcements.',
  '"We have been lucky twice this winter, and luck is not a flood defence," the alderman for water management told the council. She said construction on the first section could begin in the autumn if the national government approves its share of the funding, which is expected before the summer recess.',
  'Residents of the southern districts, where water reached the doorsteps of several streets in January, packed the public gallery. Many applauded when the result was read out, though some said they had heard similar promises before and would believe the barriers when they saw them standing.',
  'Engineers from the municipal water board told councillors that the existing embankments were designed for a climate that no longer exists. Their report recommends raising the lowest sections first, starting with the stretch between the old harbour and the railway bridge, where the quay walls are also the oldest.',
  'The national water agency is expected to publish its own assessment of the plan in April, together with revised estimates of how often the river is likely to reach its current record level over the coming decades.',
];

describe('readPdf on a multi-page article', () => {
  const pages = layoutArticle({
    title: 'Rotterdam votes to raise river barriers',
    byline: 'By Jane Doe | 3 March 2025',
    paragraphs: PARAGRAPHS,
    header: 'Harbour Herald - Climate desk',
    footer: 'harbourherald.example/rotterdam-barriers',
    pageNumber: 'Page {page} of {pages}',
    linesPerPage: 10,
    charsPerLine: 70,
  });
  const bytes = buildPdf(pages);

  it('lays out over several pages (the fixture is what the test says it is)', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    // Some line ends in a hyphenated word and some paragraph crosses a page break.
    expect(pages.some((page) => page.runs.some((run) => /[a-z]-$/.test(run.text)))).toBe(true);
    const lastBodyRuns = pages.slice(0, -1).map((page) => page.runs.filter((run) => run.size === 11).at(-1)?.text ?? '');
    expect(lastBodyRuns.some((text) => !/[."]$/.test(text))).toBe(true);
  });

  it('rebuilds the paragraphs in order, rejoining hyphenated words and page-crossing paragraphs', async () => {
    const extraction = await readPdf(bytes, 'rotterdam.pdf');
    expect(extraction.format).toBe('pdf');
    const kept = keptBlocks(extraction.candidates);
    expect(kept.map((block) => block.type)).toEqual(PARAGRAPHS.map(() => 'paragraph'));
    expect(kept.map(blockText)).toEqual(PARAGRAPHS);
  });

  it('removes running header, footer and page numbers as page furniture', async () => {
    const extraction = await readPdf(bytes, 'rotterdam.pdf');
    const text = documentText(keptBlocks(extraction.candidates));
    expect(text).not.toMatch(/Harbour Herald|harbourherald\.example|Page \d of \d/);
    const furniture = extraction.candidates.filter((c) => c.removed === 'page-furniture').map((c) => blockText(c.block));
    expect(furniture.filter((line) => line === 'Harbour Herald - Climate desk')).toHaveLength(pages.length);
    // The footer and the page number share a baseline, so they come out as one line per page.
    expect(furniture.filter((line) => line.startsWith('harbourherald.example/rotterdam-barriers'))).toHaveLength(pages.length);
    pages.forEach((_, index) => expect(furniture.join('\n')).toContain(`Page ${index + 1} of ${pages.length}`));
  });

  it('takes the title from the largest type and the byline and date from under it', async () => {
    const extraction = await readPdf(bytes, 'rotterdam.pdf');
    expect(extraction.metadata).toMatchObject({
      title: 'Rotterdam votes to raise river barriers',
      author: 'Jane Doe',
      publishedDate: '2025-03-03',
      language: 'en',
    });
  });

  it('prefers a real document-info title and leaves the caller its bytes', async () => {
    const withInfo = buildPdf(pages, { title: 'Rotterdam flood barriers: council vote', author: 'Harbour Herald' });
    const copy = withInfo.slice();
    const extraction = await readPdf(withInfo, 'rotterdam.pdf');
    expect(extraction.metadata.title).toBe('Rotterdam flood barriers: council vote');
    expect(withInfo).toEqual(copy);
  });
});

describe('readPdf on files it cannot read', () => {
  it('says a scanned page has no text layer', async () => {
    const scan = buildPdf([{ runs: [], image: true }, { runs: [], image: true }]);
    const error = await readPdf(scan, 'scan.pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ fileName: 'scan.pdf', problem: { code: 'pdf-no-text-layer' } });
    expect((error as ImportError).message).toBe('scan.pdf: has no text layer (it looks like a scanned image); run OCR on it first');
  });

  it('says a password-protected file needs its password removed', async () => {
    const locked = buildPdf(layoutArticle({ title: 'Locked report', paragraphs: PARAGRAPHS.slice(0, 1) }), { userPassword: 'secret' });
    const error = await readPdf(locked, 'locked.pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toMatch(/^locked\.pdf: is protected with a password/);
    expect((error as ImportError).problem).toEqual({ code: 'pdf-password' });
  });

  it('says corrupt bytes are not a readable PDF', async () => {
    const good = buildPdf(layoutArticle({ title: 'Short', paragraphs: PARAGRAPHS.slice(0, 1) }));
    const corrupt = new Uint8Array(good.length);
    corrupt.set(good.subarray(0, 15));
    corrupt.fill(0x41, 15);
    const error = await readPdf(corrupt, 'broken.pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toBe('broken.pdf: is damaged or is not a PDF file (no readable PDF structure was found)');
    expect((error as ImportError).problem).toEqual({ code: 'pdf-invalid' });
    const notPdf = await readPdf(new TextEncoder().encode('<html>not a pdf</html>'), 'page.pdf').catch((e: unknown) => e);
    expect((notPdf as ImportError).message).toMatch(/^page\.pdf: is damaged or is not a PDF file/);
  });
});

// Chinese text needs real CJK fonts embedded; Chromium printing an HTML page makes exactly the kind of
// PDF people save from a news site, running header and footer included.
const CHROMIUM = '/usr/bin/chromium';
const ZH_PARAGRAPHS = [
  '当中亚五国元首相继飞抵华盛顿,一场备受瞩目的地缘政治大戏拉开帷幕。这次峰会正值该机制建立十周年,由美国总统亲自主持,外界普遍认为,华盛顿希望借此机会重新评估自己在这一地区的存在感,并向各国展示它所能提供的投资、技术和安全合作。',
  '对美国而言,中亚的战略价值正处于历史高点。中亚地区是名副其实的资源宝库,蕴藏着丰富的石油、天然气以及稀土矿产。在全球供应链重组和大国科技竞争白热化的今天,控制这些关键资源的源头,被许多美国智库视为保持技术优势的关键。',
  '其次,中亚地处欧亚大陆的心脏地带,是连接东西方的古老枢纽。近年来,中国通过投资和建设,已深度融入该地区的基础设施网络,从公路铁路到天然气管道,再到遍及各国的工业园区和民生项目。',
  '中亚五国的核心策略是战略平衡:既欢迎美国带来的投资、技术和安全承诺,又深知与邻国在历史、地理和经济上的紧密联系难以割裂。因此,他们选择在大国之间寻求利益最大化,而不是押注于任何一方。',
  '最终,这场博弈的结局将取决于谁的合作模式更能顺应时代潮流。中亚的未来,将是这一宏大叙事的最佳注脚。',
];

describe.skipIf(!existsSync(CHROMIUM))('readPdf on a Chinese article printed by Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-pdf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function printToPdf(name: string, paragraphStyle: string): Uint8Array {
    const html = join(dir, `${name}.html`);
    const pdf = join(dir, `${name}.pdf`);
    // Large type so the article runs over several pages, each with Chromium's running header (date,
    // title) and footer (address, page number).
    const body = ZH_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');
    writeFileSync(
      html,
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>中亚峰会观察</title>
<style>body{font-family:"Noto Sans CJK SC","Noto Serif CJK SC",sans-serif;font-size:34px;line-height:1.7;margin:0 40px}
h1{font-size:56px} p{${paragraphStyle}}</style></head><body><h1>中亚峰会观察</h1><p>作者:林晓舟</p>${body}</body></html>`,
    );
    execFileSync(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', `--print-to-pdf=${pdf}`, html], { stdio: 'ignore', timeout: 60_000 });
    return new Uint8Array(readFileSync(pdf));
  }

  it('keeps the paragraphs whole, joins CJK lines without spaces and drops the running header and footer', async () => {
    const extraction = await readPdf(printToPdf('spaced', 'margin:1em 0'), 'zh.pdf');
    expect(extraction.metadata.title).toBe('中亚峰会观察');
    expect(extraction.metadata.author).toBe('林晓舟');
    expect(extraction.metadata.language).toBe('zh-CN');
    const kept = keptBlocks(extraction.candidates);
    expect(kept.map(blockText)).toEqual(ZH_PARAGRAPHS);
    const furniture = extraction.candidates.filter((c) => c.removed === 'page-furniture');
    // A header and a footer on each of at least two pages.
    expect(furniture.length).toBeGreaterThanOrEqual(4);
    expect(documentText(kept)).not.toMatch(/file:|中亚峰会观察/);
  }, 90_000);

  it('finds the article in a web page saved as PDF, menus and lists removed with their reasons', async () => {
    const html = join(dir, 'page.html');
    const pdf = join(dir, 'page.pdf');
    const list = (items: string[]): string => `<ul>${items.map((item) => `<li><a href="#">${item}</a></li>`).join('')}</ul>`;
    writeFileSync(
      html,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rotterdam votes to raise river barriers | Harbour Herald</title></head>
<body><nav>${list(['Home', 'World', 'Business', 'Climate', 'Sport', 'Opinion', 'Culture', 'Subscribe'])}</nav>
<p>News › Climate › Europe</p><h1>Rotterdam votes to raise river barriers</h1><p>By Jane Doe</p><p>Published 3 March 2025, 14:05</p>
<p>Share this article</p>${list(['Facebook', 'Twitter', 'Email'])}
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
<h2>Related</h2>${list(['Storm season: what we know so far', 'How Dutch flood insurance works', "Antwerp port chief warns of 'levy war'"])}
<footer><p>© 2025 Harbour Herald Media. All rights reserved.</p>${list(['Privacy policy', 'Cookie settings', 'Contact us'])}</footer></body></html>`,
    );
    execFileSync(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', `--print-to-pdf=${pdf}`, html], { stdio: 'ignore', timeout: 60_000 });
    const extraction = await readPdf(new Uint8Array(readFileSync(pdf)), 'page.pdf');
    expect(extraction.metadata).toMatchObject({
      title: 'Rotterdam votes to raise river barriers',
      author: 'Jane Doe',
      publishedDate: '2025-03-03',
      siteName: 'Harbour Herald Media',
    });
    expect(keptBlocks(extraction.candidates).map(blockText)).toEqual(PARAGRAPHS);
    const reasonOf = (text: string): string | undefined => extraction.candidates.find((c) => blockText(c.block) === text)?.removed;
    expect(reasonOf('Share this article')).toBe('share-widget');
    expect(reasonOf('Related')).toBe('related-links');
    expect(reasonOf('How Dutch flood insurance works')).toBe('related-links');
    expect(reasonOf('© 2025 Harbour Herald Media. All rights reserved.')).toBe('disclaimer');
  }, 90_000);

  it('separates paragraphs set without space between them by their first-line indent', async () => {
    const extraction = await readPdf(printToPdf('indented', 'margin:0;text-indent:2em'), 'zh-indented.pdf');
    expect(keptBlocks(extraction.candidates).map(blockText)).toEqual(ZH_PARAGRAPHS);
  }, 90_000);
});
