// Re-anchoring claims in the Chinese seed article (no spaces between words) after edits to it.
import { describe, expect, it } from 'vitest';
import { anchorSelectors, reanchorClaims } from '../../../src/core/anchoring';
import type { Claim } from '../../../src/core/model';
import { claimOn, edit } from './claim-builder';
import { readShared, SEED_ARTICLE } from './shared-fixtures';

const seed = readShared(SEED_ARTICLE);
const passages = [
  '9月,哈萨克斯坦与美国达成协议,将在未来十年斥资40亿美元采购美国机车',
  '这种基于共同发展的深厚合作基础,是任何外部力量都难以轻易撼动的',
  '一旦成型,将彻底改变欧亚大陆的贸易版图,极大削弱莫斯科的战略地位',
] as const;
const [kazakhstan, cooperation, tradeMap] = passages;
const editorsNote = '编者按:本文观点仅代表作者本人,不代表本平台立场。\n\n';

function tagged(text: string): Claim[] {
  return passages.map((passage) => claimOn(text, passage));
}

function quotes(text: string, claims: Claim[]): (string | null)[] {
  return claims.map((claim) => {
    if (claim.orphaned) return null;
    const { start, end } = claim.selectors.position;
    expect(claim.selectors.quote.exact).toBe(text.slice(start, end));
    return text.slice(start, end);
  });
}

describe('anchoring in the Chinese seed article', () => {
  it('finds each passage exactly once, with the punctuation the file really has', () => {
    for (const passage of passages) {
      expect(seed.split(passage)).toHaveLength(2);
    }
    const claims = tagged(seed);
    const { report } = reanchorClaims(claims, seed);
    expect(report).toEqual({ unchanged: 3, moved: 0, fuzzy: 0, orphaned: 0 });
  });

  it('moves every claim with a paragraph inserted at the top', () => {
    const claims = tagged(seed);
    const edited = editorsNote + seed;
    const { claims: placed, report } = reanchorClaims(claims, edited);
    expect(report).toEqual({ unchanged: 0, moved: 3, fuzzy: 0, orphaned: 0 });
    expect(quotes(edited, placed)).toEqual([...passages]);
    placed.forEach((claim, index) => {
      expect(claim.selectors.position.start).toBe(claims[index]!.selectors.position.start + editorsNote.length);
    });
  });

  it('follows figures, words and punctuation changed inside the passages', () => {
    const claims = tagged(seed);
    let edited = seed.replace(kazakhstan, kazakhstan.replace('40亿', '45亿'));
    edited = edited.replace(cooperation, cooperation.replace('深厚', '').replace(',', '，'));
    edited = edited.replace(tradeMap, tradeMap.replace('彻底改变', '深刻重塑'));
    const { claims: placed, report } = reanchorClaims(claims, edited);
    expect(report).toEqual({ unchanged: 0, moved: 0, fuzzy: 3, orphaned: 0 });
    expect(quotes(edited, placed)).toEqual([
      kazakhstan.replace('40亿', '45亿'),
      cooperation.replace('深厚', '').replace(',', '，'),
      tradeMap.replace('彻底改变', '深刻重塑'),
    ]);
  });

  it('follows a change of every ASCII comma to a full-width one throughout the article', () => {
    const claims = tagged(seed);
    const edited = seed.replaceAll(',', '，');
    const { claims: placed, report } = reanchorClaims(claims, edited);
    expect(report).toEqual({ unchanged: 0, moved: 0, fuzzy: 3, orphaned: 0 });
    expect(quotes(edited, placed)).toEqual(passages.map((passage) => passage.replaceAll(',', '，')));
  });

  it('orphans the claim whose passage was deleted, keeps its selectors, and places it again when the passage returns', () => {
    const claims = tagged(seed);
    const sentenceStart = seed.lastIndexOf('。', seed.indexOf(tradeMap)) + 1;
    const sentenceEnd = seed.indexOf('。', seed.indexOf(tradeMap)) + 1;
    const withoutSentence = edit(editorsNote + seed, editorsNote.length + sentenceStart, editorsNote.length + sentenceEnd, '');
    expect(withoutSentence).not.toContain('一旦成型');

    const first = reanchorClaims(claims, withoutSentence);
    expect(first.report).toEqual({ unchanged: 0, moved: 2, fuzzy: 0, orphaned: 1 });
    const orphan = first.claims[2]!;
    expect(orphan.orphaned).toBe(true);
    expect(orphan.selectors).toEqual(claims[2]!.selectors);
    expect(anchorSelectors(orphan.selectors, withoutSentence)).toEqual({ kind: 'orphan' });

    const second = reanchorClaims(first.claims, seed);
    expect(second.report).toEqual({ unchanged: 1, moved: 2, fuzzy: 0, orphaned: 0 });
    expect(second.claims.map((claim) => claim.orphaned)).toEqual([false, false, false]);
    expect(second.claims.map((claim) => claim.selectors)).toEqual(claims.map((claim) => claim.selectors));
  });

  it('returns the very same claim objects when nothing needs to change', () => {
    const claims = tagged(seed);
    const { claims: placed } = reanchorClaims(claims, seed);
    placed.forEach((claim, index) => expect(claim).toBe(claims[index]));
  });
});
