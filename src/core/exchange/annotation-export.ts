// Claims as a W3C Web Annotation collection (JSON-LD), one page per article, so other annotation tools
// (Hypothesis-style clients, IIIF viewers, triple stores) can read what a class marked.
import { newId } from '../model';
import type { Article } from '../model';
import type { ReportInput } from '../report/report-input';
import type { ReportClaim } from '../report/report-article';
import { prepareReportArticle } from '../report/report-article';
import { linkableUrl } from '../report/html-escape';
import { utf16ToCodePointOffset } from './code-points';
import type { ClaimBody, WebAnnotation, WebAnnotationCollection, WebAnnotationPage } from './web-annotation-model';
import { ANNO_CONTEXT, STANCE_PROPERTY } from './web-annotation-model';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Our ids are UUIDs, so an annotation keeps its claim's identity across export and import. */
export function urnFor(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:uuid:${newId()}`;
}

/** The article as the annotation target: its web address when it has one, else its exact text by hash. */
export function articleTargetSource(article: Pick<Article, 'sourceUrl' | 'contentHash'>): string {
  return linkableUrl(article.sourceUrl) ?? `urn:sha256:${article.contentHash}`;
}

/** A timestamp the model accepts (xsd:dateTime with zone), falling back when ours is missing or odd. */
function dateTime(value: string, fallback: string): string {
  const time = Date.parse(value);
  return value && !Number.isNaN(time) && /T/.test(value) ? new Date(time).toISOString() : fallback;
}

export function claimAnnotation(entry: ReportClaim, article: Article, includeNotes: boolean, generatedAt: string, appVersion: string): WebAnnotation {
  const { claim } = entry;
  const bodies: ClaimBody[] = [{ type: 'TextualBody', purpose: 'tagging', value: claim.tag }];
  if (includeNotes && claim.note.trim()) {
    bodies.push({
      type: 'TextualBody',
      purpose: 'commenting',
      value: claim.note,
      format: 'text/plain',
      ...(article.language ? { language: article.language } : {}),
    });
  }
  for (const { link, source } of entry.links) {
    const target = linkableUrl(source.url) ?? (UUID.test(source.id) ? `urn:uuid:${source.id.toLowerCase()}` : null);
    if (target) bodies.push({ type: 'SpecificResource', purpose: 'linking', source: target, [STANCE_PROPERTY]: link.stance });
  }
  const { quote } = claim.selectors;
  const selector: WebAnnotation['target']['selector'] = [
    { type: 'TextQuoteSelector', exact: entry.range ? entry.quote : quote.exact, prefix: quote.prefix, suffix: quote.suffix },
  ];
  // An orphaned claim's offsets point nowhere useful, so only its quote is exported.
  if (entry.range) {
    selector.push({
      type: 'TextPositionSelector',
      start: utf16ToCodePointOffset(article.text, entry.range.start),
      end: utf16ToCodePointOffset(article.text, entry.range.end),
    });
  }
  const created = dateTime(claim.createdAt, generatedAt);
  return {
    '@context': ANNO_CONTEXT,
    id: urnFor(claim.id),
    type: 'Annotation',
    motivation: 'classifying',
    created,
    modified: dateTime(claim.updatedAt, created),
    ...(claim.annotator.trim() ? { creator: { type: 'Person' as const, name: claim.annotator } } : {}),
    generator: { type: 'Software', name: `Claimlens ${appVersion}` },
    generated: generatedAt,
    body: bodies,
    target: { source: articleTargetSource(article), selector },
  };
}

export function buildAnnotationCollection(input: ReportInput): WebAnnotationCollection {
  const generatedAt = dateTime(input.generatedAt, new Date().toISOString());
  const collectionId = `urn:uuid:${newId()}`;
  const pages: WebAnnotationPage[] = [];
  let startIndex = 0;
  for (const articleInput of input.articles) {
    const prepared = prepareReportArticle(articleInput, input.options);
    if (prepared.claims.length === 0) continue;
    const items = prepared.claims.map((entry) => claimAnnotation(entry, prepared.article, input.options.includeNotes, generatedAt, input.appVersion));
    pages.push({ id: `urn:uuid:${newId()}`, type: 'AnnotationPage', partOf: { id: collectionId, label: '', total: 0 }, startIndex, items });
    startIndex += items.length;
  }
  const titles = input.articles.map((a) => a.article.title.trim()).filter((title) => title !== '');
  const label = titles.length === 1 ? `Claimlens claims: ${titles[0]}` : 'Claimlens claims';
  pages.forEach((page, index) => {
    page.partOf = { id: collectionId, label, total: startIndex };
    if (index > 0) page.prev = pages[index - 1]!.id;
    if (index < pages.length - 1) page.next = pages[index + 1]!.id;
  });
  const collection: WebAnnotationCollection = {
    '@context': ANNO_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label,
    total: startIndex,
  };
  if (pages.length > 0) {
    collection.first = pages[0]!;
    collection.last = pages[pages.length - 1]!.id;
  }
  if (pages.length > 1) collection['@included'] = pages.slice(1).map((page) => ({ '@context': ANNO_CONTEXT, ...page }));
  return collection;
}
