// The import entry point: which reader a file reaches, and a one-line ImportError for each kind of
// bad input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash, documentText } from '../../../src/core/document-text';
import { buildArticle } from '../../../src/import/build-article';
import { extractArticle, MAX_TEXT_BYTES } from '../../../src/import/extract-article';
import { ImportError, keptBlocks, type Extraction } from '../../../src/import/extraction';
import { parseMhtml } from '../../../src/import/mhtml-parser';
import { nodeHtmlParser } from '../../../src/import/node-html-parser';
import { corpusRoot, legacyEncoder, mhtmlPath, readabilityPageBytes, repoRoot } from './corpus-files';

// Word documents from the mammoth package's own test data (installed, not copied into the repo).
const docxDir = join(repoRoot, 'node_modules/mammoth/test/test-data');
const docx = (name: string): Uint8Array => new Uint8Array(readFileSync(join(docxDir, name)));

function extract(bytes: Uint8Array, fileName: string): Promise<Extraction> {
  return extractArticle({ bytes, fileName, parseHtml: nodeHtmlParser });
}

async function importError(bytes: Uint8Array, fileName: string): Promise<string> {
  const error = await extract(bytes, fileName).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportError);
  const message = (error as ImportError).message;
  expect(message.startsWith(`${fileName}: `)).toBe(true);
  expect(message).not.toContain('\n');
  return message;
}

describe('extractArticle refuses bad input with a specific one-line error', () => {
  it('an empty file', async () => {
    expect(await importError(new Uint8Array(), 'empty.html')).toMatch(/is empty/);
  });

  it('a file of white space only', async () => {
    expect(await importError(new TextEncoder().encode(' \n\t\n'), 'blank.txt')).toMatch(/only white space/);
  });

  it('binary data with an article extension (a JPEG named .html, a ZIP named .txt)', async () => {
    const logo = parseMhtml(new Uint8Array(readFileSync(mhtmlPath('iframes.mhtml'))), 'iframes.mhtml').images.get('https://www.tutorialspoint.com/html/images/html-mini-logo.jpg')!;
    const jpeg = Uint8Array.from(atob(logo.slice(logo.indexOf(',') + 1)), (char) => char.charCodeAt(0));
    expect(await importError(jpeg, 'photo.html')).toMatch(/contains binary data/);
    expect(await importError(docx('simple-list.docx'), 'notes.txt')).toMatch(/contains binary data/);
  });

  it('a text file over 50 MB, refused before decoding', async () => {
    const huge = new Uint8Array(60 * 1024 * 1024).fill(0x61);
    expect(huge.length).toBeGreaterThan(MAX_TEXT_BYTES);
    // The size check comes before any decoding or sniffing, so the message names both sizes.
    expect(await importError(huge, 'huge.txt')).toMatch(/too large .*60 MB.*limit is 50 MB/);
    expect(await importError(huge, 'huge.html')).toMatch(/too large/);
  });

  it('an unknown extension, and an old binary .doc', async () => {
    expect(await importError(new TextEncoder().encode('hello'), 'notes.xyz')).toMatch(/“\.xyz” files are not supported/);
    expect(await importError(new TextEncoder().encode('hello'), 'README')).toMatch(/files without an extension/);
    expect(await importError(new TextEncoder().encode('hello'), 'report.doc')).toMatch(/old Word \.doc file; save it as \.docx/);
  });

  it('HTML that is all script', async () => {
    const page = '<!DOCTYPE html><html><head><script src="app.js"></script></head><body><div id="root"></div><script>render(document.getElementById("root"))</script><noscript>You need to enable JavaScript to run this app.</noscript></body></html>';
    expect(await importError(new TextEncoder().encode(page), 'app.html')).toMatch(/no readable text/);
  });

  it('a corrupt DOCX (a real one cut short) and a text file named .docx', async () => {
    expect(await importError(docx('simple-list.docx').subarray(0, 2000), 'cut.docx')).toMatch(/not a readable Word document/);
    expect(await importError(new TextEncoder().encode('plain words'), 'fake.docx')).toMatch(/not a Word document/);
  });

  it('a .pdf that is not a PDF', async () => {
    expect(await importError(new TextEncoder().encode('plain words'), 'paper.pdf')).toMatch(/not a PDF file/);
  });
});

describe('extractArticle picks the reader from the extension and the bytes', () => {
  it('reads a DOCX through mammoth into blocks', async () => {
    const extraction = await extract(docx('simple-list.docx'), 'list.docx');
    expect(extraction).toMatchObject({ format: 'docx', charset: 'binary' });
    expect(keptBlocks(extraction.candidates)).toEqual([{ type: 'list', ordered: false, items: [[{ text: 'Apple' }], [{ text: 'Banana' }]] }]);
    const titled = await extract(docx('embedded-style-map.docx'), 'styled.docx');
    expect(titled.metadata.title).toBe('Walking on imported air');
  });

  it('reads an .html file without markup as plain text', async () => {
    const text = 'A headline\n\nThe first paragraph of a story that was saved as text only, although its name says html.\n\nA second paragraph.';
    const extraction = await extract(new TextEncoder().encode(text), 'saved.html');
    expect(extraction.format).toBe('text');
    expect(documentText(keptBlocks(extraction.candidates))).toContain('The first paragraph of a story');
  });

  it('decodes a GB18030 text file before the text reader sees it', async () => {
    const seed = readFileSync(join(corpusRoot, '../fixtures/seed/000_6d1aa85c79b1b4ee.txt'), 'utf8');
    const { bytes } = legacyEncoder('gb18030')(seed);
    const extraction = await extract(bytes, 'seed.txt');
    expect(extraction.charset).toBe('gb18030');
    expect(extraction.format).toBe('text');
    expect(documentText(keptBlocks(extraction.candidates))).toMatch(/[\u4e00-\u9fff]{20}/);
  });

  it('reads a GB18030 web page that declares gb2312 the same as its UTF-8 original (gmw)', async () => {
    const utf8 = readabilityPageBytes('gmw');
    const page = new TextDecoder().decode(utf8).replace(/<meta[^>]*charset[^>]*>/i, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
    const encoded = legacyEncoder('gb18030')(page);
    expect(encoded.kept).toBe(page);
    const fromGbk = await extract(encoded.bytes, 'gmw.html');
    const fromUtf8 = await extract(utf8, 'gmw.html');
    expect(fromGbk.charset).toBe('gb18030');
    expect(documentText(keptBlocks(fromGbk.candidates))).toBe(documentText(keptBlocks(fromUtf8.candidates)));
  });

  it('reads an MHTML archive named .html as MHTML', async () => {
    const extraction = await extract(new Uint8Array(readFileSync(mhtmlPath('portfolio.mhtml'))), 'portfolio.html');
    expect(extraction.format).toBe('mhtml');
  });
});

describe('buildArticle', () => {
  it('makes the stored article and original from an extraction', async () => {
    const bytes = readabilityPageBytes('qq');
    const extraction = await extract(bytes, 'qq.html');
    const now = new Date('2026-03-01T10:00:00.000Z');
    const { article, original } = await buildArticle(extraction, { bytes, fileName: 'qq.html', mimeType: 'text/html', now });
    const text = documentText(keptBlocks(extraction.candidates));
    expect(article).toMatchObject({
      title: extraction.metadata.title,
      language: 'zh-CN',
      text,
      contentHash: contentHash(text),
      format: 'html',
      charset: 'utf-8',
      fileName: 'qq.html',
      importedAt: now.toISOString(),
      updatedAt: now.toISOString(),
      collectionIds: [],
    });
    expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(article.blocks).toEqual(keptBlocks(extraction.candidates));
    expect(article.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(original).toEqual({ articleId: article.id, fileName: 'qq.html', mimeType: 'text/html', bytes });
  });
});
