// How one use of a source is named in lists: the article's title and the start of the claim's quote.
import type { SourceUse } from '../../db/source-repository';
import type { Translate } from '../app-context';

const QUOTE_LENGTH = 60;

export function describeUse(t: Translate, use: SourceUse): { article: string; quote: string } {
  const exact = use.claim?.selectors.quote.exact ?? '';
  return {
    article: use.article ? use.article.title || use.article.fileName : t('sources.screen.articleMissing'),
    quote: use.claim ? (exact.length > QUOTE_LENGTH ? `${exact.slice(0, QUOTE_LENGTH)}…` : exact) : t('sources.screen.claimMissing'),
  };
}
