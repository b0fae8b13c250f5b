import { describe, expect, it } from 'vitest';
import { parseCitation } from '../../../src/core/citation';

describe('parseCitation', () => {
  it('reads an APA reference', () => {
    expect(parseCitation('Smith, J. (2024, May 3). High-speed rail and county towns. The Economist. https://www.economist.com/x?utm_source=tw.')).toEqual({
      url: 'https://www.economist.com/x?utm_source=tw',
      title: 'High-speed rail and county towns',
      author: 'Smith, J.',
      publisher: 'The Economist',
      publishedDate: '2024-05-03',
      accessedDate: '',
    });
  });

  it('reads an MLA reference with an access date and a URL without scheme', () => {
    expect(
      parseCitation('Gettleman, Jeffrey. "United States to Lift Sudan Sanctions." The New York Times, 6 Oct. 2017, www.nytimes.com/2017/10/06/world/africa/sudan.html. Accessed 3 May 2024.'),
    ).toEqual({
      url: 'https://www.nytimes.com/2017/10/06/world/africa/sudan.html',
      title: 'United States to Lift Sudan Sanctions',
      author: 'Gettleman, Jeffrey',
      publisher: 'The New York Times',
      publishedDate: '2017-10-06',
      accessedDate: '2024-05-03',
    });
  });

  it('reads a GB/T 7714 reference', () => {
    expect(parseCitation('国家统计局. 2023年国民经济和社会发展统计公报[EB/OL]. 国家统计局网站, 2024-02-29. https://www.stats.gov.cn/sj/zxfb/202402/t20240228.html')).toEqual({
      url: 'https://www.stats.gov.cn/sj/zxfb/202402/t20240228.html',
      title: '2023年国民经济和社会发展统计公报',
      author: '国家统计局',
      publisher: '国家统计局网站',
      publishedDate: '2024-02-29',
      accessedDate: '',
    });
  });

  it('reads a Chinese book title in 《》 with no URL at all', () => {
    expect(parseCitation('《中国铁路年鉴》，中国铁道出版社，2012年')).toMatchObject({ url: '', title: '中国铁路年鉴', publisher: '中国铁道出版社', publishedDate: '2012' });
  });

  it('keeps a plain description as the title, with the date it names', () => {
    expect(parseCitation('Interview with the county mayor, 12 March 2023')).toMatchObject({ url: '', title: 'Interview with the county mayor', publishedDate: '2023-03-12' });
    expect(parseCitation('县政府工作报告，2023年3月12日')).toMatchObject({ title: '县政府工作报告', publishedDate: '2023-03-12' });
  });

  it('returns empty fields for empty text', () => {
    expect(parseCitation('   ')).toEqual({ url: '', title: '', author: '', publisher: '', publishedDate: '', accessedDate: '' });
  });
});

describe('parseCitation without quotes or brackets', () => {
  it('reads “Title. Publisher, year”', () => {
    expect(parseCitation('中国铁路年鉴. 中国铁道出版社, 2012')).toMatchObject({ title: '中国铁路年鉴', publisher: '中国铁道出版社', publishedDate: '2012' });
  });

  it('reads “Author. Title. Publisher, date”', () => {
    expect(parseCitation('Wang Li. County towns after the railway. Rail Review, March 2019')).toMatchObject({
      author: 'Wang Li',
      title: 'County towns after the railway',
      publisher: 'Rail Review',
      publishedDate: '2019-03',
    });
  });
});
