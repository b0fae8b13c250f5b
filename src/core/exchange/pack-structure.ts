// The shape check of a pack file, written by hand to mirror schemas/claimlens-pack.schema.json.
// Why not ajv in the app: ajv compiles schemas with `new Function`, which the app's CSP
// (`script-src 'self'`) forbids, and its standalone output would need a build step to stay in sync.
// Instead this plain code runs anywhere, gives messages naming the field, and a test feeds many good and
// bad packs to both this and ajv with the JSON Schema to prove they agree.
import { englishNotices, packRefusalText } from '../../i18n/import-notice-text';
import { RELIABILITY_RATINGS, STANCES, TAGS } from '../model';
import type { PackFieldIssue, PackFieldProblem } from './pack-problems';

/** Where the problem is (`path`, like `claims[3].tag`, empty for the file as a whole) and what it is. */
export type PackProblem = PackFieldProblem;

class Invalid extends Error {
  constructor(readonly problem: PackProblem) {
    super(packRefusalText(englishNotices, problem));
  }
}

type Json = unknown;
type JsonObject = Record<string, Json>;

const join = (path: string, key: string | number): string => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);
const fail = (path: string, issue: PackFieldIssue): never => {
  throw new Invalid({ ...issue, path });
};
const isObject = (value: Json): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

function object(value: Json, path: string, required: readonly string[]): JsonObject {
  if (!isObject(value)) fail(path, { code: path === '' ? 'pack-not-object' : 'not-object' });
  const record = value as JsonObject;
  for (const key of required) if (!(key in record)) fail(join(path, key), { code: 'missing' });
  return record;
}

function string(value: Json, path: string, minLength = 0): string {
  if (typeof value !== 'string') fail(path, { code: 'not-text' });
  if ((value as string).length < minLength) fail(path, { code: 'empty-text' });
  return value as string;
}

function optionalString(record: JsonObject, key: string, path: string): void {
  if (key in record) string(record[key], join(path, key));
}

function oneOf<T extends string | number>(value: Json, path: string, allowed: readonly T[]): void {
  if (!allowed.includes(value as T)) fail(path, { code: 'not-one-of', params: { allowed: allowed.join(', ') } });
}

function boolean(value: Json, path: string): void {
  if (typeof value !== 'boolean') fail(path, { code: 'not-boolean' });
}

function offset(value: Json, path: string): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) fail(path, { code: 'not-offset' });
}

function list(value: Json, path: string, item: (value: Json, path: string) => void): void {
  if (!Array.isArray(value)) fail(path, { code: 'not-list' });
  (value as Json[]).forEach((entry, index) => item(entry, join(path, index)));
}

function timestamp(value: Json, path: string): void {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) fail(path, { code: 'not-timestamp' });
}

const id = (value: Json, path: string): void => void string(value, path, 1);

function inline(value: Json, path: string): void {
  const record = object(value, path, ['text']);
  string(record['text'], join(path, 'text'));
  optionalString(record, 'href', path);
  if ('bold' in record) boolean(record['bold'], join(path, 'bold'));
  if ('italic' in record) boolean(record['italic'], join(path, 'italic'));
}

const inlines = (value: Json, path: string): void => list(value, path, inline);

const BLOCK_TYPES = ['heading', 'paragraph', 'quote', 'list', 'image', 'preformatted'] as const;

function block(value: Json, path: string): void {
  const record = object(value, path, ['type']);
  oneOf(record['type'], join(path, 'type'), BLOCK_TYPES);
  const at = (key: string): string => join(path, key);
  switch (record['type']) {
    case 'heading':
      object(record, path, ['level', 'inlines']);
      oneOf(record['level'], at('level'), [1, 2, 3, 4, 5, 6]);
      inlines(record['inlines'], at('inlines'));
      break;
    case 'paragraph':
    case 'quote':
      object(record, path, ['inlines']);
      inlines(record['inlines'], at('inlines'));
      break;
    case 'list':
      object(record, path, ['ordered', 'items']);
      boolean(record['ordered'], at('ordered'));
      list(record['items'], at('items'), inlines);
      break;
    case 'image':
      object(record, path, ['alt', 'caption']);
      if ('src' in record && !/^data:/.test(string(record['src'], at('src')))) fail(at('src'), { code: 'not-data-uri' });
      optionalString(record, 'remoteSrc', path);
      string(record['alt'], at('alt'));
      inlines(record['caption'], at('caption'));
      break;
    case 'preformatted':
      object(record, path, ['text']);
      string(record['text'], at('text'));
      break;
  }
}

const ARTICLE_FIELDS = ['id', 'title', 'author', 'siteName', 'publishedDate', 'sourceUrl', 'language', 'blocks', 'text', 'contentHash', 'importedAt'] as const;

function article(value: Json, path: string): void {
  const record = object(value, path, ARTICLE_FIELDS);
  id(record['id'], join(path, 'id'));
  for (const key of ['title', 'author', 'siteName', 'publishedDate', 'sourceUrl', 'language'] as const) string(record[key], join(path, key));
  list(record['blocks'], join(path, 'blocks'), block);
  string(record['text'], join(path, 'text'));
  if (!/^[0-9a-f]{64}$/.test(string(record['contentHash'], join(path, 'contentHash')))) fail(join(path, 'contentHash'), { code: 'not-sha256' });
  string(record['importedAt'], join(path, 'importedAt'));
}

function claim(value: Json, path: string): void {
  const record = object(value, path, ['id', 'articleId', 'tag', 'note', 'annotator', 'selectors', 'orphaned', 'createdAt', 'updatedAt']);
  const at = (key: string): string => join(path, key);
  id(record['id'], at('id'));
  id(record['articleId'], at('articleId'));
  oneOf(record['tag'], at('tag'), TAGS);
  string(record['note'], at('note'));
  string(record['annotator'], at('annotator'));
  const selectors = object(record['selectors'], at('selectors'), ['quote', 'position']);
  const quotePath = join(at('selectors'), 'quote');
  const quote = object(selectors['quote'], quotePath, ['type', 'exact', 'prefix', 'suffix']);
  if (quote['type'] !== 'TextQuoteSelector') fail(join(quotePath, 'type'), { code: 'wrong-selector', params: { expected: 'TextQuoteSelector' } });
  string(quote['exact'], join(quotePath, 'exact'), 1);
  string(quote['prefix'], join(quotePath, 'prefix'));
  string(quote['suffix'], join(quotePath, 'suffix'));
  const positionPath = join(at('selectors'), 'position');
  const position = object(selectors['position'], positionPath, ['type', 'start', 'end']);
  if (position['type'] !== 'TextPositionSelector') fail(join(positionPath, 'type'), { code: 'wrong-selector', params: { expected: 'TextPositionSelector' } });
  offset(position['start'], join(positionPath, 'start'));
  offset(position['end'], join(positionPath, 'end'));
  boolean(record['orphaned'], at('orphaned'));
  timestamp(record['createdAt'], at('createdAt'));
  timestamp(record['updatedAt'], at('updatedAt'));
}

function link(value: Json, path: string): void {
  const record = object(value, path, ['id', 'claimId', 'sourceId', 'stance', 'quote', 'createdAt']);
  const at = (key: string): string => join(path, key);
  id(record['id'], at('id'));
  id(record['claimId'], at('claimId'));
  id(record['sourceId'], at('sourceId'));
  oneOf(record['stance'], at('stance'), STANCES);
  string(record['quote'], at('quote'));
  timestamp(record['createdAt'], at('createdAt'));
}

const SOURCE_TEXT_FIELDS = ['url', 'normalizedUrl', 'title', 'publisher', 'author', 'publishedDate', 'accessedDate', 'excerpt'] as const;

function source(value: Json, path: string): void {
  const record = object(value, path, ['id', ...SOURCE_TEXT_FIELDS, 'reliability', 'reliabilityReason', 'note', 'createdAt', 'updatedAt']);
  const at = (key: string): string => join(path, key);
  id(record['id'], at('id'));
  for (const key of SOURCE_TEXT_FIELDS) string(record[key], at(key));
  oneOf(record['reliability'], at('reliability'), RELIABILITY_RATINGS);
  string(record['reliabilityReason'], at('reliabilityReason'));
  string(record['note'], at('note'));
  optionalString(record, 'archivedText', path);
  timestamp(record['createdAt'], at('createdAt'));
  timestamp(record['updatedAt'], at('updatedAt'));
}

/** The first way the value fails the pack schema, or null when its shape is right. */
export function packStructureProblem(value: Json): PackProblem | null {
  try {
    // The format first: for some other JSON file, "not a pack" says more than its first missing field.
    const found = object(value, '', ['format']);
    if (found['format'] !== 'claimlens-pack') fail('format', { code: 'not-a-pack' });
    const record = object(value, '', ['formatVersion', 'appVersion', 'exportedAt', 'annotator', 'article', 'claims', 'links', 'sources']);
    if (record['formatVersion'] !== 1) fail('formatVersion', { code: 'other-version' });
    string(record['appVersion'], 'appVersion');
    timestamp(record['exportedAt'], 'exportedAt');
    string(record['annotator'], 'annotator', 1);
    article(record['article'], 'article');
    list(record['claims'], 'claims', claim);
    list(record['links'], 'links', link);
    list(record['sources'], 'sources', source);
    return null;
  } catch (error) {
    if (error instanceof Invalid) return error.problem;
    throw error;
  }
}
