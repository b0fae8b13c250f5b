// Hand-written checks of the W3C Web Annotation MUSTs, for importing annotations in the app, where
// there is no file system to load the W3C test schemas from and the CSP forbids ajv's compiled code.
// Tests run these checks and the W3C suite side by side on the suite's own samples.
import { ANNO_CONTEXT } from './web-annotation-model';

type Json = unknown;
type Record_ = Record<string, Json>;

const isObject = (value: Json): value is Record_ => typeof value === 'object' && value !== null && !Array.isArray(value);
const asList = (value: Json): Json[] => (Array.isArray(value) ? value : [value]);

/** An absolute IRI: scheme, colon, no white space (RFC 3986 / 3987, loosely). */
export function isIri(value: Json): value is string {
  return typeof value === 'string' && /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*$/.test(value);
}

/** An xsd:dateTime with a time zone, as the model requires for created, modified and generated. */
export function isDateTime(value: Json): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(value) && !Number.isNaN(Date.parse(value));
}

const typesOf = (value: Record_): string[] => asList(value['type']).filter((t): t is string => typeof t === 'string');
const single = (value: Json): Json => (Array.isArray(value) && value.length === 1 ? value[0] : value);

const COLLECTION_TYPES = ['Choice', 'Composite', 'List', 'Independents'];
const TEXT_DIRECTIONS = ['ltr', 'rtl', 'auto'];

function checkDateProperties(value: Record_, where: string, problems: string[]): void {
  for (const key of ['created', 'modified', 'generated']) {
    if (key in value && !isDateTime(value[key])) problems.push(`${where}${key} must be one date-time with a time zone`);
  }
}

function checkIriProperties(value: Record_, where: string, problems: string[]): void {
  if ('canonical' in value && !isIri(value['canonical'])) problems.push(`${where}canonical must be one IRI`);
  for (const key of ['rights', 'via']) {
    if (key in value && !(asList(value[key]).length > 0 && asList(value[key]).every(isIri))) problems.push(`${where}${key} must be IRIs`);
  }
}

function checkAgents(value: Record_, where: string, problems: string[]): void {
  for (const key of ['creator', 'generator']) {
    if (!(key in value)) continue;
    const agents = asList(value[key]);
    if (agents.length === 0 || !agents.every((agent) => isIri(agent) || isObject(agent))) problems.push(`${where}${key} must be an IRI or an agent object`);
    for (const agent of agents) if (isObject(agent) && 'id' in agent && !isIri(single(agent['id']))) problems.push(`${where}${key}.id must be an IRI`);
  }
}

function checkSelector(selector: Json, where: string, problems: string[]): void {
  if (isIri(selector)) return;
  if (!isObject(selector)) {
    problems.push(`${where} must be an IRI or a selector object`);
    return;
  }
  const types = typesOf(selector);
  const has = (type: string): boolean => types.includes(type);
  const oneString = (key: string): boolean => typeof selector[key] === 'string';
  const offset = (key: string): boolean => Number.isInteger(single(selector[key])) && (single(selector[key]) as number) >= 0;
  if ((has('FragmentSelector') || has('CssSelector') || has('XPathSelector')) && !oneString('value')) problems.push(`${where} (${types.join(', ')}) must have one string value`);
  if (has('TextQuoteSelector') && !oneString('exact')) problems.push(`${where} (TextQuoteSelector) must have one string exact`);
  if (has('TextQuoteSelector')) for (const key of ['prefix', 'suffix']) if (key in selector && !oneString(key)) problems.push(`${where}.${key} must be one string`);
  if ((has('TextPositionSelector') || has('DataPositionSelector')) && !(offset('start') && offset('end'))) problems.push(`${where} (${types.join(', ')}) must have whole non-negative start and end`);
  if (has('SvgSelector') && !(oneString('value') || isIri(selector['id']))) problems.push(`${where} (SvgSelector) must have a value or an id`);
  if (has('RangeSelector')) {
    if (!('startSelector' in selector) || !('endSelector' in selector)) problems.push(`${where} (RangeSelector) must have startSelector and endSelector`);
    else {
      checkSelector(selector['startSelector'], `${where}.startSelector`, problems);
      checkSelector(selector['endSelector'], `${where}.endSelector`, problems);
    }
  }
  if ('refinedBy' in selector) checkSelector(single(selector['refinedBy']), `${where}.refinedBy`, problems);
}

/** Checks one body or target resource (recursing into Choice/Set items and SpecificResource sources). */
function checkResource(resource: Json, where: string, role: 'body' | 'target', problems: string[]): void {
  if (typeof resource === 'string') {
    if (!isIri(resource)) problems.push(`${where} is a string but not an IRI`);
    return;
  }
  if (!isObject(resource)) {
    problems.push(`${where} must be an IRI or an object`);
    return;
  }
  const types = typesOf(resource);
  const collectionTypes = types.filter((t) => COLLECTION_TYPES.includes(t));
  const isTextual = types.includes('TextualBody') || (role === 'body' && 'value' in resource && !('source' in resource) && !('id' in resource));
  const isSpecific = types.includes('SpecificResource') || 'source' in resource;

  if (role === 'target' && types.includes('TextualBody')) problems.push(`${where} must not be a TextualBody`);
  if ('id' in resource && !isIri(single(resource['id']))) problems.push(`${where}.id must be an IRI`);
  if ('format' in resource && !asList(resource['format']).every((f) => typeof f === 'string')) problems.push(`${where}.format must be text`);
  if ('language' in resource && !asList(resource['language']).every((l) => typeof l === 'string')) problems.push(`${where}.language must be text`);
  if ('processingLanguage' in resource && typeof resource['processingLanguage'] !== 'string') problems.push(`${where}.processingLanguage must be one language`);
  if ('textDirection' in resource && !(typeof resource['textDirection'] === 'string' && TEXT_DIRECTIONS.includes(resource['textDirection']))) {
    problems.push(`${where}.textDirection must be one of ltr, rtl, auto`);
  }
  checkDateProperties(resource, `${where}.`, problems);
  checkIriProperties(resource, `${where}.`, problems);
  checkAgents(resource, `${where}.`, problems);

  if (collectionTypes.length > 1) problems.push(`${where} has more than one of the types ${COLLECTION_TYPES.join(', ')}`);
  if (collectionTypes.length > 0) {
    const items = resource['items'];
    if (!Array.isArray(items) || items.length === 0) problems.push(`${where} (${collectionTypes.join(', ')}) must have items`);
    else items.forEach((item, i) => checkResource(item, `${where}.items[${i}]`, role, problems));
    return;
  }
  if ('items' in resource) problems.push(`${where} has items but is not a Choice, Composite, List or Independents`);
  if (isTextual) {
    if (typeof resource['value'] !== 'string') problems.push(`${where} (TextualBody) must have one string value`);
    if ('source' in resource) problems.push(`${where} (TextualBody) must not have a source`);
    return;
  }
  if (isSpecific) {
    if (!('source' in resource)) problems.push(`${where} (SpecificResource) must have a source`);
    else if (!(isIri(single(resource['source'])) || (isObject(resource['source']) && isIri(single(resource['source']['id']))))) problems.push(`${where}.source must be an IRI`);
    if ('value' in resource) problems.push(`${where} (SpecificResource) must not have a value`);
    if ('selector' in resource) {
      const selectors = asList(resource['selector']);
      if (selectors.length === 0) problems.push(`${where}.selector is empty`);
      selectors.forEach((s, i) => checkSelector(s, Array.isArray(resource['selector']) ? `${where}.selector[${i}]` : `${where}.selector`, problems));
    }
    if ('state' in resource) for (const state of asList(resource['state'])) if (!isIri(state) && !isObject(state)) problems.push(`${where}.state must be an IRI or an object`);
    return;
  }
  if (!('id' in resource)) problems.push(`${where} is not a recognisable resource: it has no id, value, source or items`);
}

/**
 * The MUST-level problems of one annotation, in words a user can act on; empty when it is sound.
 * `contextFromContainer` is true for annotations embedded in a page or collection that carries @context.
 */
export function annotationProblems(value: Json, contextFromContainer = false): string[] {
  if (!isObject(value)) return ['an annotation must be a JSON object'];
  const problems: string[] = [];
  if (!('@context' in value)) {
    if (!contextFromContainer) problems.push(`@context is missing; it must be "${ANNO_CONTEXT}"`);
  } else if (!asList(value['@context']).includes(ANNO_CONTEXT)) {
    problems.push(`@context must be or include "${ANNO_CONTEXT}"`);
  }
  if (!('id' in value)) problems.push('id is missing');
  else if (!isIri(single(value['id']))) problems.push('id must be exactly one IRI');
  if (!('type' in value)) problems.push('type is missing');
  else if (!typesOf(value).includes('Annotation')) problems.push('type must include "Annotation"');

  if (!('target' in value)) problems.push('target is missing');
  else {
    const targets = asList(value['target']);
    if (targets.length === 0) problems.push('target is empty');
    targets.forEach((t, i) => checkResource(t, Array.isArray(value['target']) ? `target[${i}]` : 'target', 'target', problems));
  }
  if ('body' in value && 'bodyValue' in value) problems.push('body and bodyValue must not both be present');
  if ('bodyValue' in value && typeof value['bodyValue'] !== 'string') problems.push('bodyValue must be one string');
  if ('body' in value) asList(value['body']).forEach((b, i) => checkResource(b, Array.isArray(value['body']) ? `body[${i}]` : 'body', 'body', problems));
  checkDateProperties(value, '', problems);
  checkIriProperties(value, '', problems);
  checkAgents(value, '', problems);
  return problems;
}
