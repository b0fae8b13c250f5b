// What each kind of record contributes to the search index, and how search documents are named.
import type { Article, Claim, Source } from '../model';

export type SearchDocumentKind = 'article' | 'claim' | 'source';

/** The texts of an article that search looks at: its metadata first, then the body. */
export function articleSearchTexts(article: Pick<Article, 'title' | 'author' | 'siteName' | 'text'>): string[] {
  return [article.title, article.author, article.siteName, article.text];
}

export function claimSearchTexts(claim: Pick<Claim, 'selectors' | 'note'>): string[] {
  return [claim.selectors.quote.exact, claim.note];
}

export function sourceSearchTexts(source: Pick<Source, 'title' | 'publisher' | 'author' | 'excerpt' | 'note' | 'url'>): string[] {
  return [source.title, source.publisher, source.author, source.excerpt, source.note, source.url];
}

/** Whether a change to an article touches what search sees (moving to the Trash does not). */
export function articleSearchTextChanged(before: Article, after: Article): boolean {
  return before.title !== after.title || before.author !== after.author || before.siteName !== after.siteName || before.contentHash !== after.contentHash || before.text.length !== after.text.length;
}
