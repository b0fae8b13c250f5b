// The plain snapshot every report and export builder reads: articles with their claims, links and sources.
// Built by the app from the database and by the command line from a pack; builders never query anything.
import type { Article, Claim, ClaimSource, ClaimStatus, Source, Tag } from '../model';
import { TAGS } from '../model';
import type { Locale } from '../../i18n/define-messages';

export type ReportLocale = Locale;

export const CLAIM_STATUSES: readonly ClaimStatus[] = ['supported', 'contested', 'no-evidence'];

export interface ReportOptions {
  /** Claims with these tags are included; the others are left out of every section. */
  tags: readonly Tag[];
  /** Claims whose derived status is one of these are included. */
  statuses: readonly ClaimStatus[];
  includeNotes: boolean;
  /** Show a little of the article text around each quote. */
  includeContext: boolean;
}

export interface ReportArticleInput {
  article: Article;
  claims: Claim[];
  /** Links of these claims; links to other claims are ignored. */
  links: ClaimSource[];
  /** Sources the links point to; sources nobody links to are ignored. */
  sources: Source[];
}

export interface ReportInput {
  articles: ReportArticleInput[];
  locale: ReportLocale;
  /** ISO timestamp written into the report; passed in so output is reproducible. */
  generatedAt: string;
  appVersion: string;
  options: ReportOptions;
}

export const DEFAULT_REPORT_OPTIONS: ReportOptions = {
  tags: TAGS,
  statuses: CLAIM_STATUSES,
  includeNotes: true,
  includeContext: true,
};
