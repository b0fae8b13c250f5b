// Index terms and query atoms: Chinese by character n-grams, English by folded, stemmed words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldCase, latinTerm, stemEnglish } from '../../../src/core/search/fold-latin';
import { indexTerms, parseQuery } from '../../../src/core/search/tokenize';
import { SEED_PATH } from '../../shared-material';

const seed = readFileSync(SEED_PATH, 'utf8');

describe('indexTerms', () => {
  it('makes every character and two-character substring of a Chinese run findable, and nothing longer', () => {
    const terms = indexTerms('当中亚五国元首相继飞抵华盛顿');
    for (const gram of ['中亚', '亚五', '华盛', '盛顿', '飞抵']) expect(terms).toContain(gram);
    expect(terms).toContain('顿');
    // Queries are matched by bigrams, so longer dictionary words would never be read.
    expect(terms).not.toContain('华盛顿');
  });

  it('finds the bigrams of 哈萨克斯坦 and 中亚峰会 in the seed article', () => {
    const terms = indexTerms(seed);
    for (const query of ['哈萨克斯坦', '中亚峰会']) {
      const [atom] = parseQuery(query);
      expect(atom.kind).toBe('unspaced');
      if (atom.kind === 'unspaced') for (const term of atom.terms) expect(terms).toContain(term);
    }
  });

  it('folds case and accents and stems English words, including inside mixed text', () => {
    const terms = indexTerms('Libraries FUNDED Café C5+1峰会 rails');
    expect(terms).toContain('library');
    expect(terms).toContain('fund');
    expect(terms).toContain('cafe');
    expect(terms).toContain('c5');
    expect(terms).toContain('峰会');
    expect(terms).toContain('rail');
  });
});

describe('stemming', () => {
  it('maps common inflections to one form and leaves short or irregular words', () => {
    expect(stemEnglish('libraries')).toBe('library');
    expect(stemEnglish('running')).toBe('run');
    expect(stemEnglish('press')).toBe('press');
    expect(stemEnglish('bus')).toBe('bus');
    expect(foldCase('Élan')).toBe('elan');
    expect(latinTerm('Library')).toBe(latinTerm('libraries'));
  });
});

describe('parseQuery', () => {
  it('splits mixed queries into atoms, Chinese runs as bigrams and English words as prefixes', () => {
    expect(parseQuery('县城 Library')).toEqual([
      { kind: 'unspaced', text: '县城', terms: ['县城'] },
      { kind: 'spaced', text: 'Library', term: 'library', prefix: true },
    ]);
    expect(parseQuery('京沪高铁')).toEqual([{ kind: 'unspaced', text: '京沪高铁', terms: ['京沪', '沪高', '高铁'] }]);
    expect(parseQuery('城')).toEqual([{ kind: 'unspaced', text: '城', terms: ['城'] }]);
  });

  it('ignores punctuation and repeated words, and gives nothing for an empty query', () => {
    expect(parseQuery('  ，。!? ')).toEqual([]);
    expect(parseQuery('rail rail')).toHaveLength(1);
  });
});
