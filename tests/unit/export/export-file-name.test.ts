import { describe, expect, it } from 'vitest';
import { exportFileName, fileNameTitle } from '../../../src/ui/export/export-file-name';

describe('export file names', () => {
  it('keeps Chinese titles and full-width punctuation, which every file system accepts', () => {
    expect(exportFileName('高铁到了县城，年轻人就会回来吗？', 'report', 'html')).toBe('高铁到了县城，年轻人就会回来吗？-report.html');
  });

  it('replaces characters Windows, macOS or Linux refuse, and trims what Windows would drop', () => {
    expect(exportFileName('A/B: "why?" <now> | *x*\\y.', 'claims', 'csv')).toBe('A B why now x y-claims.csv');
    expect(fileNameTitle('tab\there\nnew line', 'article')).toBe('tab here new line');
    expect(fileNameTitle('...', 'article')).toBe('article');
    expect(fileNameTitle('CON', 'article')).toBe('CON_');
  });

  it('shortens long titles without cutting a character in half', () => {
    const title = '𠀀'.repeat(100);
    const short = fileNameTitle(title, 'article');
    expect(Array.from(short)).toHaveLength(80);
    expect(short).toBe('𠀀'.repeat(80));
  });
});
