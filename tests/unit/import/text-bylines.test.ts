import { describe, expect, it } from 'vitest';
import { bylineAuthor, copyrightHolder, nameOnLine, sourceLabel } from '../../../src/import/text-bylines';

describe('bylineAuthor', () => {
  it('reads English and Chinese bylines', () => {
    expect(bylineAuthor('By Jane Doe')).toBe('Jane Doe');
    expect(bylineAuthor('By Jane Doe and John Roe, Political correspondents')).toBe('Jane Doe and John Roe');
    expect(bylineAuthor('By Jane Doe | 3 March 2025')).toBe('Jane Doe');
    expect(bylineAuthor('Dan Goodin - Apr 16, 2015 8:02 pm UTC')).toBe('Dan Goodin');
    expect(bylineAuthor('By JEFFREY GETTLEMAN JAN. 12, 2017')).toBe('JEFFREY GETTLEMAN');
    expect(bylineAuthor('2025-03-03 10:15:22  来源:江畔日报  作者:林晓舟')).toBe('林晓舟');
    expect(bylineAuthor('文/李四')).toBe('李四');
    expect(bylineAuthor('本报记者 张三 王五')).toBe('张三、王五');
  });

  it('does not take sentences or labels for bylines', () => {
    expect(bylineAuthor('by the end of the year, prices had doubled')).toBeUndefined();
    expect(bylineAuthor('Published 3 March 2025, 14:05')).toBeUndefined();
    expect(bylineAuthor('记者在现场看到,车站广场上的出租车司机说,周末从省城回来的年轻人明显多了,这在过去是很少见的事情,大家都觉得变化很大。')).toBeUndefined();
  });
});

describe('names, sources and copyright holders', () => {
  it('finds a name line of an author panel, ignoring left-over image names', () => {
    expect(nameOnLine('胡麒牧博士 incentive-icons')).toBe('胡麒牧博士');
    expect(nameOnLine('Jane Doe')).toBe('Jane Doe');
    expect(nameOnLine('2919文章数 8311关注度')).toBeUndefined();
    expect(nameOnLine('中国数实融合50人论坛副秘书长,北京航空航天大学MBA校外导师')).toBeUndefined();
  });

  it('reads 来源/Source labels and © lines', () => {
    expect(sourceLabel('来源:新华社')).toBe('新华社');
    expect(sourceLabel('Source: Reuters')).toBe('Reuters');
    expect(copyrightHolder('© 2025 Harbour Herald Media. All rights reserved.')).toBe('Harbour Herald Media');
    expect(copyrightHolder('Copyright 2019-2025 Example News')).toBe('Example News');
  });
});
