import { describe, expect, it } from 'vitest';
import { marked } from 'marked';
import { buildReportMarkdown } from '../../../src/core/report/report-markdown';
import { escapeMarkdown } from '../../../src/core/report/markdown-escape';
import { emptyArticleInput, englishArticleInput, reportInput, seedArticleInput, SEED_QUOTES, ENGLISH_QUOTES } from './fixtures';

const render = (markdown: string): string => marked.parse(markdown, { async: false }) as string;

describe('Markdown report', () => {
  it('renders user text literally: no HTML, links or emphasis smuggled in', async () => {
    const html = render(buildReportMarkdown(reportInput([await englishArticleInput()])));
    expect(html).not.toMatch(/<img|<b>|<admin>|<blog>/);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('Council &lt;b&gt;approves&lt;/b&gt;');
    expect(html).toContain('Ana &lt;admin&gt;');
    expect(html).toContain('*reckless*');
    expect(html).toContain('[it](javascript:alert(1))');
    expect(html).toContain('<a href="https://springfield.example.gov/minutes/2025-10-14.pdf">');
  });

  it('bolds each quote, Chinese included, and keeps claims in article order', async () => {
    const seed = await seedArticleInput();
    const markdown = buildReportMarkdown(reportInput([seed], 'zh-CN'));
    const html = render(markdown);
    for (const quote of Object.values(SEED_QUOTES)) expect(html).toContain(`<strong>${quote.replace(/"/g, '&quot;')}</strong>`);
    expect(html).not.toMatch(/\*\*/);
    expect(markdown).toContain('## 图例');
    expect(html).toMatch(/<table>[\s\S]*观点[\s\S]*<\/table>/);
    const positions = Object.values(SEED_QUOTES).map((q) => [seed.article.text.indexOf(q), markdown.indexOf(escapeMarkdown(q))] as const);
    const byText = [...positions].sort((a, b) => a[0] - b[0]).map((p) => p[1]);
    expect(byText).toEqual([...byText].sort((a, b) => a - b));
  });

  it('keeps an emoji quote and a multi-line note intact', async () => {
    const html = render(buildReportMarkdown(reportInput([await englishArticleInput()])));
    expect(html).toContain(`<strong>${ENGLISH_QUOTES.emoji}</strong>`);
    expect(html).toMatch(/Check the minutes\.<br>\s*Line two, with &quot;quotes&quot;, commas/);
  });

  it('says so when an article has no claims', async () => {
    expect(buildReportMarkdown(reportInput([await emptyArticleInput()]))).toContain('_This article has no claims yet\\._');
  });

  it('escapes every Markdown special character', () => {
    const nasty = '# *a* _b_ `c` [d](e) <f> | g ~h~ 1. +i -j !k \\ &amp;';
    expect(render(escapeMarkdown(nasty)).trim()).toBe(`<p>${nasty.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`);
  });
});
