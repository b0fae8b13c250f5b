import { describe, expect, it } from 'vitest';
import { buildClaimReviews } from '../../../src/core/exchange/claim-review';
import { englishArticleInput, reportInput, seedArticleInput, SEED_QUOTES, ENGLISH_QUOTES } from '../report/fixtures';

describe('ClaimReview JSON-LD', () => {
  it('reviews only fact claims that have sources, rated from their status', async () => {
    const reviews = buildClaimReviews(reportInput([await seedArticleInput(), await englishArticleInput()]));
    expect(reviews.map((r) => r.claimReviewed).sort()).toEqual([SEED_QUOTES.resources, SEED_QUOTES.locomotives, SEED_QUOTES.boeing, ENGLISH_QUOTES.vote, ENGLISH_QUOTES.emoji].sort());
    const byQuote = Object.fromEntries(reviews.map((r) => [r.claimReviewed, r]));
    expect(byQuote[SEED_QUOTES.locomotives]!.reviewRating).toEqual({ '@type': 'Rating', ratingValue: 3, bestRating: 3, worstRating: 1, alternateName: 'Supported by sources' });
    expect(byQuote[SEED_QUOTES.boeing]!.reviewRating.alternateName).toBe('Contested');
    expect(byQuote[SEED_QUOTES.boeing]!.reviewRating.ratingValue).toBe(1);
    expect(byQuote[SEED_QUOTES.resources]!.reviewRating).toMatchObject({ alternateName: 'Unverified', ratingValue: 2 });
  });

  it('names the claim, where it appeared, its author and the reviewer', async () => {
    const seed = await seedArticleInput();
    const [review] = buildClaimReviews(reportInput([seed])).filter((r) => r.claimReviewed === SEED_QUOTES.boeing);
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      itemReviewed: {
        '@type': 'Claim',
        appearance: { '@type': 'CreativeWork', url: seed.article.sourceUrl },
        author: { '@type': 'Person', name: '国际观察员' },
      },
      author: { '@type': 'Person', name: 'Lin Wei' },
      datePublished: '2025-11-08',
    });
    expect(JSON.parse(JSON.stringify(review))).toEqual(review);
  });
});
