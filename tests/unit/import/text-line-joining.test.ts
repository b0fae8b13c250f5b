import { describe, expect, it } from 'vitest';
import { joinLine, joinLines } from '../../../src/import/text-line-joining';

describe('joinLine', () => {
  it('joins CJK lines with no space and Latin lines with one', () => {
    expect(joinLine('中亚地处欧亚大陆的心脏地带,是连接', '东西方的古老枢纽。')).toBe('中亚地处欧亚大陆的心脏地带,是连接东西方的古老枢纽。');
    expect(joinLine('The council voted on', 'Monday night.')).toBe('The council voted on Monday night.');
  });

  it('puts a space between Han and a Latin word, but not next to full-width punctuation', () => {
    expect(joinLine('这次峰会由美国总统', 'Donald Trump 主持')).toBe('这次峰会由美国总统 Donald Trump 主持');
    expect(joinLine('他说:“', 'OK”')).toBe('他说:“OK”');
    // Chinese set with half-width punctuation, as the seed article is.
    expect(joinLine('在全球供应链重组的今天,', '控制这些关键资源')).toBe('在全球供应链重组的今天,控制这些关键资源');
    expect(joinLine('蕴藏着丰富的石油、', 'GDP')).toBe('蕴藏着丰富的石油、GDP');
  });

  it('rejoins a word hyphenated at the line end, keeps real hyphens and dashes', () => {
    expect(joinLines(['the whole progra-', 'mme of reinforcements'])).toBe('the whole programme of reinforcements');
    expect(joinLine('a vote of thirty-', 'One')).toBe('a vote of thirty- One');
    expect(joinLine('costs rose -', 'sharply')).toBe('costs rose - sharply');
  });
});
