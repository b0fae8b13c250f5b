import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentText } from '../../../src/core/document-text';
import { extractArticle } from '../../../src/import/extract-article';
import { ImportError, keptBlocks } from '../../../src/import/extraction';
import { parseMhtml } from '../../../src/import/mhtml-parser';
import { nodeHtmlParser } from '../../../src/import/node-html-parser';
import { mhtmlPath } from './corpus-files';

function bytesOf(name: string): Uint8Array {
  return new Uint8Array(readFileSync(mhtmlPath(name)));
}

async function importMhtml(name: string, bytes = bytesOf(name)) {
  return extractArticle({ bytes, fileName: name, parseHtml: nodeHtmlParser });
}

describe('MHTML import of pages saved by Chromium', () => {
  it('reads the main page of portfolio.mhtml with its address and language', async () => {
    const extraction = await importMhtml('portfolio.mhtml');
    const text = documentText(keptBlocks(extraction.candidates));
    expect(extraction.format).toBe('mhtml');
    expect(extraction.charset).toBe('utf-8');
    expect(extraction.metadata).toMatchObject({ title: 'Max Sindwani', sourceUrl: 'http://msindwan.bitbucket.org/', language: 'en' });
    // Quoted-printable soft line breaks and =XX escapes are undone: no stray "=" joins remain.
    expect(text).toContain('I am a software engineering student with over four years of web and application development experience.');
    expect(text).not.toMatch(/=\n|=3D|=20/);
  });

  it('reads the old npm and moment.js snapshots', async () => {
    const npm = await importMhtml('old-commit-889d46a_npm.mhtml');
    expect(npm.metadata.sourceUrl).toBe('https://www.npmjs.com/');
    expect(documentText(keptBlocks(npm.candidates))).toContain('more than 4 million developers use npm');
    const moment = await importMhtml('old-commit-889d46a_moment.mhtml');
    expect(moment.metadata.title).toBe('Moment.js | Home');
    expect(keptBlocks(moment.candidates).some((block) => block.type === 'preformatted' && block.text.includes("moment().format('MMMM Do YYYY, h:mm:ss a')"))).toBe(true);
  });

  it('collects base64 image parts as data: URIs by Content-Location (iframes.mhtml)', () => {
    const parsed = parseMhtml(bytesOf('iframes.mhtml'), 'iframes.mhtml');
    expect(parsed.sourceUrl).toBe('https://www.tutorialspoint.com/html/html_iframes.htm');
    const logo = parsed.images.get('https://www.tutorialspoint.com/html/images/html-mini-logo.jpg');
    expect(logo).toMatch(/^data:image\/jpeg;base64,/);
    const jpeg = Uint8Array.from(atob(logo!.slice('data:image/jpeg;base64,'.length).slice(0, 8)), (char) => char.charCodeAt(0));
    expect([jpeg[0], jpeg[1]]).toEqual([0xff, 0xd8]);
  });

  it('embeds a picture referenced by cid: from its own part, fetching nothing', async () => {
    // A small archive around a real JPEG taken from iframes.mhtml.
    const logo = parseMhtml(bytesOf('iframes.mhtml'), 'iframes.mhtml').images.get('https://www.tutorialspoint.com/html/images/html-mini-logo.jpg')!;
    const base64 = logo.slice(logo.indexOf(',') + 1).replace(/(.{76})/g, '$1\r\n');
    const html = '<html><body><article><h1>Picture test</h1><p>This is a paragraph long enough to be an article, with a picture that lives inside the archive rather than on the web.</p><figure><img src=3D"cid:logo@example" alt=3D"The logo"><figcaption>Caption =E2=80=94 with a dash</figcaption></figure></article></body></html>';
    const archive = [
      'From: <Saved by a test>',
      'Snapshot-Content-Location: https://example.org/picture',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; type="text/html"; boundary="----B"',
      '',
      '------B',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      'Content-Location: https://example.org/picture',
      '',
      html.split(' ').join(' =\r\n'), // a soft line break after every space
      '------B',
      'Content-Type: image/jpeg',
      'Content-Transfer-Encoding: base64',
      'Content-ID: <logo@example>',
      '',
      base64,
      '------B--',
      '',
    ].join('\r\n');
    const extraction = await importMhtml('picture.mhtml', new TextEncoder().encode(archive));
    const image = keptBlocks(extraction.candidates).find((block) => block.type === 'image');
    expect(image).toMatchObject({ type: 'image', src: logo, alt: 'The logo', caption: [{ text: 'Caption — with a dash' }] });
    expect(image && 'remoteSrc' in image).toBe(false);
    expect(extraction.metadata.sourceUrl).toBe('https://example.org/picture');
  });
});

describe('broken MHTML files', () => {
  const broken: Array<[string, RegExp]> = [
    ['missing_boundary.mhtml', /no part starts with the boundary/],
    ['missing_boundary_header.mhtml', /names no boundary/],
    ['missing_headers.mhtml', /part 2 has no Content-Location or Content-ID header/],
    ['unexpected_eof.mhtml', /ends unexpectedly, before its closing boundary/],
  ];
  for (const [name, problem] of broken) {
    it(`refuses ${name} with a one-line ImportError`, async () => {
      const error = await importMhtml(name).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ImportError);
      const message = (error as ImportError).message;
      expect(message.startsWith(`${name}: `)).toBe(true);
      expect(message).toMatch(problem);
      expect(message).not.toContain('\n');
    });
  }

  it('refuses a real archive cut off in the middle', async () => {
    const bytes = bytesOf('portfolio.mhtml');
    const error = await importMhtml('portfolio.mhtml', bytes.subarray(0, Math.floor(bytes.length / 2))).catch((caught: unknown) => caught);
    expect((error as ImportError).message).toMatch(/portfolio\.mhtml: .*ends unexpectedly/);
  });
});
