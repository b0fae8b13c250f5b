// The pure parts of the import flow: checking corrected details, turning a draft into the stored
// article, naming fetched pages, reading a paste, and what a refused file in a batch carries.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importRefusalText, type NoticeTranslate } from '../../../src/i18n/import-notice-text';
import { translate } from '../../../src/i18n/messages';
import { extractArticle } from '../../../src/import/extract-article';
import { nodeHtmlParser } from '../../../src/import/node-html-parser';
import { clipboardArticleFile } from '../../../src/ui/import/clipboard-article';
import { extractFiles } from '../../../src/ui/import/extract-files';
import { fetchedPageFile, withFetchedSourceUrl } from '../../../src/ui/import/fetched-page-file';
import { draftArticle, draftFromExtraction, draftText } from '../../../src/ui/import/import-draft';
import { checkDate, checkSourceUrl, fieldsFromMetadata, metadataFromFields, metadataProblems } from '../../../src/ui/import/metadata-fields';
import { SEED_PATH } from '../../shared-material';

const SEED = SEED_PATH;

describe('metadata checks', () => {
  it('accepts YYYY-MM-DD days that exist and empty, refuses other forms and impossible days', () => {
    expect(checkDate('')).toBeUndefined();
    expect(checkDate('2026-02-25')).toBeUndefined();
    expect(checkDate('2024-02-29')).toBeUndefined();
    expect(checkDate('2026-02-29')).toEqual({ key: 'preview.error.dateInvalid', params: { date: '2026-02-29' } });
    expect(checkDate('2026-13-01')?.key).toBe('preview.error.dateInvalid');
    expect(checkDate('25/02/2026')?.key).toBe('preview.error.dateFormat');
    expect(checkDate('2026-2-5')?.key).toBe('preview.error.dateFormat');
  });

  it('accepts only absolute http and https source URLs', () => {
    expect(checkSourceUrl('')).toEqual({ ok: true, url: '' });
    expect(checkSourceUrl(' https://www.163.com/a.html ')).toEqual({ ok: true, url: 'https://www.163.com/a.html' });
    expect(checkSourceUrl('javascript:alert(1)')).toMatchObject({ ok: false, problem: { key: 'preview.error.urlScheme' } });
    expect(checkSourceUrl('mailto:desk@example.org')).toMatchObject({ ok: false, problem: { key: 'preview.error.urlScheme' } });
    expect(checkSourceUrl('file:///etc/passwd')).toMatchObject({ ok: false, problem: { key: 'preview.error.urlScheme' } });
    expect(checkSourceUrl('www.example.org/story')).toMatchObject({ ok: false, problem: { key: 'preview.error.urlIncomplete' } });
    expect(checkSourceUrl('https://user:pw@example.org/')).toMatchObject({ ok: false });
  });

  it('requires a title and keeps an extracted timestamp when its day was not changed', () => {
    const extracted = { title: 'T', author: 'A', siteName: 'S', publishedDate: '2019-01-03T07:00:02Z', sourceUrl: '', language: 'en' };
    const fields = fieldsFromMetadata(extracted);
    expect(fields.publishedDate).toBe('2019-01-03');
    expect(metadataProblems({ ...fields, title: '  ' })).toEqual({ title: { key: 'preview.error.title' } });
    expect(metadataFromFields(extracted, fields).publishedDate).toBe('2019-01-03T07:00:02Z');
    expect(metadataFromFields(extracted, { ...fields, publishedDate: '2019-01-04' }).publishedDate).toBe('2019-01-04');
    expect(metadataFromFields(extracted, { ...fields, title: ' New title ', siteName: ' Site ' })).toMatchObject({ title: 'New title', siteName: 'Site' });
  });
});

describe('drafts', () => {
  it('stores exactly the kept blocks and the corrected details of the seed', async () => {
    const bytes = new Uint8Array(readFileSync(SEED));
    const extraction = await extractArticle({ bytes, fileName: 'seed.txt', parseHtml: nodeHtmlParser });
    const draft = draftFromExtraction({ name: 'seed.txt', bytes }, extraction);
    const disclaimer = extraction.candidates.findIndex((c) => c.removed === 'disclaimer');
    const firstKept = extraction.candidates.findIndex((c) => !c.removed);
    const edited = {
      ...draft,
      kept: draft.kept.map((kept, i) => (i === disclaimer ? true : i === firstKept ? false : kept)),
      fields: { ...draft.fields, siteName: '网易号' },
    };
    const { article, original } = await draftArticle(edited, new Date('2026-03-01T00:00:00Z'));
    expect(article.siteName).toBe('网易号');
    expect(article.title).toBe(extraction.metadata.title);
    expect(article.text).toBe(draftText(edited));
    expect(article.text).not.toContain('当中亚五国元首相继飞抵华盛顿');
    expect(article.text).toContain('声明:个人原创,仅供参考');
    expect(original.bytes).toBe(bytes);
    expect(original.mimeType).toBe('text/plain');
  });
});

describe('fetched pages and pastes', () => {
  it('names a fetched page after its URL with an extension matching what the server sent', () => {
    const bytes = new Uint8Array([1]);
    expect(fetchedPageFile({ finalUrl: 'https://example.org/news/2026/budget-vote', contentType: 'text/html; charset=utf-8', bytes }).name).toBe('budget-vote.html');
    expect(fetchedPageFile({ finalUrl: 'https://example.org/files/report.pdf', contentType: 'application/octet-stream', bytes }).name).toBe('report.pdf');
    expect(fetchedPageFile({ finalUrl: 'https://example.org/', contentType: 'application/pdf', bytes }).name).toBe('example.org.pdf');
    expect(fetchedPageFile({ finalUrl: 'https://example.org/a/notes', contentType: 'text/plain', bytes }).name).toBe('notes.txt');
    expect(withFetchedSourceUrl({ title: '', author: '', siteName: '', publishedDate: '', sourceUrl: '', language: '' }, 'https://example.org/x').sourceUrl).toBe('https://example.org/x');
    expect(withFetchedSourceUrl({ title: '', author: '', siteName: '', publishedDate: '', sourceUrl: 'https://canonical.example/x', language: '' }, 'https://example.org/x').sourceUrl).toBe('https://canonical.example/x');
  });

  it('prefers pasted HTML, falls back to text, and ignores an empty paste', async () => {
    const paste = (data: Record<string, string>) => ({ getData: (type: string) => data[type] ?? '' });
    const copied = `<meta charset="gb2312"><h1>县城的高铁站</h1>${'<p>高铁开通以后，县城里的年轻人是否会回来，取决于就业机会而不只是交通。</p>'.repeat(6)}`;
    const html = clipboardArticleFile(paste({ 'text/html': copied, 'text/plain': 'x' }), 'pasted');
    expect(html?.name).toBe('pasted.html');
    const extraction = await extractArticle({ bytes: html!.bytes, fileName: html!.name, parseHtml: nodeHtmlParser });
    // A stale charset in copied markup cannot mislead decoding: clipboard text is Unicode.
    expect(extraction.charset).toBe('utf-8');
    expect(extraction.candidates.some((c) => c.block.type === 'paragraph' && c.block.inlines[0].text.startsWith('高铁开通以后'))).toBe(true);
    expect(clipboardArticleFile(paste({ 'text/plain': 'Some copied text' }), 'pasted')?.name).toBe('pasted.txt');
    expect(clipboardArticleFile(paste({ 'text/plain': '  ' }), 'pasted')).toBeNull();
  });
});

describe('reading a batch of files', () => {
  it('keeps each refusal as the file name and a problem code, and an unexpected failure as its first line', async () => {
    const files = [
      { name: 'empty.txt', bytes: new Uint8Array() },
      // Not bytes at all: the importer fails in a way it does not foresee.
      { name: 'odd.txt', bytes: null as unknown as Uint8Array },
    ];
    const outcomes = await extractFiles(files, { onProgress: () => {}, cancelled: new Promise(() => {}) });
    expect(outcomes).not.toBe('cancelled');
    const [empty, odd] = outcomes as Exclude<typeof outcomes, 'cancelled'>;
    expect(empty).toMatchObject({ ok: false, fileName: 'empty.txt', problem: { code: 'empty' } });
    expect(odd).toMatchObject({ ok: false, fileName: 'odd.txt', problem: { code: 'unexpected', params: { detail: expect.stringMatching(/null/) } } });
    if (odd?.ok !== false) throw new Error('odd.txt was not refused');
    const zh: NoticeTranslate = (key, params) => translate('zh-CN', key, params);
    expect(importRefusalText(zh, odd.fileName, odd.problem)).toMatch(/^odd\.txt：无法读取（.*null.*）。$/);
  });
});
