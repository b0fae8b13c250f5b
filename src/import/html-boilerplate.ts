// Finds the obvious page furniture around an article (navigation, share buttons, related links,
// comments, ads, footers) so the cleanup preview can show what was left out and why, instead of
// dropping it silently. Deliberately simple: class/id/role cues, outermost match only.
import type { Block, Inline } from '../core/model';
import type { CandidateBlock, RemovalReason } from './extraction';
import { normalizeInlineWhitespace } from '../core/document-text';

interface Cue {
  reason: RemovalReason;
  selector: string;
  /** Furniture shown above an article goes before it in the preview; the rest after. */
  before: boolean;
}

const CUES: Cue[] = [
  { reason: 'navigation', before: true, selector: 'nav, [role="navigation"], [class*="breadcrumb" i], [id*="breadcrumb" i], [class~="menu" i], [id="menu" i]' },
  { reason: 'page-furniture', before: true, selector: 'body > header, [role="banner"], #header, .site-header, .masthead' },
  { reason: 'share-widget', before: false, selector: '[class*="share" i], [id*="share" i], [class*="social" i]' },
  { reason: 'related-links', before: false, selector: '[class*="related" i], [id*="related" i], [class*="recommend" i], [class*="read-more" i], [class*="more-stories" i]' },
  { reason: 'comments', before: false, selector: '#comments, [id*="comment" i], [class*="comment" i], #disqus_thread' },
  { reason: 'advertisement', before: false, selector: '[class~="ad" i], [class~="ads" i], [class*="advert" i], [id*="advert" i], [class*="sponsor" i], ins.adsbygoogle' },
  { reason: 'author-panel', before: false, selector: '[class*="author-bio" i], [class*="author-box" i], [class*="author-info" i], [class*="about-author" i]' },
  { reason: 'disclaimer', before: false, selector: '[class*="disclaimer" i], [class*="copyright" i], [id*="copyright" i]' },
  { reason: 'page-furniture', before: false, selector: 'footer, [role="contentinfo"], #footer, .site-footer' },
];

const MAX_FURNITURE_CHARS = 2_000;
const MAX_CANDIDATES = 40;

export interface BoilerplateCandidates {
  before: CandidateBlock[];
  after: CandidateBlock[];
}

/**
 * `doc` is a throwaway parse of the page (it is modified). `keptText` is the article's text: furniture
 * whose text the article already contains is not listed again.
 */
export function findBoilerplate(doc: Document, keptText: string): BoilerplateCandidates {
  for (const element of Array.from(doc.querySelectorAll('script, style, noscript, template, svg'))) element.remove();
  const body = doc.body;
  const result: BoilerplateCandidates = { before: [], after: [] };
  if (!body) return result;

  const taken: Element[] = [];
  const seen = new Set<string>();
  for (const cue of CUES) {
    let matches: Element[];
    try {
      matches = Array.from(body.querySelectorAll(cue.selector));
    } catch {
      continue; // a DOM without case-insensitive attribute selectors; the other cues still apply
    }
    for (const element of matches) {
      if (taken.some((outer) => outer === element || outer.contains(element) || element.contains(outer))) continue;
      const block = furnitureBlock(element);
      if (!block) continue;
      const text = block.type === 'list' ? block.items.map((item) => item.map((run) => run.text).join('')).join('\n') : block.inlines.map((run) => run.text).join('');
      if (text.length > MAX_FURNITURE_CHARS || seen.has(text) || keptText.includes(text)) continue;
      taken.push(element);
      seen.add(text);
      (cue.before ? result.before : result.after).push({ block, removed: cue.reason });
      if (taken.length >= MAX_CANDIDATES) return result;
    }
  }
  return result;
}

/** Mostly links → a list of their texts; otherwise one paragraph of the element's text. */
function furnitureBlock(element: Element): Extract<Block, { type: 'list' | 'paragraph' }> | undefined {
  const text = normalizeInlineWhitespace(element.textContent ?? '');
  if (text === '') return undefined;
  const links = Array.from(element.querySelectorAll('a'))
    .map((link) => normalizeInlineWhitespace(link.textContent ?? ''))
    .filter(Boolean);
  const linkChars = links.reduce((sum, link) => sum + link.length, 0);
  if (links.length >= 2 && linkChars >= text.length * 0.6) {
    return { type: 'list', ordered: false, items: links.map((link): Inline[] => [{ text: link }]) };
  }
  return { type: 'paragraph', inlines: [{ text }] };
}
