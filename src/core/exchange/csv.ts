// RFC 4180 CSV: writing rows (CRLF line ends, quotes doubled, fields with comma, quote or line break
// quoted) and reading them back, used by the claims export and its tests.

export const UTF8_BOM = '\uFEFF';

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return, which some strip
 * before looking) as a formula, so an annotator's note like `=HYPERLINK(...)` could act when a teacher
 * opens the file. Such cells get a leading apostrophe, which spreadsheets show as plain text (OWASP's
 * advice for CSV injection). The one cost: a value really starting with these characters gains a `'`.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as CSV text with CRLF after every row, formulas neutralized. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((cell) => csvField(neutralizeFormula(cell))).join(',') + '\r\n').join('');
}

/** CSV text with a byte-order mark, so Excel opens UTF-8 (Chinese included) correctly. */
export function csvBytes(csvText: string): Uint8Array {
  return new TextEncoder().encode(UTF8_BOM + csvText);
}

/** Parses RFC 4180 text (a leading BOM is dropped; CRLF or LF line ends). Throws on a malformed quote. */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < input.length) {
    const char = input[i]!;
    if (quoted) {
      if (char === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        if (i < input.length && !/[,\r\n]/.test(input[i]!)) throw new Error(`CSV: text after a closing quote at offset ${i}`);
        continue;
      }
      field += char;
      i += 1;
      continue;
    }
    if (char === '"') {
      if (field !== '') throw new Error(`CSV: quote inside an unquoted field at offset ${i}`);
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (char === '\r' && input[i + 1] === '\n') i += 1;
    } else {
      field += char;
    }
    i += 1;
  }
  if (quoted) throw new Error('CSV: unterminated quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
