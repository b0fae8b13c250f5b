// Reads what a web page says about itself: title, author, site, dates, canonical URL, language and
// description, from Open Graph and article: tags, JSON-LD, Dublin Core, <title> and plain meta tags.
// Used for imported articles and for sources, so it depends only on the DOM interfaces.
import type { ArticleMetadata } from '../core/model';
import { checkExternalUrl } from '../core/external-url';
import { normalizeInlineWhitespace } from '../core/document-text';
import { normalizePublishedDate } from './published-date';

export interface HtmlMetadata extends ArticleMetadata {
  description: string;
  /** Last modification date, normalised like publishedDate; '' when unknown. */
  modifiedDate: string;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'askpublicnewsarticle', 'blogposting', 'socialmediaposting',
  'scholarlyarticle', 'techarticle', 'report', 'liveblogposting', 'medicalscholarlyarticle',
]);

/** The elements metadata is read from, gathered in one walk over the page; see notePageElement. */
export interface PageElements {
  meta: Element[];
  links: Element[];
  scripts: Element[];
  bases: Element[];
  /** False when no element can match AUTHOR_ELEMENT, so the page need not be searched for one. */
  mayHaveAuthorElement: boolean;
  /** Likewise for TIME_ELEMENT. */
  mayHaveTimeElement: boolean;
}

const AUTHOR_ELEMENT = '[rel="author"], [itemprop~="author"] [itemprop="name"], [itemprop~="author"], .byline .author, .byline';
const TIME_ELEMENT = 'time[pubdate], [itemprop="datePublished"], time[datetime]';

/** Nothing gathered yet; notePageElement adds to it. */
export function emptyPageElements(): PageElements {
  return { meta: [], links: [], scripts: [], bases: [], mayHaveAuthorElement: false, mayHaveTimeElement: false };
}

/**
 * Adds one element to what metadata is read from. Called for every element of the page in document
 * order (see gatherPageElements), it finds each <meta>, <link>, <script> and <base> as
 * getElementsByTagName would, and notes whether any element could match the byline and date selectors
 * (a superset test), so that those selector queries run only on pages where they can find something.
 */
export function notePageElement(found: PageElements, element: Element): void {
  const name = element.localName;
  if (name === 'meta') found.meta.push(element);
  else if (name === 'link') found.links.push(element);
  else if (name === 'script') found.scripts.push(element);
  else if (name === 'base') found.bases.push(element);
  else if (name === 'time') found.mayHaveTimeElement = true;
  if (found.mayHaveAuthorElement && found.mayHaveTimeElement) return;
  // Lower-cased substrings cover every way the selectors can match, case-insensitive ones included.
  const itemprop = element.getAttribute('itemprop');
  if (itemprop !== null) {
    found.mayHaveAuthorElement = true;
    if (itemprop.toLowerCase().includes('datepublished')) found.mayHaveTimeElement = true;
  }
  if (!found.mayHaveAuthorElement) {
    const className = element.getAttributeNode('class')?.value.toLowerCase();
    const rel = element.getAttribute('rel')?.toLowerCase();
    if (className?.includes('byline') || className?.includes('author') || rel?.includes('author')) found.mayHaveAuthorElement = true;
  }
}

/** notePageElement for every element of the page, in one walk instead of a whole-page scan per tag name. */
export function gatherPageElements(doc: Document): PageElements {
  const found = emptyPageElements();
  // From the document itself: a Node DOM may leave elements beside the root element.
  const visit = (parent: ParentNode): void => {
    for (let element = parent.firstElementChild; element; element = element.nextElementSibling) {
      notePageElement(found, element);
      visit(element);
    }
  };
  visit(doc);
  return found;
}

/**
 * `rawHtml`, when given, is searched for the `<!-- saved from url=… -->` mark browsers put before the
 * doctype, which some DOMs drop; the document's comment nodes are searched otherwise. `elements` is
 * gatherPageElements(doc), for a caller that needs it too.
 */
export function extractHtmlMetadata(doc: Document, rawHtml?: string, elements: PageElements = gatherPageElements(doc)): HtmlMetadata {
  const meta = collectMeta(elements.meta);
  const ld = findJsonLdArticle(elements.scripts);
  const pick = (...keys: string[]): string => {
    for (const key of keys) {
      const value = meta.get(key);
      if (value) return value;
    }
    return '';
  };

  const savedFrom = savedFromUrl(doc, rawHtml);
  const siteName = clean(pick('og:site_name', 'application-name', 'twitter:site:name') || ldName(ld?.publisher));
  // og:title first: it is what the page shows when shared, while some sites (Wikipedia) put a
  // description of the page type in JSON-LD's headline.
  const title = withoutSiteSuffix(
    clean(pick('og:title') || ldString(ld?.headline) || pick('twitter:title', 'dc.title', 'dcterms.title', 'title', 'parsely-title', 'sailthru.title') || ldString(ld?.name) || doc.title || ''),
    siteName,
  );
  const author = clean(
    ldAuthors(ld?.author) ||
      notUrl(pick('author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl')) ||
      (elements.mayHaveAuthorElement ? authorElementText(doc) : ''),
  ).replace(/^by\s+/i, '');
  const publishedDate = normalizePublishedDate(
    ldString(ld?.datePublished) ||
      pick('article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dcterms.created', 'dc.date.issued', 'parsely-pub-date', 'sailthru.date', 'article.published') ||
      (elements.mayHaveTimeElement ? timeElementDate(doc) : ''),
  );
  const modifiedDate = normalizePublishedDate(ldString(ld?.dateModified) || pick('article:modified_time', 'og:updated_time', 'dcterms.modified', 'datemodified'));
  const description = clean(pick('og:description', 'description', 'twitter:description', 'dc.description') || ldString(ld?.description));

  const base = savedFrom || undefined;
  const sourceUrl =
    webUrl(canonicalLink(elements.links)?.getAttribute('href'), base) ||
    webUrl(pick('og:url'), base) ||
    webUrl(ldString(ld?.url) || ldId(ld?.mainEntityOfPage), base) ||
    savedFrom;

  return { title, author, siteName, publishedDate, modifiedDate, sourceUrl, language: declaredLanguage(doc, meta, ld), description };
}

/** The `<!-- saved from url=(0040)https://… -->` mark Internet Explorer, Edge and Chrome write. */
export function savedFromUrl(doc: Document, rawHtml?: string): string {
  const pattern = /saved from url=\(\d+\)(\S+?)\s*(?:-->|$)/i;
  const fromRaw = rawHtml ? pattern.exec(rawHtml.slice(0, 4096))?.[1] : undefined;
  if (fromRaw) return webUrl(fromRaw);
  for (const node of Array.from(doc.childNodes).concat(Array.from(doc.documentElement?.childNodes ?? []))) {
    if (node.nodeType === 8) {
      const found = pattern.exec(` ${node.nodeValue ?? ''}`)?.[1];
      if (found) return webUrl(found);
    }
  }
  return '';
}

/** Lower-cased name/property/itemprop → first non-empty content; space-separated properties each count. */
function collectMeta(metaElements: readonly Element[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const element of metaElements) {
    const content = element.getAttribute('content')?.trim();
    if (!content) continue;
    const keys = [element.getAttribute('property'), element.getAttribute('name'), element.getAttribute('itemprop'), element.getAttribute('http-equiv')]
      .filter((key): key is string => Boolean(key))
      .flatMap((key) => key.toLowerCase().split(/\s+/));
    for (const key of keys) if (!found.has(key)) found.set(key.replace(/^dc:/, 'dc.').replace(/^dcterms?:/, 'dcterms.'), content);
  }
  return found;
}

/** The first `<link rel~="canonical" i>`. */
function canonicalLink(links: readonly Element[]): Element | undefined {
  return links.find((link) => /(?:^|\s)canonical(?:\s|$)/i.test(link.getAttribute('rel') ?? ''));
}

function findJsonLdArticle(scripts: readonly Element[]): JsonObject | undefined {
  const objects: JsonObject[] = [];
  for (const script of scripts) {
    if (script.getAttribute('type')?.toLowerCase() !== 'application/ld+json') continue;
    const text = (script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '').trim();
    if (!text) continue;
    try {
      collectJsonObjects(JSON.parse(text), objects);
    } catch {
      // Broken JSON-LD is common (trailing commas, unescaped quotes); the other sources still apply.
    }
  }
  const typeNames = (object: JsonObject): string[] => [object['@type']].flat().filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
  return objects.find((object) => typeNames(object).some((type) => ARTICLE_TYPES.has(type))) ?? objects.find((object) => typeNames(object).includes('webpage') && object.headline);
}

function collectJsonObjects(value: unknown, into: JsonObject[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectJsonObjects(item, into);
  } else if (value && typeof value === 'object') {
    const object = value as JsonObject;
    into.push(object);
    if (object['@graph']) collectJsonObjects(object['@graph'], into);
  }
}

function ldString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return ldString(value[0]);
  return '';
}

function ldName(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return ldName(value[0]);
  if (value && typeof value === 'object') return ldString((value as JsonObject).name);
  return '';
}

function ldId(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return ldString((value as JsonObject)['@id']) || ldString((value as JsonObject).url);
  return '';
}

function ldAuthors(value: unknown): string {
  const names = [value].flat().map(ldName).map((name) => notUrl(name.trim())).filter(Boolean);
  return Array.from(new Set(names)).join(', ');
}

function authorElementText(doc: Document): string {
  const element = doc.querySelector(AUTHOR_ELEMENT);
  const text = clean(element?.textContent ?? '');
  // A long "byline" is a whole author panel, not a name.
  return text.length > 0 && text.length <= 100 ? text : '';
}

function timeElementDate(doc: Document): string {
  const element = doc.querySelector(TIME_ELEMENT);
  return element?.getAttribute('datetime') ?? element?.getAttribute('content') ?? '';
}

function declaredLanguage(doc: Document, meta: Map<string, string>, ld: JsonObject | undefined): string {
  const root = doc.documentElement;
  const candidates = [
    root?.getAttribute('lang'),
    root?.getAttribute('xml:lang'),
    meta.get('content-language'),
    meta.get('language'),
    meta.get('dc.language'),
    ldString(ld?.inLanguage),
    meta.get('og:locale'),
  ];
  for (const candidate of candidates) {
    const tag = normalizeLanguageTag(candidate ?? '');
    if (tag) return tag;
  }
  return '';
}

/** `en_us`, `EN-us`, `zh_CN` → `en-US`, `zh-CN`; '' for something that is not a language tag. */
export function normalizeLanguageTag(raw: string): string {
  const first = raw.split(',')[0]?.trim().replace(/_/g, '-') ?? '';
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(first)) return '';
  const [language, ...rest] = first.split('-');
  return [language!.toLowerCase(), ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part.length === 4 ? part[0]!.toUpperCase() + part.slice(1).toLowerCase() : part.toLowerCase()))].join('-');
}

function webUrl(raw: string | null | undefined, base?: string): string {
  if (!raw) return '';
  let absolute: string;
  try {
    absolute = new URL(raw.trim(), base).href;
  } catch {
    return '';
  }
  const check = checkExternalUrl(absolute);
  return check.ok && /^https?:/.test(check.url) ? check.url : '';
}

function notUrl(value: string): string {
  return /^(https?:)?\/\//i.test(value) ? '' : value;
}

function clean(value: string): string {
  return normalizeInlineWhitespace(value);
}

/** "Headline | Site", "Headline - Site" → "Headline" when the site's name is known. */
function withoutSiteSuffix(title: string, siteName: string): string {
  if (!siteName) return title;
  for (const separator of [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', '_']) {
    const suffix = `${separator}${siteName}`;
    if (title.endsWith(suffix) && title.length > suffix.length) return title.slice(0, -suffix.length).trim();
  }
  return title;
}
