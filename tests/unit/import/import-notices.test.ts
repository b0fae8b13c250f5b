// Import refusals and warnings are codes with parameters: real bad input gives the expected code, and
// every code reads in English (singular and plural) and in Chinese, with the file name in front.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/import/charset';
import { extractArticle } from '../../../src/import/extract-article';
import { ImportError } from '../../../src/import/extraction';
import type { ImportProblem } from '../../../src/import/import-notices';
import { nodeHtmlParser } from '../../../src/import/node-html-parser';
import { englishNotices, importRefusalText, importWarningText, packRefusalText, type NoticeTranslate } from '../../../src/i18n/import-notice-text';
import { translate } from '../../../src/i18n/messages';
import { importNoticeMessages } from '../../../src/i18n/messages/import-notices';
import { mhtmlPath, readabilityPageBytes } from './corpus-files';

const chinese: NoticeTranslate = (key, params) => translate('zh-CN', key, params);

async function refusal(bytes: Uint8Array, fileName: string): Promise<ImportError> {
  const error = await extractArticle({ bytes, fileName, parseHtml: nodeHtmlParser }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

const placeholders = (text: string): string[] => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();

describe('the sentences of import, pack and fetch notices', () => {
  const en = importNoticeMessages.en as Record<string, string>;
  const zh = importNoticeMessages['zh-CN'] as Record<string, string>;

  it('has a Chinese sentence for every English one, with the same placeholders', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(zh[key]!.trim(), key).not.toBe('');
      expect(placeholders(zh[key]!), key).toEqual(placeholders(key.endsWith('.one') ? en[key.slice(0, -'.one'.length)]! : en[key]!));
      // An English singular spells out the 1 and may leave out {count}, but needs nothing its plural lacks.
      if (key.endsWith('.one')) {
        const plural = placeholders(en[key.slice(0, -'.one'.length)]!);
        for (const name of placeholders(en[key]!)) expect(plural, key).toContain(name);
      }
    }
  });

  it('writes Chinese with full-width punctuation', () => {
    for (const [key, text] of Object.entries(zh)) {
      // Placeholders and literal values like “.docx”, “data: URI” or “2025-11-08T09:30:00Z” keep their ASCII.
      const prose = text.replace(/\{\w+\}/g, '').replace('data: URI', '');
      expect(prose, key).not.toMatch(/[(),;]|[:!?](\s|$)/);
    }
  });

  it('uses the English singular for exactly one and the plural otherwise', () => {
    expect(importWarningText(englishNotices, { code: 'remote-images', params: { count: 1 } })).toBe('1 remote image not loaded.');
    expect(importWarningText(englishNotices, { code: 'remote-images', params: { count: 3 } })).toBe('3 remote images not loaded.');
    expect(importWarningText(englishNotices, { code: 'pdf-blank-pages', params: { count: 1, total: 4 } })).toBe(
      '1 of 4 pages has no text layer (scanned or blank); its content is not imported.',
    );
    expect(importWarningText(englishNotices, { code: 'invalid-bytes', params: { count: 2, charset: 'gb18030' } })).toBe(
      '2 byte sequences not valid in gb18030 replaced with �.',
    );
    expect(importWarningText(chinese, { code: 'remote-images', params: { count: 1 } })).toBe('有 1 张远程图片未加载。');
    expect(importWarningText(chinese, { code: 'remote-images', params: { count: 3 } })).toBe('有 3 张远程图片未加载。');
  });

  it('names the file in front of the problem, with a full-width colon in Chinese', () => {
    const problem: ImportProblem = { code: 'too-large', params: { megabytes: '60', limit: '50' } };
    expect(importRefusalText(englishNotices, 'huge.txt', problem)).toBe('huge.txt: is too large to be an article (60 MB; the limit is 50 MB).');
    expect(importRefusalText(chinese, 'huge.txt', problem)).toBe('huge.txt：文件太大，不像是一篇文章（60 MB，上限为 50 MB）。');
  });

  it('names the pack field at fault, or the pack as a whole', () => {
    const tag = { path: 'claims[0].tag', code: 'not-one-of', params: { allowed: 'opinion, fact, unsupported' } } as const;
    expect(packRefusalText(englishNotices, tag)).toBe('claims[0].tag must be one of opinion, fact, unsupported');
    expect(packRefusalText(chinese, tag)).toBe('claims[0].tag 必须是以下之一：opinion, fact, unsupported');
    expect(packRefusalText(englishNotices, { path: '', code: 'pack-not-object' })).toBe('the pack must be an object');
    expect(packRefusalText(chinese, { path: '', code: 'pack-not-object' })).toBe('文件必须是一个 JSON 对象；这不是 Claimlens 标注包');
    expect(packRefusalText(chinese, { path: 'claims[0]', code: 'not-object' })).toBe('claims[0] 必须是对象');
  });
});

describe('real bad input gives its code and parameters', () => {
  it('an empty file', async () => {
    const error = await refusal(new Uint8Array(), 'empty.txt');
    expect(error).toMatchObject({ fileName: 'empty.txt', problem: { code: 'empty' }, message: 'empty.txt: is empty.' });
    expect(importRefusalText(chinese, error.fileName, error.problem)).toBe('empty.txt：文件是空的。');
  });

  it('an unknown extension, no extension, and an old .doc', async () => {
    expect((await refusal(new TextEncoder().encode('hello'), 'notes.xyz')).problem).toEqual({ code: 'unsupported-extension', params: { extension: 'xyz' } });
    expect((await refusal(new TextEncoder().encode('hello'), 'README')).problem).toEqual({ code: 'no-extension' });
    expect((await refusal(new TextEncoder().encode('hello'), 'report.doc')).problem).toEqual({ code: 'legacy-word' });
  });

  it('a file over the size limit, with both sizes', async () => {
    const huge = new Uint8Array(60 * 1024 * 1024).fill(0x61);
    expect((await refusal(huge, 'huge.txt')).problem).toEqual({ code: 'too-large', params: { megabytes: '60', limit: '50' } });
  });

  it('broken MHTML archives from the mhtml2html tests', async () => {
    const read = (name: string) => refusal(new Uint8Array(readFileSync(mhtmlPath(name))), name);
    expect((await read('unexpected_eof.mhtml')).problem).toEqual({ code: 'mhtml-truncated' });
    expect((await read('missing_boundary.mhtml')).problem).toEqual({ code: 'mhtml-boundary-not-found' });
    expect((await read('missing_boundary_header.mhtml')).problem).toEqual({ code: 'mhtml-no-boundary' });
    const missingHeaders = await read('missing_headers.mhtml');
    expect(missingHeaders.problem).toEqual({ code: 'mhtml-part-no-location', params: { part: 2 } });
    expect(importRefusalText(chinese, missingHeaders.fileName, missingHeaders.problem)).toBe(
      'missing_headers.mhtml：MHTML 文件已损坏：第 2 部分没有 Content-Location 或 Content-ID 头。',
    );
  });

  it('a page declaring gb2312 over UTF-8 bytes (qq) warns with both charsets', async () => {
    const bytes = readabilityPageBytes('qq');
    const warning = { code: 'charset-declared-mismatch', params: { declared: 'gb2312', actual: 'UTF-8' } } as const;
    expect(decodeBytes(bytes, { html: true }).warnings).toEqual([warning]);
    const extraction = await extractArticle({ bytes, fileName: 'qq.html', parseHtml: nodeHtmlParser });
    expect(extraction.warnings[0]).toEqual(warning);
    expect(importWarningText(englishNotices, warning)).toBe('The file declares gb2312 but its bytes are UTF-8; read as UTF-8.');
    expect(importWarningText(chinese, warning)).toBe('文件声明的字符集为 gb2312，但其字节实际是 UTF-8；已按 UTF-8 读取。');
  });

  it('a declared charset the runtime does not know', () => {
    const bytes = new TextEncoder().encode('<meta charset="x-no-such-charset"><p>plain ASCII text</p>');
    expect(decodeBytes(bytes, { html: true }).warnings).toEqual([{ code: 'charset-unknown', params: { declared: 'x-no-such-charset' } }]);
  });
});
