// Finds the obvious page furniture around an article (navigation, share buttons, related links,
// comments, ads, footers) so the cleanup preview can show what was left out and why, instead of
// dropping it silently. Deliberately simple: class/id/role cues, outermost match only.
//
// Two steps, because Readability rewrites the page it reads and the page is parsed only once:
// collectBoilerplate reads the furniture from the untouched document (before Readability runs), and
// chooseBoilerplate picks from it once the article's text is known.
import type { Block, Inline } from '../core/model';
import type { CandidateBlock, RemovalReason } from './extraction';
import { normalizeWhiteSpace } from './white-space';

interface ElementFacts {
  tag: string;
  parentTag: string;
  /** The class attribute as written, and lower-cased for the case-insensitive cues. */
  className: string;
  classLower: string;
  id: string;
  idLower: string;
  role: string;
}

interface Cue {
  reason: RemovalReason;
  /** Furniture shown above an article goes before it in the preview; the rest after. */
  before: boolean;
  matches(element: ElementFacts): boolean;
}

const hasWord = (list: string, word: string): boolean => list.split(/\s+/).includes(word);
const hasAny = (value: string, parts: readonly string[]): boolean => parts.some((part) => value.includes(part));

// Each cue reads like the CSS selector it stands for (`[class*="share" i]` is classLower containing
// "share", `.masthead` is the class word "masthead"); one walk tests them all, instead of one
// selector query over the whole page per cue.
const CUES: Cue[] = [
  {
    reason: 'navigation',
    before: true,
    matches: (e) =>
      e.tag === 'nav' || e.role === 'navigation' || e.classLower.includes('breadcrumb') || e.idLower.includes('breadcrumb') ||
      hasWord(e.classLower, 'menu') || e.idLower === 'menu',
  },
  {
    reason: 'page-furniture',
    before: true,
    matches: (e) =>
      (e.tag === 'header' && e.parentTag === 'body') || e.role === 'banner' || e.id === 'header' ||
      hasWord(e.className, 'site-header') || hasWord(e.className, 'masthead'),
  },
  {
    reason: 'share-widget',
    before: false,
    matches: (e) => e.classLower.includes('share') || e.idLower.includes('share') || e.classLower.includes('social'),
  },
  {
    reason: 'related-links',
    before: false,
    matches: (e) => hasAny(e.classLower, ['related', 'recommend', 'read-more', 'more-stories']) || e.idLower.includes('related'),
  },
  {
    reason: 'comments',
    before: false,
    matches: (e) => e.id === 'comments' || e.idLower.includes('comment') || e.classLower.includes('comment') || e.id === 'disqus_thread',
  },
  {
    reason: 'advertisement',
    before: false,
    matches: (e) =>
      hasWord(e.classLower, 'ad') || hasWord(e.classLower, 'ads') || hasAny(e.classLower, ['advert', 'sponsor']) ||
      e.idLower.includes('advert') || (e.tag === 'ins' && hasWord(e.className, 'adsbygoogle')),
  },
  {
    reason: 'author-panel',
    before: false,
    matches: (e) => hasAny(e.classLower, ['author-bio', 'author-box', 'author-info', 'about-author']),
  },
  {
    reason: 'disclaimer',
    before: false,
    matches: (e) => hasAny(e.classLower, ['disclaimer', 'copyright']) || e.idLower.includes('copyright'),
  },
  {
    reason: 'page-furniture',
    before: false,
    matches: (e) => e.tag === 'footer' || e.role === 'contentinfo' || e.id === 'footer' || hasWord(e.className, 'site-footer'),
  },
];

// Cheap tests that every cue implies: an element failing all three matches no cue, which is most of
// a page, so the cues themselves run on few elements.
const CUE_TAGS = new Set(['nav', 'header', 'footer', 'ins']);
const CUE_ROLES = new Set(['navigation', 'banner', 'contentinfo']);
const MAY_MATCH_CLASS =
  /breadcrumb|(?:^|\s)(?:menu|ads?)(?:\s|$)|site-header|masthead|share|social|related|recommend|read-more|more-stories|comment|advert|sponsor|adsbygoogle|author-(?:bio|box|info)|about-author|disclaimer|copyright|site-footer/;
const MAY_MATCH_ID = /breadcrumb|^(?:menu|header|footer)$|share|related|comment|disqus_thread|advert|copyright/;

/** Never page text: skipped with everything inside them. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg']);
const MAX_FURNITURE_CHARS = 2_000;
const MAX_CANDIDATES = 40;

type FurnitureBlock = Extract<Block, { type: 'list' | 'paragraph' }>;

/** An element's text and, in order, the texts of the links inside it; as read, not yet normalised. */
interface RawText {
  text: string;
  links: string[];
}

interface Furniture {
  raw: RawText;
  /** The element's place in document order and that of its last descendant: nesting is interval nesting. */
  first: number;
  last: number;
  /** The block and its text, worked out from `raw` when chooseBoilerplate first needs them; null when empty. */
  shape?: FurnitureShape | null;
}

interface FurnitureShape {
  block: FurnitureBlock;
  text: string;
}

/** The furniture each cue matched, in document order; see collectBoilerplate. */
export type BoilerplateHints = Furniture[][];

export interface BoilerplateCandidates {
  before: CandidateBlock[];
  after: CandidateBlock[];
}

/**
 * Reads the furniture of the page as it was parsed; does not modify `doc` (beyond what reading
 * doc.body may add on a Node DOM). `onElement`, when given, is called for every element of the page
 * in document order, those outside the body and inside skipped elements included, so that a caller
 * gathering elements (see notePageElement) need not walk the page again.
 */
export function collectBoilerplate(doc: Document, onElement?: (element: Element) => void): BoilerplateHints {
  const hints: BoilerplateHints = CUES.map(() => []);
  const body = doc.body;
  if (!body && !onElement) return hints;
  let order = 0;
  // Outside the body and inside skipped elements: only onElement. From the document itself, as a
  // Node DOM may leave elements beside the root element.
  const pass = (parent: ParentNode): void => {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      onElement?.(child);
      if (child === body) visit(child, 'body');
      else pass(child);
    }
  };
  // The text of each matched element, so that an enclosing match reuses it instead of reading it again.
  const known = new Map<Element, RawText>();
  const visit = (parent: Element, parentTag: string): void => {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      onElement?.(child);
      const tag = child.localName.toLowerCase();
      if (SKIPPED.has(tag)) {
        if (onElement) pass(child);
        continue;
      }
      const first = order++;
      // The attribute node, not getAttribute: linkedom answers getAttribute('class') by building a
      // class list for the element, which on a whole page costs more than the rest of this walk.
      const className = child.getAttributeNode('class')?.value ?? '';
      const id = child.getAttribute('id') ?? '';
      const role = child.getAttribute('role') ?? '';
      // Most elements fail the cheap tests; only the others get their facts gathered and the cues run.
      const classLower = className === '' ? '' : className.toLowerCase();
      const idLower = id === '' ? '' : id.toLowerCase();
      const mayMatch = CUE_TAGS.has(tag) || CUE_ROLES.has(role) || MAY_MATCH_CLASS.test(classLower) || MAY_MATCH_ID.test(idLower);
      const matched = mayMatch ? matchingCues({ tag, parentTag, className, classLower, id, idLower, role }) : NO_CUES;
      visit(child, tag);
      if (matched.length === 0) continue;
      // Only the text is read now, while the page is as parsed; normalising it and choosing the block
      // wait for chooseBoilerplate, which needs them for few of the matches.
      const links: string[] = [];
      const raw: RawText = { text: textOf(child, links, known), links };
      known.set(child, raw);
      const furniture: Furniture = { raw, first, last: order - 1 };
      for (const index of matched) hints[index]!.push(furniture);
    }
  };
  if (onElement) pass(doc);
  else if (body) visit(body, 'body');
  // Children are visited before their parent is recorded; document order puts the parent first.
  for (const list of hints) list.sort((a, b) => a.first - b.first);
  return hints;
}

const NO_CUES: readonly number[] = [];

/** The indexes in CUES of the cues the element matches. */
function matchingCues(facts: ElementFacts): number[] {
  const matched: number[] = [];
  for (let index = 0; index < CUES.length; index++) if (CUES[index]!.matches(facts)) matched.push(index);
  return matched;
}

/** `keptText` is the article's text: furniture whose text the article already contains is not listed again. */
export function chooseBoilerplate(hints: BoilerplateHints, keptText: string): BoilerplateCandidates {
  const result: BoilerplateCandidates = { before: [], after: [] };
  const taken: Furniture[] = [];
  const seen = new Set<string>();
  for (const [index, cue] of CUES.entries()) {
    for (const furniture of hints[index]!) {
      if (taken.some((outer) => overlaps(outer, furniture))) continue;
      const shape = shapeOf(furniture);
      if (!shape) continue;
      const { text } = shape;
      if (text.length > MAX_FURNITURE_CHARS || seen.has(text) || keptText.includes(text)) continue;
      taken.push(furniture);
      seen.add(text);
      (cue.before ? result.before : result.after).push({ block: shape.block, removed: cue.reason });
      if (taken.length >= MAX_CANDIDATES) return result;
    }
  }
  return result;
}

/** Both steps at once, for a document nobody else reads. */
export function findBoilerplate(doc: Document, keptText: string): BoilerplateCandidates {
  return chooseBoilerplate(collectBoilerplate(doc), keptText);
}

/** One is the other or contains it. */
function overlaps(a: Furniture, b: Furniture): boolean {
  return (a.first <= b.first && b.last <= a.last) || (b.first <= a.first && a.last <= b.last);
}

/** Mostly links → a list of their texts; otherwise one paragraph of the element's text. Null when it has none. */
function shapeOf(furniture: Furniture): FurnitureShape | null {
  if (furniture.shape === undefined) furniture.shape = shapeOfText(furniture.raw);
  return furniture.shape;
}

function shapeOfText(raw: RawText): FurnitureShape | null {
  const text = normalizeWhiteSpace(raw.text);
  if (text === '') return null;
  const linkTexts = raw.links.map(normalizeWhiteSpace).filter(Boolean);
  const linkChars = linkTexts.reduce((sum, link) => sum + link.length, 0);
  const block: FurnitureBlock =
    linkTexts.length >= 2 && linkChars >= text.length * 0.6
      ? { type: 'list', ordered: false, items: linkTexts.map((link): Inline[] => [{ text: link }]) }
      : { type: 'paragraph', inlines: [{ text }] };
  const blockText = block.type === 'list' ? linkTexts.join('\n') : text;
  return { block, text: blockText };
}

/**
 * The element's text without that of skipped elements; the text of each link inside goes to `links`.
 * Elements in `known` (matches inside this one) have been read already and are not walked again.
 */
function textOf(element: Element, links: string[], known: ReadonlyMap<Element, RawText>): string {
  let text = '';
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 || child.nodeType === 4) {
      text += child.nodeValue ?? '';
    } else if (child.nodeType === 1) {
      const tag = (child as Element).localName.toLowerCase();
      if (SKIPPED.has(tag)) continue;
      // The link's slot comes before those of links nested in it: document order.
      const slot = tag === 'a' ? links.push('') - 1 : -1;
      const read = known.get(child as Element);
      let childText: string;
      if (read) {
        for (const link of read.links) links.push(link);
        childText = read.text;
      } else {
        childText = textOf(child as Element, links, known);
      }
      if (slot !== -1) links[slot] = childText;
      text += childText;
    }
  }
  return text;
}
