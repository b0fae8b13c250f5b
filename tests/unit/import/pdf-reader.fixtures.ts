// Writes small but real PDF files for the PDF reader's tests: Helvetica text laid out in lines and pages,
// an image-only "scan", and a password-protected file (standard security handler, RC4 40-bit).
import { createHash } from 'node:crypto';

export interface TextRun {
  x: number;
  y: number;
  size: number;
  text: string;
  bold?: boolean;
}

export interface PageSpec {
  runs: TextRun[];
  /** Draws a grey picture filling most of the page (a scanned page has nothing else). */
  image?: boolean;
}

export interface PdfOptions {
  title?: string;
  author?: string;
  /** Protects the file with this user password. */
  userPassword?: string;
}

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;

function escapePdfString(text: string): string {
  return text.replace(/[\\()]/g, (char) => `\\${char}`);
}

function pageContent(page: PageSpec): string {
  const parts: string[] = [];
  if (page.image) parts.push(`q ${PAGE_WIDTH - 100} 0 0 ${PAGE_HEIGHT - 100} 50 50 cm /Im1 Do Q`);
  for (const run of page.runs) {
    parts.push(`BT /${run.bold ? 'F2' : 'F1'} ${run.size} Tf ${run.x} ${run.y} Td (${escapePdfString(run.text)}) Tj ET`);
  }
  return parts.join('\n');
}

// The password padding string from the PDF specification (7.6.3.3).
const PASSWORD_PAD = Buffer.from(
  '28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a',
  'hex',
);

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i += 1) {
    j = (j + (s[i] as number) + (key[i % key.length] as number)) & 0xff;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let n = 0; n < data.length; n += 1) {
    i = (i + 1) & 0xff;
    j = (j + (s[i] as number)) & 0xff;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
    out[n] = (data[n] as number) ^ (s[((s[i] as number) + (s[j] as number)) & 0xff] as number);
  }
  return out;
}

function md5(...parts: Buffer[]): Buffer {
  const hash = createHash('md5');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

function padPassword(password: string): Buffer {
  return Buffer.concat([Buffer.from(password, 'latin1'), PASSWORD_PAD]).subarray(0, 32);
}

interface Security {
  encryptDict: string;
  encrypt(objectNumber: number, data: Buffer): Buffer;
  id: Buffer;
}

/** Revision 2 of the standard security handler: enough for any reader to ask for the password. */
function standardSecurity(userPassword: string): Security {
  const id = md5(Buffer.from(`claimlens-test-${userPassword}`));
  const owner = rc4(md5(padPassword(`${userPassword}-owner`)).subarray(0, 5), padPassword(userPassword));
  const permissions = -4; // all permissions
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(padPassword(userPassword), owner, p, id).subarray(0, 5);
  const user = rc4(key, PASSWORD_PAD);
  return {
    id,
    encryptDict: `<< /Filter /Standard /V 1 /R 2 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> /P ${permissions} >>`,
    encrypt(objectNumber, data) {
      const salt = Buffer.from([objectNumber & 0xff, (objectNumber >> 8) & 0xff, (objectNumber >> 16) & 0xff, 0, 0]);
      return rc4(md5(key, salt).subarray(0, 10), data);
    },
  };
}

/** A complete PDF file: catalog, page tree, Helvetica fonts, one content stream per page, info, xref. */
export function buildPdf(pages: readonly PageSpec[], options: PdfOptions = {}): Uint8Array {
  const security = options.userPassword !== undefined ? standardSecurity(options.userPassword) : undefined;
  const objects: Array<Buffer | string> = [];
  const add = (body: Buffer | string): number => {
    objects.push(body);
    return objects.length;
  };
  const stream = (number: number, dict: string, data: Buffer): Buffer => {
    const bytes = security ? security.encrypt(number, data) : data;
    return Buffer.concat([Buffer.from(`${dict.replace(/>>$/, '')} /Length ${bytes.length} >>\nstream\n`, 'latin1'), bytes, Buffer.from('\nendstream', 'latin1')]);
  };
  const string = (number: number, text: string): string =>
    security ? `<${security.encrypt(number, Buffer.from(text, 'latin1')).toString('hex')}>` : `(${escapePdfString(text)})`;

  const catalog = add('');
  const pageTree = add('');
  const regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  let image: number | undefined;
  if (pages.some((page) => page.image)) {
    image = add('');
    const pixels = Buffer.alloc(64 * 64, 0);
    for (let i = 0; i < pixels.length; i += 1) pixels[i] = 128 + ((i * 37) % 90);
    objects[image - 1] = stream(image, '<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8 >>', pixels);
  }
  const pageNumbers: number[] = [];
  for (const page of pages) {
    const content = add('');
    objects[content - 1] = stream(content, '<< >>', Buffer.from(pageContent(page), 'latin1'));
    const xobjects = page.image && image ? ` /XObject << /Im1 ${image} 0 R >>` : '';
    pageNumbers.push(
      add(
        `<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Contents ${content} 0 R /Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >>${xobjects} >> >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R >>`;
  objects[pageTree - 1] = `<< /Type /Pages /Kids [${pageNumbers.map((n) => `${n} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  const info = add('');
  const infoFields: string[] = [];
  if (options.title) infoFields.push(`/Title ${string(info, options.title)}`);
  if (options.author) infoFields.push(`/Author ${string(info, options.author)}`);
  infoFields.push(`/Producer ${string(info, 'Claimlens test writer')}`);
  objects[info - 1] = `<< ${infoFields.join(' ')} >>`;
  const encrypt = security ? add(security.encryptDict) : undefined;

  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(offset);
    const chunk = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`, 'latin1'),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    chunks.push(chunk);
    offset += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  const id = security ? ` /ID [<${security.id.toString('hex')}> <${security.id.toString('hex')}>]` : '';
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''}${id} >>\nstartxref\n${offset}\n%%EOF\n`;
  chunks.push(Buffer.from(xref + trailer, 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}

export interface ArticleLayout {
  title: string;
  byline?: string;
  paragraphs: string[];
  /** Running header and footer printed on every page; `{page}` and `{pages}` are replaced. */
  header?: string;
  footer?: string;
  pageNumber?: string;
  charsPerLine?: number;
  linesPerPage?: number;
}

/**
 * Lays an article out like a word processor would: title in large bold type, 11-point body lines of a
 * fixed width, a blank line's worth of space between paragraphs, long words hyphenated at line ends,
 * and a running header, footer and page number on every page.
 */
export function layoutArticle(layout: ArticleLayout): PageSpec[] {
  const charsPerLine = layout.charsPerLine ?? 80;
  const linesPerPage = layout.linesPerPage ?? 40;
  type Line = { text: string; size: number; bold?: boolean; gapBefore: number };
  const lines: Line[] = [{ text: layout.title, size: 20, bold: true, gapBefore: 0 }];
  if (layout.byline) lines.push({ text: layout.byline, size: 11, gapBefore: 10 });
  for (const paragraph of layout.paragraphs) {
    let current = '';
    let first = true;
    const push = (text: string): void => {
      lines.push({ text, size: 11, gapBefore: first ? 12 : 0 });
      first = false;
    };
    for (const word of paragraph.split(' ')) {
      const candidate = current === '' ? word : `${current} ${word}`;
      if (candidate.length <= charsPerLine) {
        current = candidate;
        continue;
      }
      // Hyphenate a long word when a useful part of it still fits.
      const room = charsPerLine - current.length - 2;
      if (room >= 4 && /^[a-z]{7,}/.test(word) && word.length - room >= 3 && /^[a-z]+$/.test(word.slice(0, room))) {
        push(`${current} ${word.slice(0, room)}-`);
        current = word.slice(room);
      } else {
        push(current);
        current = word;
      }
    }
    if (current !== '') push(current);
  }

  const pages: PageSpec[] = [];
  let runs: TextRun[] = [];
  let y = 0;
  let used = 0;
  const top = 700;
  const newPage = (): void => {
    runs = [];
    pages.push({ runs });
    y = top;
    used = 0;
  };
  newPage();
  for (const line of lines) {
    if (used >= linesPerPage) newPage();
    else if (used > 0) y -= (line.size === 11 ? 14 : line.size * 1.3) + line.gapBefore;
    runs.push({ x: 72, y, size: line.size, text: line.text, bold: line.bold });
    used += 1;
  }
  const total = pages.length;
  pages.forEach((page, index) => {
    const fill = (text: string): string => text.replace('{page}', String(index + 1)).replace('{pages}', String(total));
    if (layout.header) page.runs.push({ x: 72, y: 750, size: 9, text: fill(layout.header) });
    if (layout.footer) page.runs.push({ x: 72, y: 40, size: 9, text: fill(layout.footer) });
    if (layout.pageNumber) page.runs.push({ x: 520, y: 40, size: 9, text: fill(layout.pageNumber) });
  });
  return pages;
}
