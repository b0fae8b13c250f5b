// Searching the library through the stored index: find candidate documents by their terms, then
// read only the few shown, check that they really match and cut snippets around the hits. Articles
// are checked on their heads (the opening of the text) and read whole only when the head cannot tell.
import Dexie from 'dexie';
import type { Claim, ClaimSource, Source, Tag } from '../core/model';
import { entryDocNo, entryKind, intersectAll } from '../core/search/posting-list';
import { answerFromHead, answerFromWholeText } from '../core/search/article-head';
import { containsAll, firstSnippet, type Snippet } from '../core/search/snippet';
import type { SearchDocumentKind } from '../core/search/search-fields';
import { claimSearchTexts, sourceSearchTexts } from '../core/search/search-fields';
import { parseQuery, type QueryAtom } from '../core/search/tokenize';
import type { ClaimlensDatabase } from './database';
import type { ArticleSummary, SearchDocument, SearchPosting } from './library-rows';

export interface SearchHit {
  kind: SearchDocumentKind;
  articleId: string;
  articleTitle: string;
  articleLanguage: string;
  /** The claim to open: the claim itself, or for a source the first claim it is linked to. */
  claimId?: string;
  tag?: Tag;
  /** For a source hit, its title. */
  label?: string;
  snippet: Snippet | null;
}

export interface SearchResults {
  query: string;
  hits: SearchHit[];
  /** Documents whose terms match, before the shown ones were checked; an upper bound. */
  candidates: number;
  /** For each kind, whether matches past the shown ones may exist (asking for a higher limit shows them). */
  more: Record<SearchDocumentKind, boolean>;
}

export type HitLimits = Record<SearchDocumentKind, number>;

/** How many hits of each kind one search shows at first. */
export const HITS_PER_KIND: HitLimits = { article: 10, claim: 10, source: 5 };

const NO_MORE: Record<SearchDocumentKind, boolean> = { article: false, claim: false, source: false };

/** A prefix like "a" could expand to thousands of terms; past this many posting rows, stop. */
const MAX_PREFIX_ROWS = 4000;

async function docsForTerm(db: ClaimlensDatabase, term: string, prefix: boolean): Promise<Set<number>> {
  const upper = prefix ? `${term}\uffff` : term;
  const rows: SearchPosting[] = await db.searchPostings
    .where('[term+segment]')
    .between([term, Dexie.minKey], [upper, Dexie.maxKey], true, true)
    .limit(prefix ? MAX_PREFIX_ROWS : Infinity)
    .toArray();
  const entries = new Set<number>();
  for (const row of rows) for (const entry of row.docs) entries.add(entry);
  return entries;
}

async function docsForAtom(db: ClaimlensDatabase, atom: QueryAtom): Promise<Set<number>> {
  if (atom.kind === 'spaced') return docsForTerm(db, atom.term, atom.prefix);
  return intersectAll(await Promise.all(atom.terms.map((term) => docsForTerm(db, term, false))));
}

/** Candidates looked at per kind; beyond this the newest matches are shown and the rest counted. */
const MAX_CANDIDATES = 2000;

/**
 * Searches articles, claims and sources, newest first, up to `limits` hits of each kind; trashed
 * articles and their claims are left out.
 */
export async function searchLibrary(db: ClaimlensDatabase, query: string, limits: HitLimits = HITS_PER_KIND): Promise<SearchResults> {
  const atoms = parseQuery(query);
  if (atoms.length === 0) return { query, hits: [], candidates: 0, more: NO_MORE };
  return db.transaction('r', [db.searchPostings, db.searchDocuments, db.articleSummaries, db.articleHeads, db.articles, db.claims, db.sources, db.claimSources], async () => {
    const matching = intersectAll(await Promise.all(atoms.map((atom) => docsForAtom(db, atom))));
    // Posting entries carry each document's kind, so only the document rows of shown hits are read.
    const byKind: Record<SearchDocumentKind, number[]> = { article: [], claim: [], source: [] };
    for (const entry of matching) byKind[entryKind(entry)].push(entryDocNo(entry));
    const wanted = { ...limits };
    const more = { ...NO_MORE };
    // Each kind is read a few rows at a time, newest first (document numbers grow with every import
    // and edit), only as many as are still wanted: nearly every candidate turns out to be a real
    // match. The kinds are independent, so they are read side by side rather than one round trip
    // after another.
    const resolveKind = async (kind: SearchDocumentKind): Promise<SearchHit[]> => {
      const found: SearchHit[] = [];
      const docNos = byKind[kind].sort((a, b) => b - a).slice(0, MAX_CANDIDATES);
      let i = 0;
      while (i < docNos.length && wanted[kind] > 0) {
        // No more than are wanted, so the candidates not yet read are exactly those past `i`.
        const take = wanted[kind];
        const documents = (await db.searchDocuments.bulkGet(docNos.slice(i, i + take))).filter((document): document is SearchDocument => document !== undefined);
        found.push(...(await resolveHits(db, documents, atoms, wanted)));
        i += take;
      }
      // An upper bound: the unread candidates may turn out not to match.
      more[kind] = i < docNos.length;
      return found;
    };
    const hits = (await Promise.all((['article', 'claim', 'source'] as const).map(resolveKind))).flat();
    return { query, hits, candidates: matching.size, more };
  });
}

/** The article hits among `articleIds`, in that order, reading heads first and whole articles only where needed. */
async function articleHits(db: ClaimlensDatabase, articleIds: string[], atoms: QueryAtom[], wanted: Record<SearchDocumentKind, number>): Promise<SearchHit[]> {
  const [heads, summaryRows] = await Promise.all([db.articleHeads.bulkGet(articleIds), db.articleSummaries.bulkGet(articleIds)]);
  const listed = summaryRows.map((summary) => (summary && !summary.deletedAt ? summary : undefined));
  const answers = articleIds.map((_, i) => {
    const summary = listed[i];
    const head = heads[i];
    if (!summary) return { matches: false } as const;
    // A head can be missing only while an upgrade has not written it yet; the article answers then.
    return head ? answerFromHead(head, [summary.title, summary.author, summary.siteName], atoms) : ({ matches: 'unknown' } as const);
  });
  const unknownIds = articleIds.filter((_, i) => answers[i].matches === 'unknown');
  const whole = new Map((await db.articles.bulkGet(unknownIds)).flatMap((article) => (article ? [[article.id, article] as const] : [])));
  const hits: SearchHit[] = [];
  articleIds.forEach((id, i) => {
    const summary = listed[i];
    const answer = answers[i];
    if (!summary || wanted.article <= 0) return;
    const article = whole.get(id);
    const settled = answer.matches !== 'unknown' ? answer : article ? answerFromWholeText(article.text, [article.title, article.author, article.siteName], atoms) : null;
    if (!settled?.matches) return;
    wanted.article--;
    hits.push({ kind: 'article', articleId: id, articleTitle: summary.title || summary.fileName, articleLanguage: summary.language, snippet: settled.snippet });
  });
  return hits;
}

async function resolveHits(db: ClaimlensDatabase, documents: SearchDocument[], atoms: QueryAtom[], wanted: Record<SearchDocumentKind, number>): Promise<SearchHit[]> {
  const ofKind = (kind: SearchDocumentKind) => documents.filter((document) => document.kind === kind).map((document) => document.entityId);
  const [articles, claims, sources] = await Promise.all([
    wanted.article > 0 ? articleHits(db, ofKind('article'), atoms, wanted) : [],
    wanted.claim > 0 ? db.claims.bulkGet(ofKind('claim')) : [],
    wanted.source > 0 ? db.sources.bulkGet(ofKind('source')) : [],
  ]);
  const present = (sources as Array<Source | undefined>).filter((source): source is Source => source !== undefined);
  const sourceLinks = new Map<string, ClaimSource | undefined>(await Promise.all(present.map(async (source) => [source.id, await db.claimSources.where('sourceId').equals(source.id).first()] as const)));
  const linkedClaims = new Map((await db.claims.bulkGet([...sourceLinks.values()].flatMap((link) => (link ? [link.claimId] : [])))).flatMap((claim) => (claim ? [[claim.id, claim] as const] : [])));
  const articleIds = [...claims.flatMap((c) => (c ? [c.articleId] : [])), ...[...linkedClaims.values()].map((c) => c.articleId)];
  const summaries = new Map((await db.articleSummaries.bulkGet([...new Set(articleIds)])).flatMap((s) => (s ? [[s.id, s] as const] : [])));
  const listed = (articleId: string): ArticleSummary | undefined => {
    const summary = summaries.get(articleId);
    return summary && !summary.deletedAt ? summary : undefined;
  };

  const hits: SearchHit[] = [...articles];
  const take = (kind: SearchDocumentKind, texts: string[], build: () => SearchHit) => {
    if (wanted[kind] <= 0 || !containsAll(texts, atoms)) return;
    wanted[kind]--;
    hits.push(build());
  };
  for (const claim of claims as Array<Claim | undefined>) {
    const summary = claim && listed(claim.articleId);
    if (!claim || !summary) continue;
    const texts = claimSearchTexts(claim);
    take('claim', texts, () => ({ kind: 'claim', articleId: claim.articleId, articleTitle: summary.title || summary.fileName, articleLanguage: summary.language, claimId: claim.id, tag: claim.tag, snippet: firstSnippet(texts, atoms) }));
  }
  for (const source of sources as Array<Source | undefined>) {
    const link = source && sourceLinks.get(source.id);
    const claim = link ? linkedClaims.get(link.claimId) : undefined;
    const summary = claim && listed(claim.articleId);
    if (!source || !claim || !summary) continue;
    const texts = sourceSearchTexts(source);
    take('source', texts, () => ({ kind: 'source', articleId: claim.articleId, articleTitle: summary.title || summary.fileName, articleLanguage: summary.language, claimId: claim.id, label: source.title || source.url, snippet: firstSnippet(texts, atoms) }));
  }
  return hits;
}
