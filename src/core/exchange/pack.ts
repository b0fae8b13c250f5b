// Packs: one JSON file with an article snapshot and one annotator's claims, links and sources. What
// students hand in and teachers collect. Building is pure; reading checks shape, hash and selectors.
import type { Article, Claim, ClaimSource, Source } from '../model';
import { contentHash, documentText } from '../document-text';
import type { ReportInput, ReportLocale, ReportOptions } from '../report/report-input';
import { DEFAULT_REPORT_OPTIONS } from '../report/report-input';
import { englishNotices, packRefusalText } from '../../i18n/import-notice-text';
import type { PackFieldProblem, PackRefusal } from './pack-problems';
import { packStructureProblem } from './pack-structure';

export const PACK_FORMAT = 'claimlens-pack';
export const PACK_FORMAT_VERSION = 1;

/** The article as a pack carries it: what a reader needs, not where the sender's library keeps it. */
export type PackArticle = Pick<
  Article,
  'id' | 'title' | 'author' | 'siteName' | 'publishedDate' | 'sourceUrl' | 'language' | 'blocks' | 'text' | 'contentHash' | 'importedAt'
>;

export interface Pack {
  format: typeof PACK_FORMAT;
  formatVersion: typeof PACK_FORMAT_VERSION;
  appVersion: string;
  exportedAt: string;
  annotator: string;
  article: PackArticle;
  claims: Claim[];
  links: ClaimSource[];
  sources: Source[];
}

/** A refused pack: `problem` for the app to say in its language, `error` the English line (command line, tests). */
export type PackParseResult = { ok: true; pack: Pack } | { ok: false; error: string; problem: PackRefusal };

/** The annotator's claims on the article, with only the links and sources those claims use. */
export function buildPack(
  article: Article,
  claims: readonly Claim[],
  links: readonly ClaimSource[],
  sources: readonly Source[],
  annotator: string,
  appVersion: string,
  exportedAt: string,
): Pack {
  const own = claims.filter((c) => c.articleId === article.id && c.annotator === annotator);
  const claimIds = new Set(own.map((c) => c.id));
  const sourceIds = new Set(sources.map((s) => s.id));
  const ownLinks = links.filter((l) => claimIds.has(l.claimId) && sourceIds.has(l.sourceId));
  const used = new Set(ownLinks.map((l) => l.sourceId));
  const { id, title, author, siteName, publishedDate, sourceUrl, language, blocks, text, contentHash: hash, importedAt } = article;
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    appVersion,
    exportedAt,
    annotator,
    article: { id, title, author, siteName, publishedDate, sourceUrl, language, blocks, text, contentHash: hash, importedAt },
    claims: own.map((c) => ({ ...c })),
    links: ownLinks.map((l) => ({ ...l })),
    sources: sources.filter((s) => used.has(s.id)).map((s) => ({ ...s })),
  };
}

/** Checks the schema cannot express: references, ownership, text and selectors agreeing. */
async function consistencyProblem(pack: Pack): Promise<PackFieldProblem | null> {
  const { article } = pack;
  if (documentText(article.blocks) !== article.text) return { path: 'article.text', code: 'text-mismatch' };
  const hash = contentHash(article.text);
  if (hash !== article.contentHash) return { path: 'article.contentHash', code: 'hash-mismatch', params: { hash } };

  const claimIds = new Set<string>();
  for (const [i, claim] of pack.claims.entries()) {
    const at = `claims[${i}]`;
    if (claimIds.has(claim.id)) return { path: `${at}.id`, code: 'duplicate-claim-id' };
    claimIds.add(claim.id);
    if (claim.articleId !== article.id) return { path: `${at}.articleId`, code: 'claim-article', params: { id: article.id } };
    if (claim.annotator !== pack.annotator) return { path: `${at}.annotator`, code: 'claim-annotator', params: { annotator: pack.annotator } };
    // An orphaned claim is by definition not placed in this text; its quote is kept for re-anchoring.
    if (claim.orphaned) continue;
    const { start, end } = claim.selectors.position;
    if (end > article.text.length || start >= end) {
      return { path: `${at}.selectors.position`, code: 'position-outside', params: { start, end, length: article.text.length } };
    }
    if (article.text.slice(start, end) !== claim.selectors.quote.exact) return { path: `${at}.selectors.quote.exact`, code: 'quote-mismatch', params: { start, end } };
  }
  const sourceIds = new Set<string>();
  for (const [i, source] of pack.sources.entries()) {
    if (sourceIds.has(source.id)) return { path: `sources[${i}].id`, code: 'duplicate-source-id' };
    sourceIds.add(source.id);
  }
  for (const [i, link] of pack.links.entries()) {
    if (!claimIds.has(link.claimId)) return { path: `links[${i}].claimId`, code: 'unknown-claim' };
    if (!sourceIds.has(link.sourceId)) return { path: `links[${i}].sourceId`, code: 'unknown-source' };
  }
  return null;
}

/** Reads a pack file. Async because the content hash is recomputed (Web Crypto digests are async). */
export async function parsePack(jsonText: string): Promise<PackParseResult> {
  let value: unknown;
  try {
    value = JSON.parse(jsonText.startsWith('\uFEFF') ? jsonText.slice(1) : jsonText);
  } catch (error) {
    return refused({ code: 'not-json', params: { detail: (error as Error).message } });
  }
  const problem = packStructureProblem(value);
  if (problem) return refused(problem);
  const pack = value as Pack;
  const inconsistency = await consistencyProblem(pack);
  if (inconsistency) return refused(inconsistency);
  return { ok: true, pack };
}

function refused(problem: PackRefusal): PackParseResult {
  return { ok: false, error: packRefusalText(englishNotices, problem), problem };
}

export function serializePack(pack: Pack): string {
  return JSON.stringify(pack, null, 2) + '\n';
}

/** A pack's article as the full Article the report builders read. */
export function packArticle(pack: Pack): Article {
  return {
    ...pack.article,
    format: 'pack',
    fileName: '',
    charset: 'utf-8',
    updatedAt: pack.exportedAt,
    collectionIds: [],
  };
}

export function packReportInput(pack: Pack, locale: ReportLocale, generatedAt: string, appVersion: string, options: ReportOptions = DEFAULT_REPORT_OPTIONS): ReportInput {
  return {
    articles: [{ article: packArticle(pack), claims: pack.claims, links: pack.links, sources: pack.sources }],
    locale,
    generatedAt,
    appVersion,
    options,
  };
}
