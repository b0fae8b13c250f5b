import { describe, expect, it } from 'vitest';
import { buildReportHtml } from '../../../src/core/report/report-html';
import { reportStrings } from '../../../src/core/report/report-strings';
import { emptyArticleInput, englishArticleInput, reportInput, seedArticleInput, SEED_QUOTES } from './fixtures';

/** Every URL the page would load by itself: src/href of img, script, link, iframe and friends, plus CSS url(). */
function resourceUrls(html: string): string[] {
  const urls: string[] = [];
  for (const match of html.matchAll(/<(img|script|link|iframe|frame|embed|object|source|video|audio|image|use)\b[^>]*>/gi)) {
    for (const attr of match[0].matchAll(/\b(src|href|data|srcset|poster|xlink:href)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi)) urls.push(attr[2]!.replace(/^["']|["']$/g, ''));
  }
  for (const match of html.matchAll(/url\(\s*([^)]*)\)/gi)) urls.push(match[1]!.trim().replace(/^["']|["']$/g, ''));
  return urls;
}

describe('HTML report', () => {
  it('is self-contained: no script, nothing loaded from outside, CSP forbids it too', async () => {
    const html = buildReportHtml(reportInput([await seedArticleInput(), await englishArticleInput()]));
    expect(html).not.toMatch(/<script/i);
    // No event handler attribute on any element (escaped text like `&lt;img onerror=…` is not an element).
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    const external = resourceUrls(html).filter((url) => !url.startsWith('data:') && !url.startsWith('#'));
    expect(external).toEqual([]);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    // Links to sources are plain anchors, and a javascript: source URL is not made a link.
    expect(html).toContain('<a href="https://springfield.example.gov/minutes/2025-10-14.pdf">');
    expect(html).not.toMatch(/href="javascript:/i);
  });

  it('escapes every piece of user text', async () => {
    const html = buildReportHtml(reportInput([await englishArticleInput()]));
    expect(html).toContain('Council &lt;b&gt;approves&lt;/b&gt; &quot;tax&quot; &amp; budget');
    expect(html).toContain('Ana &lt;admin&gt;');
    expect(html).toContain('<mark class="mark-unsupported">said [it](javascript:alert(1)) would drive families away</mark>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('A &lt;blog&gt; post | with *stars*');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<admin>');
    expect(html).toContain('courier.example.com/news/council-budget?id=7&amp;ref=home');
  });

  it('has the header, summary with shares, fact statuses, chart, article map, claims in order and legend', async () => {
    const seed = await seedArticleInput();
    const html = buildReportHtml(reportInput([seed]));
    for (const value of ['国际观察员', '网易号', '2025-11-06', seed.article.sourceUrl, seed.article.contentHash, 'Lin Wei, 王老师']) expect(html).toContain(value);
    expect(html).toContain('<title>Claims report: 亚洲五国元首飞抵美国');
    expect(html.match(/<svg[^>]*class="chart"/g)).toHaveLength(2);
    expect(html).toContain('<title id="a1-map-title">Article map</title>');
    // Each claim is marked with its tag's class, in article order, with context around it.
    const inTextOrder = Object.values(SEED_QUOTES).sort((a, b) => seed.article.text.indexOf(a) - seed.article.text.indexOf(b));
    const inReport = inTextOrder.map((quote) => html.indexOf(`>${quote}</mark>`));
    expect(inReport.every((index) => index !== -1)).toBe(true);
    expect(inReport).toEqual([...inReport].sort((a, b) => a - b));
    expect(html).toContain(`<mark class="mark-unsupported">${SEED_QUOTES.anxiety}</mark>`);
    expect(html).toMatch(/break-inside:avoid/);
    expect(html).toMatch(/text-decoration:underline double #009E73/);
    expect(html).toMatch(/text-decoration:underline wavy #D55E00/);
    expect(html).toMatch(/text-decoration:underline solid #0072B2/);
    // One supported, one contested, two without evidence among the four fact claims.
    expect(html).toMatch(/status-supported">Supported<\/span><\/td><td class="number">1</);
    expect(html).toMatch(/status-contested">Contested<\/span><\/td><td class="number">1</);
    expect(html).toMatch(/status-no-evidence">No evidence<\/span><\/td><td class="number">2</);
    expect(html).toContain('Reliability: <strong>primary source</strong>');
    expect(html).toContain('<h2>Legend</h2>');
  });

  it('writes Chinese labels with the same structure', async () => {
    const html = buildReportHtml(reportInput([await seedArticleInput()], 'zh-CN'));
    expect(html).toContain('<html lang="zh-CN">');
    for (const label of ['概要', '文章地图', '按文章顺序排列的论断', '图例', '有争议', '无据断言']) expect(html).toContain(label);
    expect(html).not.toContain('Legend');
    expect(Object.keys(reportStrings['zh-CN']).sort()).toEqual(Object.keys(reportStrings.en).sort());
  });

  it('reports an article with no claims, and collections of several articles', async () => {
    const lone = buildReportHtml(reportInput([await emptyArticleInput()]));
    expect(lone).toContain('This article has no claims yet.');
    expect(lone).toContain('No sources are cited.');
    expect(lone).toMatch(/<\/html>\n$/);
    const several = buildReportHtml(reportInput([await seedArticleInput(), await englishArticleInput(), await emptyArticleInput()]));
    expect(several.match(/<article class="report-article"/g)).toHaveLength(3);
    expect(several).toContain('Articles in this report');
    // Ids stay unique across articles (SVG patterns are referenced by id).
    const ids = [...several.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('applies the options: tag and status filters, no notes, no context', async () => {
    const input = reportInput([await seedArticleInput()]);
    input.options = { tags: ['fact'], statuses: ['contested', 'supported'], includeNotes: false, includeContext: false };
    const html = buildReportHtml(input);
    expect(html).toContain('Only these claims are included: tags Fact; statuses Contested, Supported.');
    expect(html.match(/<li class="claim /g)).toHaveLength(2);
    expect(html).not.toContain('协议金额');
    expect(html).toContain(`<blockquote class="claim-quote"><mark class="mark-fact">${SEED_QUOTES.locomotives}</mark></blockquote>`);
    input.options = { ...input.options, statuses: [] };
    expect(buildReportHtml(input)).toContain('No claims of this article match the report’s filter.');
  });
});
