import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalCharset, decodeBytes, sniffHtmlCharset } from '../../../src/import/charset';
import { nodeHtmlParser } from '../../../src/import/node-html-parser';
import { legacyEncoder, readabilityPageBytes, readabilityPagePath } from './corpus-files';

/** The article text of a corpus page, as Readability expects it, white space folded. */
function expectedText(name: string): string {
  const doc = nodeHtmlParser(readFileSync(readabilityPagePath(name, 'expected.html'), 'utf8'));
  return (doc.documentElement?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('decodeBytes', () => {
  it('reads the qq page as UTF-8 although it declares gb2312, and says so', () => {
    const bytes = readabilityPageBytes('qq');
    expect(sniffHtmlCharset(bytes)).toBe('gb2312');
    const decoded = decodeBytes(bytes, { html: true });
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.text).toContain('DeepMind新电脑已可利用记忆自学');
    expect(decoded.text).not.toContain('\uFFFD');
    expect(decoded.warnings).toEqual([{ code: 'charset-declared-mismatch', params: { declared: 'gb2312', actual: 'UTF-8' } }]);
  });

  it('honours a byte order mark over a declaration', () => {
    const body = new TextEncoder().encode('<meta charset="big5"><p>中文</p>');
    const decoded = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...body]), { html: true });
    expect(decoded).toMatchObject({ charset: 'utf-8', source: 'bom' });
    expect(decoded.text.startsWith('<meta')).toBe(true);
  });

  it('maps gb2312 and gbk labels to the GB18030 superset', () => {
    expect(canonicalCharset('GB2312')).toBe('gb18030');
    expect(canonicalCharset('gbk')).toBe('gb18030');
    expect(canonicalCharset('latin1')).toBe('windows-1252');
    expect(canonicalCharset('no-such-charset')).toBeUndefined();
  });

  // Real article text from the corpus, re-encoded in the charset such pages were published in.
  const undeclared: Array<[string, string]> = [
    ['gmw', 'gb18030'],
    ['youth', 'gb18030'],
    ['pixnet', 'big5'],
    ['hukumusume', 'shift_jis'],
    ['yahoo-4', 'shift_jis'],
    ['heise', 'windows-1252'],
    ['lemonde-1', 'windows-1252'],
  ];
  for (const [page, charset] of undeclared) {
    it(`detects ${charset} without a declaration (${page})`, () => {
      const { bytes, kept } = legacyEncoder(charset)(expectedText(page));
      const decoded = decodeBytes(bytes);
      expect(decoded.charset).toBe(charset);
      expect(decoded.source).toBe('detected');
      expect(decoded.text).toBe(kept);
    });
  }

  it('trusts a declared legacy charset when the bytes fit it', () => {
    const { bytes, kept } = legacyEncoder('gb18030')(expectedText('gmw'));
    const decoded = decodeBytes(bytes, { declared: 'GBK' });
    expect(decoded).toMatchObject({ charset: 'gb18030', source: 'declared', warnings: [] });
    expect(decoded.text).toBe(kept);
  });

  it('decodes invalid bytes in the declared charset with replacement characters and a warning', () => {
    const { bytes } = legacyEncoder('gb18030')(expectedText('gmw'));
    const damaged = new Uint8Array([...bytes.subarray(0, 200), 0xff, 0xff, ...bytes.subarray(200)]);
    const decoded = decodeBytes(damaged, { declared: 'gb2312' });
    expect(decoded.charset).toBe('gb18030');
    expect(decoded.text).toContain('\uFFFD');
    expect(decoded.text.length).toBeGreaterThan(1000);
    expect(decoded.warnings).toEqual([{ code: 'invalid-bytes', params: { count: expect.any(Number), charset: 'gb18030' } }]);
  });

  it('keeps UTF-8 with one broken sequence as UTF-8', () => {
    const good = new TextEncoder().encode(expectedText('qq'));
    const decoded = decodeBytes(new Uint8Array([...good.subarray(0, 90), 0xc3, ...good.subarray(90)]));
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.text).toContain('DeepMind');
    expect(decoded.warnings).toEqual([{ code: 'invalid-bytes', params: { count: 1, charset: 'utf-8' } }]);
  });
});
