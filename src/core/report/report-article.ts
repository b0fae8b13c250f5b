// One article made ready for a report: its included claims in reading order with status, context and
// numbered sources. Every output format (HTML, Markdown, CSV) reads this, so they always agree.
import type { Article, Claim, ClaimSource, ClaimStatus, Source } from '../model';
import { deriveClaimStatus } from '../claim-status';
import { BLOCK_SEPARATOR } from '../document-text';
import type { ReportArticleInput, ReportOptions } from './report-input';
import type { ArticleSummary, TextRange } from './article-summary';
import { summarizeClaims } from './article-summary';

/** How much article text to show on each side of a quote, in code units. */
export const CONTEXT_LENGTH = 48;

export interface ClaimContext {
  before: string;
  quote: string;
  after: string;
  /** True when the context was cut short inside a paragraph (so an ellipsis belongs there). */
  cutBefore: boolean;
  cutAfter: boolean;
}

export interface ReportLink {
  link: ClaimSource;
  source: Source;
  /** 1-based number of the source in the article's bibliography. */
  number: number;
}

export interface ReportClaim {
  claim: Claim;
  status: ClaimStatus;
  /** Null when the claim could not be placed in the text (orphaned or out of range). */
  range: TextRange | null;
  /** The quote as marked: the text at the range when placed, else the stored quote. */
  quote: string;
  context: ClaimContext | null;
  links: ReportLink[];
}

export interface ReportArticle {
  article: Article;
  claims: ReportClaim[];
  /** Sources cited by the included claims, numbered in order of first citation. */
  bibliography: Source[];
  annotators: string[];
  summary: ArticleSummary;
}

export function placedRange(claim: Claim, text: string): TextRange | null {
  if (claim.orphaned) return null;
  const { start, end } = claim.selectors.position;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) return null;
  return { start, end };
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** Text around [start, end): stops at a paragraph break, prefers a word boundary, never splits a surrogate pair. */
export function claimContext(text: string, range: TextRange, length = CONTEXT_LENGTH): ClaimContext {
  const paragraphStart = text.lastIndexOf(BLOCK_SEPARATOR, range.start - 1);
  const floor = paragraphStart === -1 ? 0 : paragraphStart + BLOCK_SEPARATOR.length;
  const paragraphEnd = text.indexOf(BLOCK_SEPARATOR, range.end);
  const ceiling = paragraphEnd === -1 ? text.length : paragraphEnd;

  let from = Math.max(floor, range.start - length);
  if (from > floor) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < range.start && space - from < 16) from = space + 1;
    if (from > 0 && isHighSurrogate(text.charCodeAt(from - 1))) from += 1;
  }
  let to = Math.min(ceiling, range.end + length);
  if (to < ceiling) {
    const space = text.lastIndexOf(' ', to);
    if (space > range.end && to - space < 16) to = space;
    if (isHighSurrogate(text.charCodeAt(to - 1))) to -= 1;
  }
  return {
    before: text.slice(Math.min(from, range.start), range.start),
    quote: text.slice(range.start, range.end),
    after: text.slice(range.end, Math.max(to, range.end)),
    cutBefore: from > floor,
    cutAfter: to < ceiling,
  };
}

export function prepareReportArticle(input: ReportArticleInput, options: ReportOptions): ReportArticle {
  const { article } = input;
  const sourcesById = new Map(input.sources.map((s) => [s.id, s]));
  const linksByClaim = new Map<string, ClaimSource[]>();
  for (const link of input.links) {
    if (!sourcesById.has(link.sourceId)) continue;
    const list = linksByClaim.get(link.claimId) ?? [];
    list.push(link);
    linksByClaim.set(link.claimId, list);
  }

  const included = input.claims
    .filter((claim) => options.tags.includes(claim.tag))
    .map((claim) => {
      const links = linksByClaim.get(claim.id) ?? [];
      return { claim, links, status: deriveClaimStatus(links.map((l) => l.stance)), range: placedRange(claim, article.text) };
    })
    .filter((entry) => options.statuses.includes(entry.status))
    // Reading order; claims that cannot be placed go last, in the order they were made.
    .sort((a, b) => {
      if (a.range && b.range) return a.range.start - b.range.start || a.range.end - b.range.end;
      if (a.range) return -1;
      if (b.range) return 1;
      return a.claim.createdAt.localeCompare(b.claim.createdAt);
    });

  const bibliography: Source[] = [];
  const numberOf = new Map<string, number>();
  const claims: ReportClaim[] = included.map(({ claim, links, status, range }) => {
    const reportLinks = links.map((link) => {
      let number = numberOf.get(link.sourceId);
      if (number === undefined) {
        bibliography.push(sourcesById.get(link.sourceId)!);
        number = bibliography.length;
        numberOf.set(link.sourceId, number);
      }
      return { link, source: sourcesById.get(link.sourceId)!, number };
    });
    return {
      claim,
      status,
      range,
      quote: range ? article.text.slice(range.start, range.end) : claim.selectors.quote.exact,
      context: range && options.includeContext ? claimContext(article.text, range) : null,
      links: reportLinks,
    };
  });

  const annotators = [...new Set(input.claims.map((c) => c.annotator).filter((a) => a !== ''))].sort();
  return {
    article,
    claims,
    bibliography,
    annotators,
    summary: summarizeClaims(claims.map((c) => ({ tag: c.claim.tag, status: c.status, range: c.range })), article.text.length),
  };
}
