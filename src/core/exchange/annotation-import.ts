// Reading W3C Web Annotations (one, an array, a page or a collection with embedded pages) into claim
// drafts for one article. Every annotation that cannot become a claim is reported with the reason.
import type { Stance, Tag } from '../model';
import { STANCES, TAGS } from '../model';
import type { AnchorResult } from '../anchoring';
import { anchorSelectors } from '../anchoring';
import { codePointToUtf16Offset } from './code-points';
import { annotationProblems } from './annotation-structure';
import { ANNO_CONTEXT, STANCE_PROPERTY } from './web-annotation-model';

export interface ClaimDraftSource {
  url: string;
  stance?: Stance;
}

export interface ClaimDraft {
  /** The annotation's id, so a re-import can recognise claims it already made. */
  annotationId: string;
  tag?: Tag;
  note: string;
  /** The quote; empty only for a position-only annotation read without the article text. */
  exact: string;
  prefix: string;
  suffix: string;
  /** UTF-16 offsets into the article text (converted from the annotation's code points); absent if unknown. */
  start?: number;
  end?: number;
  annotator: string;
  sources: ClaimDraftSource[];
  /** What the annotation says it is about: a web address or `urn:sha256:<content hash>`. */
  targetSource?: string;
  /** Where the draft lands in the article text; set when the text was given. */
  anchor?: AnchorResult;
}

export interface RejectedAnnotation {
  /** The annotation's id when it has a usable one, else its place in the input, like `items[3]`. */
  ref: string;
  reason: string;
}

export interface AnnotationImport {
  drafts: ClaimDraft[];
  rejected: RejectedAnnotation[];
  /** Drafts placed in the text and drafts that could not be placed (orphans); both 0 without the text. */
  anchored: number;
  unanchored: number;
}

type Json = unknown;
type JsonObject = Record<string, Json>;
const isObject = (value: Json): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const asList = (value: Json): Json[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const typesOf = (value: JsonObject): string[] => asList(value['type']).filter((t): t is string => typeof t === 'string');
const hasAnnoContext = (value: JsonObject): boolean => asList(value['@context']).includes(ANNO_CONTEXT);
const firstString = (value: Json): string | undefined => asList(value).find((v): v is string => typeof v === 'string');

interface Found {
  annotation: Json;
  ref: string;
  contextFromContainer: boolean;
}

/** Finds the annotations in any of the accepted shapes; containers that hide them are reported. */
function collectAnnotations(root: Json, rejected: RejectedAnnotation[]): Found[] {
  const found: Found[] = [];
  const visitPage = (page: JsonObject, ref: string, inherited: boolean): void => {
    const context = inherited || hasAnnoContext(page);
    const items = page['items'];
    if (!Array.isArray(items)) {
      rejected.push({ ref, reason: 'the AnnotationPage has no items list' });
      return;
    }
    items.forEach((item, i) => found.push({ annotation: item, ref: `${ref}.items[${i}]`, contextFromContainer: context }));
  };
  const visit = (value: Json, ref: string, inherited: boolean): void => {
    if (!isObject(value)) {
      found.push({ annotation: value, ref, contextFromContainer: inherited });
      return;
    }
    const types = typesOf(value);
    if (types.includes('AnnotationCollection')) {
      const context = inherited || hasAnnoContext(value);
      const pages = [value['first'], ...asList(value['@included'])];
      pages.forEach((page, i) => {
        const pageRef = i === 0 ? `${ref}.first` : `${ref}.@included[${i - 1}]`;
        if (page === undefined) return;
        if (isObject(page) && typesOf(page).includes('AnnotationPage')) visitPage(page, pageRef, context);
        else {
          const name = typeof page === 'string' ? `the page ${page}` : 'a page';
          rejected.push({ ref: pageRef, reason: `${name} is not embedded in the file, so its annotations cannot be read offline` });
        }
      });
      if (value['first'] === undefined && typeof value['total'] === 'number' && value['total'] > 0) {
        rejected.push({ ref, reason: 'the collection lists annotations but embeds no page' });
      }
      return;
    }
    if (types.includes('AnnotationPage')) {
      visitPage(value, ref, inherited);
      return;
    }
    found.push({ annotation: value, ref, contextFromContainer: inherited });
  };
  if (Array.isArray(root)) root.forEach((item, i) => visit(item, `[${i}]`, false));
  else visit(root, 'root', false);
  return found;
}

interface TextSelectors {
  quote?: { exact: string; prefix: string; suffix: string };
  /** Code point offsets, as in the annotation. */
  position?: { start: number; end: number };
}

/** TextQuote and TextPosition selectors of a target, also found inside a refinedBy chain. */
function textSelectors(target: JsonObject): TextSelectors {
  const result: TextSelectors = {};
  const visit = (selector: Json, depth: number): void => {
    if (!isObject(selector) || depth > 8) return;
    const types = typesOf(selector);
    if (types.includes('TextQuoteSelector') && typeof selector['exact'] === 'string' && !result.quote) {
      result.quote = {
        exact: selector['exact'],
        prefix: typeof selector['prefix'] === 'string' ? selector['prefix'] : '',
        suffix: typeof selector['suffix'] === 'string' ? selector['suffix'] : '',
      };
    }
    if (types.includes('TextPositionSelector') && !result.position) {
      const start = selector['start'];
      const end = selector['end'];
      if (Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (end as number) >= (start as number)) {
        result.position = { start: start as number, end: end as number };
      }
    }
    visit(selector['refinedBy'], depth + 1);
  };
  for (const selector of asList(target['selector'])) visit(selector, 0);
  return result;
}

function annotatorName(annotation: JsonObject): string {
  const creator = asList(annotation['creator'])[0];
  if (typeof creator === 'string') return creator;
  if (isObject(creator)) return firstString(creator['name']) ?? firstString(creator['nickname']) ?? firstString(creator['id']) ?? '';
  return '';
}

function readBodies(annotation: JsonObject): { tag?: Tag; notes: string[]; sources: ClaimDraftSource[] } {
  const motivations = asList(annotation['motivation']);
  const notes: string[] = [];
  const sources: ClaimDraftSource[] = [];
  let tag: Tag | undefined;
  if (typeof annotation['bodyValue'] === 'string' && annotation['bodyValue'].trim()) notes.push(annotation['bodyValue']);
  for (const body of asList(annotation['body'])) {
    if (!isObject(body)) continue;
    const purposes = asList(body['purpose']);
    const purpose = (p: string): boolean => purposes.includes(p) || (purposes.length === 0 && motivations.includes(p));
    if (typeof body['value'] === 'string') {
      const value = body['value'];
      const asTag = value.trim().toLowerCase() as Tag;
      if ((purpose('tagging') || purpose('classifying')) && TAGS.includes(asTag)) {
        tag ??= asTag;
      } else if (!purpose('tagging') && value.trim()) {
        notes.push(value);
      }
      continue;
    }
    const source = firstString(body['source']) ?? (isObject(body['source']) ? firstString(body['source']['id']) : undefined) ?? firstString(body['id']);
    if (source && purpose('linking')) {
      const stance = body[STANCE_PROPERTY];
      sources.push({ url: source, ...(typeof stance === 'string' && (STANCES as readonly string[]).includes(stance) ? { stance: stance as Stance } : {}) });
    }
  }
  return { ...(tag ? { tag } : {}), notes, sources };
}

/** Turns one sound annotation into a draft, or says why it cannot become a claim. */
function draftFrom(annotation: JsonObject, text: string | undefined): ClaimDraft | string {
  const targets = asList(annotation['target']).filter(isObject);
  let selectors: TextSelectors = {};
  let targetSource: string | undefined;
  for (const target of targets) {
    const found = textSelectors(target);
    if (found.quote || found.position) {
      selectors = found;
      targetSource = firstString(target['source']) ?? (isObject(target['source']) ? firstString(target['source']['id']) : undefined);
      break;
    }
  }
  if (!selectors.quote && !selectors.position) return 'its target has no TextQuoteSelector or TextPositionSelector, so it does not point into a text';

  let start: number | undefined;
  let end: number | undefined;
  if (selectors.position && text !== undefined) {
    const from = codePointToUtf16Offset(text, selectors.position.start);
    const to = codePointToUtf16Offset(text, selectors.position.end);
    if (from !== null && to !== null) {
      start = from;
      end = to;
    }
  } else if (selectors.position) {
    // Without the text the code point offsets cannot be converted; they are kept as given.
    start = selectors.position.start;
    end = selectors.position.end;
  }
  let exact = selectors.quote?.exact ?? '';
  if (!selectors.quote && text !== undefined) {
    if (start === undefined || end === undefined || end <= start) return 'it has only a position selector and the position is not inside the article text';
    exact = text.slice(start, end);
  }
  const { tag, notes, sources } = readBodies(annotation);
  const draft: ClaimDraft = {
    annotationId: firstString(annotation['id']) ?? '',
    ...(tag ? { tag } : {}),
    note: notes.join('\n\n'),
    exact,
    prefix: selectors.quote?.prefix ?? '',
    suffix: selectors.quote?.suffix ?? '',
    ...(start !== undefined && end !== undefined ? { start, end } : {}),
    annotator: annotatorName(annotation),
    sources,
    ...(targetSource ? { targetSource } : {}),
  };
  if (text !== undefined) {
    draft.anchor = anchorSelectors(
      {
        quote: { type: 'TextQuoteSelector', exact: draft.exact, prefix: draft.prefix, suffix: draft.suffix },
        position: { type: 'TextPositionSelector', start: draft.start ?? Number.NaN, end: draft.end ?? Number.NaN },
      },
      text,
    );
  }
  return draft;
}

/**
 * Reads annotations from parsed JSON. With the article text, positions are converted from code points
 * to UTF-16 and every draft is anchored; without it, drafts keep the annotation's offsets unconverted.
 */
export function importAnnotations(json: Json, articleText?: string): AnnotationImport {
  const rejected: RejectedAnnotation[] = [];
  const drafts: ClaimDraft[] = [];
  for (const { annotation, ref, contextFromContainer } of collectAnnotations(json, rejected)) {
    const named = isObject(annotation) && typeof annotation['id'] === 'string' ? annotation['id'] : ref;
    const problems = annotationProblems(annotation, contextFromContainer);
    if (problems.length > 0 || !isObject(annotation)) {
      rejected.push({ ref: named, reason: `not a valid Web Annotation: ${problems.join('; ')}` });
      continue;
    }
    const draft = draftFrom(annotation, articleText);
    if (typeof draft === 'string') rejected.push({ ref: named, reason: draft });
    else drafts.push(draft);
  }
  const anchored = drafts.filter((d) => d.anchor && d.anchor.kind !== 'orphan').length;
  const unanchored = drafts.filter((d) => d.anchor?.kind === 'orphan').length;
  return { drafts, rejected, anchored, unanchored };
}

/** Same as importAnnotations, from file text; a file that is not JSON is one rejection, not a throw. */
export function importAnnotationsFromText(jsonText: string, articleText?: string): AnnotationImport {
  let json: Json;
  try {
    json = JSON.parse(jsonText);
  } catch (error) {
    return { drafts: [], rejected: [{ ref: 'file', reason: `the file is not JSON: ${(error as Error).message}` }], anchored: 0, unanchored: 0 };
  }
  return importAnnotations(json, articleText);
}
