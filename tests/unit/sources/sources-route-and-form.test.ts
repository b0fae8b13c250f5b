import { describe, expect, it } from 'vitest';
import { parseCitation } from '../../../src/core/citation';
import type { Source } from '../../../src/core/model';
import { parseRoute, routeHref } from '../../../src/ui/router';
import { checkSourceDraft, cleanSourceDraft, emptySourceDraft, withCitation } from '../../../src/ui/sources/source-form-state';
import { likelyDuplicates, sourceMatches } from '../../../src/ui/sources/source-search';

describe('the #/sources route', () => {
  it('parses and writes #/sources, leaving the other routes as they were', () => {
    expect(parseRoute('#/sources')).toEqual({ screen: 'sources' });
    expect(routeHref({ screen: 'sources' })).toBe('#/sources');
    expect(parseRoute('#/article/a1/claim/c1')).toEqual({ screen: 'article', articleId: 'a1', claimId: 'c1' });
    expect(parseRoute('#/sources/extra')).toEqual({ screen: 'library' });
  });
});

describe('the source form checks', () => {
  it('needs a title or a link', () => {
    expect(checkSourceDraft(emptySourceDraft())).toEqual({ title: { key: 'needTitleOrUrl' } });
    expect(checkSourceDraft({ ...emptySourceDraft(), title: 'Interview' })).toEqual({});
    expect(checkSourceDraft({ ...emptySourceDraft(), url: 'https://example.com/a' })).toEqual({});
  });

  it('names a refused link and a malformed date', () => {
    expect(checkSourceDraft({ ...emptySourceDraft(), url: 'javascript:alert(1)', publishedDate: '5/3/2024' })).toEqual({
      url: { key: 'url', problem: { kind: 'scheme', scheme: 'javascript:' } },
      publishedDate: { key: 'date' },
    });
    expect(checkSourceDraft({ ...emptySourceDraft(), title: 'x', publishedDate: '2024-05' })).toEqual({});
  });

  it('defaults the accessed date to today', () => {
    expect(emptySourceDraft().accessedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('stores a typed link in its parsed form and trims the rest', () => {
    expect(cleanSourceDraft({ ...emptySourceDraft(), url: ' www.example.com/a ', title: '  Title ' })).toMatchObject({ url: 'https://www.example.com/a', title: 'Title' });
  });

  it('fills from a citation only what the citation says', () => {
    const typed = { ...emptySourceDraft(), note: 'my note', publisher: 'Typed publisher' };
    expect(withCitation(typed, parseCitation('《中国铁路年鉴》'))).toMatchObject({ title: '中国铁路年鉴', publisher: 'Typed publisher', note: 'my note' });
  });
});

describe('finding sources', () => {
  const source = (id: string, title: string, fields: Partial<Source> = {}): Source => ({
    id, title, url: '', normalizedUrl: '', publisher: '', author: '', publishedDate: '', accessedDate: '', excerpt: '',
    reliability: 'unknown', reliabilityReason: '', note: '', createdAt: '', updatedAt: '', ...fields,
  });

  it('matches every word of the query in any field, ignoring case and width', () => {
    const report = source('1', '2011年铁道统计公报', { publisher: 'National Railway Administration' });
    expect(sourceMatches(report, '统计 railway')).toBe(true);
    expect(sourceMatches(report, 'ＲＡＩＬＷＡＹ')).toBe(true);
    expect(sourceMatches(report, 'railway bus')).toBe(false);
  });

  it('pairs sources whose titles differ only in case and punctuation', () => {
    const found = likelyDuplicates([source('a', 'China Railway Yearbook'), source('b', 'china railway yearbook.'), source('c', 'Something else')]);
    expect(found.get('a')?.id).toBe('b');
    expect(found.get('b')?.id).toBe('a');
    expect(found.has('c')).toBe(false);
  });
});
