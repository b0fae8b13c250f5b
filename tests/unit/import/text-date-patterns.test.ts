import { describe, expect, it } from 'vitest';
import { findDates, isDateLine, isoDateOf } from '../../../src/import/text-date-patterns';

describe('findDates', () => {
  it('reads the ways news pages write dates', () => {
    expect(findDates('2026-02-25 18:47:00').map((d) => [d.iso, d.hasTime])).toEqual([['2026-02-25', true]]);
    expect(isoDateOf('2026/2/5')).toBe('2026-02-05');
    expect(isoDateOf('发布时间:2025年3月3日 10:15')).toBe('2025-03-03');
    expect(isoDateOf('Published 3 March 2025, 14:05')).toBe('2025-03-03');
    expect(isoDateOf('Updated: Mar. 4, 2025 at 9:12 am')).toBe('2025-03-04');
    expect(isoDateOf('Tuesday 4th March 2025')).toBe('2025-03-04');
  });

  it('rejects impossible dates and numbers that only look like dates', () => {
    expect(isoDateOf('2025-02-30')).toBe('');
    expect(isoDateOf('2025-13-01')).toBe('');
    expect(isoDateOf('515:1 常冰玉打笑墨菲')).toBe('');
    expect(isoDateOf('version 1.2.3')).toBe('');
  });

  it('finds every date in a sentence, in order', () => {
    expect(findDates('从2023年5月1日到2024-06-30,再到 1 July 2025。').map((d) => d.iso)).toEqual(['2023-05-01', '2024-06-30', '2025-07-01']);
  });
});

describe('isDateLine', () => {
  it('accepts a timestamp with a label, refuses a sentence that mentions a date', () => {
    expect(isDateLine('2026-02-25 18:47:00')?.iso).toBe('2026-02-25');
    expect(isDateLine('Published 3 March 2025, 14:05 GMT')?.iso).toBe('2025-03-03');
    expect(isDateLine('发布于 2025年3月3日 星期一')?.iso).toBe('2025-03-03');
    expect(isDateLine('2017-03-10 09:58 来源:网易科学人')?.iso).toBe('2017-03-10');
    expect(isDateLine('9月,哈萨克斯坦与美国在2025年9月1日达成协议')).toBeUndefined();
    expect(isDateLine('The council met on 3 March 2025 to vote on the plan.')).toBeUndefined();
  });
});
