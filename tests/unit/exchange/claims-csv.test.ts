import { describe, expect, it } from 'vitest';
import { buildClaimsCsv, CLAIM_SOURCES_CSV_COLUMNS, CLAIMS_CSV_COLUMNS } from '../../../src/core/exchange/claims-csv';
import { formatCsv, neutralizeFormula, parseCsv } from '../../../src/core/exchange/csv';
import { englishArticleInput, ENGLISH_QUOTES, reportInput, seedArticleInput, SEED_QUOTES } from '../report/fixtures';

const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

async function table(perSource: boolean) {
  const bytes = buildClaimsCsv(reportInput([await seedArticleInput(), await englishArticleInput()]), { perSource });
  const text = decode(bytes);
  const [header, ...rows] = parseCsv(text);
  const records = rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
  return { bytes, text, header: header!, rows, records };
}

describe('claims CSV', () => {
  it('is UTF-8 with a BOM and CRLF line ends', async () => {
    const { bytes, text } = await table(false);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.endsWith('\r\n')).toBe(true);
    // Every LF outside a quoted field is part of a CRLF.
    expect(text.replace(/"(?:[^"]|"")*"/g, '').match(/(?<!\r)\n/g)).toBeNull();
  });

  it('parses back to the same fields, Chinese, commas, quotes and line breaks included', async () => {
    const { header, records } = await table(false);
    expect(header).toEqual(CLAIMS_CSV_COLUMNS);
    expect(records).toHaveLength(11);
    const resources = records.find((r) => r['quote'] === SEED_QUOTES.resources)!;
    expect(resources).toMatchObject({ tag: 'fact', status: 'no-evidence', note: '需要核对：稀土储量数据来自哪里？', annotator: 'Lin Wei', article_title: '亚洲五国元首飞抵美国,特朗普将借这个机会,好好给中俄上眼药?' });
    const vote = records.find((r) => r['quote'] === ENGLISH_QUOTES.vote)!;
    expect(vote['note']).toBe('Check the minutes.\nLine two, with "quotes", commas');
    expect(records.find((r) => r['quote'] === ENGLISH_QUOTES.emoji)!['status']).toBe('contested');
  });

  it('neutralises formulas in cells that start with = + - @ tab or CR', async () => {
    const { records } = await table(false);
    expect(records.find((r) => r['quote'] === ENGLISH_QUOTES.emoji)!['note']).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(records.find((r) => r['quote'] === ENGLISH_QUOTES.reckless)!['note']).toBe(`'+1 @everyone -- <img src=x onerror=alert(1)>`);
    for (const risky of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(neutralizeFormula(risky)).toBe(`'${risky}`);
    expect(neutralizeFormula('1-1')).toBe('1-1');
  });

  it('has one row per claim-source pair, and one row for a claim without sources', async () => {
    const { header, records } = await table(true);
    expect(header).toEqual(CLAIM_SOURCES_CSV_COLUMNS);
    const boeing = records.filter((r) => r['quote'] === SEED_QUOTES.boeing);
    expect(boeing.map((r) => [r['stance'], r['source_publisher']])).toEqual([
      ['supports', '新华网'],
      ['contradicts', 'Boeing'],
    ]);
    expect(boeing[1]!['link_quote']).toBe('order for up to 22 aircraft, not "billions"');
    const lonely = records.filter((r) => r['quote'] === SEED_QUOTES.anxiety);
    expect(lonely).toHaveLength(1);
    expect(lonely[0]!['stance']).toBe('');
    // 11 claims; the Boeing claim has two sources: 12 rows.
    expect(records).toHaveLength(12);
  });

  it('writes and reads RFC 4180 edge cases', () => {
    const rows = [['a,b', 'say "hi"', 'line\nbreak', '', '中文，标点'], ['x', 'crlf\r\ninside', ' spaced ', '"', '']];
    expect(parseCsv(formatCsv(rows))).toEqual(rows);
    expect(formatCsv([['a', 'b"c']])).toBe('a,"b""c"\r\n');
    expect(() => parseCsv('"open')).toThrow(/unterminated/);
  });
});
