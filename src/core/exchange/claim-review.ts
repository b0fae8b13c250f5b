// schema.org ClaimReview markup for fact claims that have sources, so a class's checked claims can be
// published in the form search engines and fact-check aggregators read.
import type { ClaimStatus } from '../model';
import type { ReportInput } from '../report/report-input';
import { prepareReportArticle } from '../report/report-article';
import { linkableUrl } from '../report/html-escape';

/**
 * The rating scale: 1 = contested (a source contradicts the claim), 2 = unverified (sources give only
 * context), 3 = supported. Three steps because the status has three values; we never claim more
 * precision than the evidence links give.
 */
export const CLAIM_REVIEW_RATINGS: Record<ClaimStatus, { ratingValue: number; alternateName: string }> = {
  contested: { ratingValue: 1, alternateName: 'Contested' },
  'no-evidence': { ratingValue: 2, alternateName: 'Unverified' },
  supported: { ratingValue: 3, alternateName: 'Supported by sources' },
};

interface Person {
  '@type': 'Person';
  name: string;
}

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  claimReviewed: string;
  itemReviewed: {
    '@type': 'Claim';
    appearance: { '@type': 'CreativeWork'; url?: string; headline?: string; datePublished?: string; author?: Person };
    author?: Person;
    datePublished?: string;
  };
  reviewRating: { '@type': 'Rating'; ratingValue: number; bestRating: 3; worstRating: 1; alternateName: string };
  author?: Person;
  datePublished: string;
  inLanguage?: string;
  /** The sources the rating rests on. */
  citation?: { '@type': 'CreativeWork'; url?: string; name: string }[];
}

const person = (name: string): Person | undefined => (name.trim() ? { '@type': 'Person', name: name.trim() } : undefined);

export function buildClaimReviews(input: ReportInput): ClaimReview[] {
  const reviews: ClaimReview[] = [];
  const reviewDate = input.generatedAt.slice(0, 10);
  for (const articleInput of input.articles) {
    const { article, claims } = prepareReportArticle(articleInput, input.options);
    const articleUrl = linkableUrl(article.sourceUrl) ?? undefined;
    const articleAuthor = person(article.author);
    for (const entry of claims) {
      if (entry.claim.tag !== 'fact' || entry.links.length === 0) continue;
      const rating = CLAIM_REVIEW_RATINGS[entry.status];
      const reviewer = person(entry.claim.annotator);
      reviews.push({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        claimReviewed: entry.quote,
        itemReviewed: {
          '@type': 'Claim',
          appearance: {
            '@type': 'CreativeWork',
            ...(articleUrl ? { url: articleUrl } : {}),
            ...(article.title ? { headline: article.title } : {}),
            ...(article.publishedDate ? { datePublished: article.publishedDate } : {}),
            ...(articleAuthor ? { author: articleAuthor } : {}),
          },
          ...(articleAuthor ? { author: articleAuthor } : {}),
          ...(article.publishedDate ? { datePublished: article.publishedDate } : {}),
        },
        reviewRating: { '@type': 'Rating', ratingValue: rating.ratingValue, bestRating: 3, worstRating: 1, alternateName: rating.alternateName },
        ...(reviewer ? { author: reviewer } : {}),
        datePublished: reviewDate,
        ...(article.language ? { inLanguage: article.language } : {}),
        citation: entry.links.map(({ source }) => {
          const url = linkableUrl(source.url);
          return { '@type': 'CreativeWork' as const, ...(url ? { url } : {}), name: source.title || source.url };
        }),
      });
    }
  }
  return reviews;
}
