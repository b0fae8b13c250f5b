import { describe, expect, it } from 'vitest';
import { summarizeClaims, unionLength } from '../../../src/core/report/article-summary';
import { claimContext, prepareReportArticle } from '../../../src/core/report/report-article';
import { DEFAULT_REPORT_OPTIONS } from '../../../src/core/report/report-input';
import { seedArticleInput, SEED_QUOTES } from './fixtures';

describe('report summary', () => {
  it('counts overlapping ranges of one tag once', () => {
    expect(unionLength([{ start: 0, end: 10 }, { start: 5, end: 15 }, { start: 20, end: 25 }], 100)).toBe(20);
    expect(unionLength([{ start: 10, end: 20 }, { start: 20, end: 30 }], 100)).toBe(20);
    expect(unionLength([{ start: 90, end: 120 }], 100)).toBe(10);
    expect(unionLength([], 100)).toBe(0);
  });

  it('gives each tag its share of the text and counts fact statuses', () => {
    const summary = summarizeClaims(
      [
        { tag: 'fact', status: 'supported', range: { start: 0, end: 10 } },
        { tag: 'fact', status: 'contested', range: { start: 5, end: 20 } },
        { tag: 'opinion', status: 'supported', range: { start: 50, end: 100 } },
        { tag: 'unsupported', status: 'no-evidence', range: null },
      ],
      200,
    );
    expect(summary.byTag.fact).toMatchObject({ count: 2, coveredLength: 20, share: 0.1 });
    expect(summary.byTag.opinion.share).toBe(0.25);
    expect(summary.byTag.unsupported).toMatchObject({ count: 1, share: 0 });
    expect(summary.factStatus).toEqual({ supported: 1, contested: 1, 'no-evidence': 0 });
    expect(summary.unplacedCount).toBe(1);
  });

  it('takes context from the claim’s own paragraph and never splits a surrogate pair', async () => {
    const seed = await seedArticleInput();
    const report = prepareReportArticle(seed, DEFAULT_REPORT_OPTIONS);
    const anxiety = report.claims.find((c) => c.quote === SEED_QUOTES.anxiety)!;
    expect(anxiety.context!.after).toBe('。');
    expect(anxiety.context!.before).not.toContain('\n');
    const text = 'ab🙂'.repeat(30) + 'QUOTE' + '🙂cd'.repeat(30);
    const start = text.indexOf('QUOTE');
    const context = claimContext(text, { start, end: start + 5 }, 7);
    expect(context.before + context.quote + context.after).toBe(text.slice(start - context.before.length, start + 5 + context.after.length));
    expect(/^[\uDC00-\uDFFF]/.test(context.before)).toBe(false);
    expect(/[\uD800-\uDBFF]$/.test(context.after)).toBe(false);
  });
});
