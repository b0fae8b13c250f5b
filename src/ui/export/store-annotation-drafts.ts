// Turns imported W3C annotations into claims on one article, in one `rw` transaction. Drafts that cannot
// become claims (not placed in this text, no tag) are returned with the reason instead of being dropped.
import type { AnnotationImport, ClaimDraft } from '../../core/exchange/annotation-import';
import { newId, type Article, type Claim, type ClaimSource, type Source } from '../../core/model';
import { describeRange } from '../../core/selectors';
import { normalizeSourceUrl } from '../../core/source-url';
import type { ClaimlensDatabase } from '../../db/database';

export type NotImportedReason =
  | { kind: 'unanchored' }
  | { kind: 'other-document'; target: string }
  | { kind: 'no-tag' }
  | { kind: 'invalid'; detail: string };

export interface NotImported {
  /** The annotation's id, or where it sat in the file. */
  ref: string;
  quote: string;
  reason: NotImportedReason;
}

export interface StoredAnnotations {
  added: number;
  alreadyHere: number;
  notImported: NotImported[];
  /** Source addresses that were not accepted, so their links were left out. */
  skippedSourceUrls: string[];
}

const UUID_URN = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** Our own exports carry the claim id as `urn:uuid:<id>`; keeping it lets a re-import recognise the claim. */
function claimIdFor(draft: ClaimDraft): string {
  const match = UUID_URN.exec(draft.annotationId);
  return match ? match[1]!.toLowerCase() : newId();
}

/** Whether an annotation's target names this article: its web address or its text's hash. */
function namesArticle(target: string, article: Article): boolean {
  if (target === `urn:sha256:${article.contentHash}`) return true;
  const normalized = normalizeSourceUrl(target);
  return normalized !== '' && normalized === normalizeSourceUrl(article.sourceUrl);
}

interface Placed {
  draft: ClaimDraft;
  claim: Claim;
}

export async function storeAnnotationDrafts(
  db: ClaimlensDatabase,
  article: Article,
  result: AnnotationImport,
  fallbackAnnotator: string,
  now: string = new Date().toISOString(),
): Promise<StoredAnnotations> {
  const notImported: NotImported[] = result.rejected.map((rejected) => ({ ref: rejected.ref, quote: '', reason: { kind: 'invalid', detail: rejected.reason } }));
  const placed: Placed[] = [];
  for (const draft of result.drafts) {
    const ref = draft.annotationId || draft.exact.slice(0, 40);
    const anchor = draft.anchor;
    if (!anchor || anchor.kind === 'orphan') {
      notImported.push({ ref, quote: draft.exact, reason: { kind: 'unanchored' } });
      continue;
    }
    // A bare position lands somewhere in any text long enough; without a quote to confirm it, it is
    // only trusted when the annotation says it is about this very article.
    const positionOnly = draft.prefix === '' && draft.suffix === '' && anchor.kind === 'exact-position';
    if (positionOnly && draft.targetSource && !namesArticle(draft.targetSource, article)) {
      notImported.push({ ref, quote: draft.exact, reason: { kind: 'other-document', target: draft.targetSource } });
      continue;
    }
    if (!draft.tag) {
      notImported.push({ ref, quote: draft.exact, reason: { kind: 'no-tag' } });
      continue;
    }
    let selectors;
    try {
      selectors = describeRange(article.text, anchor.start, anchor.end);
    } catch {
      notImported.push({ ref, quote: draft.exact, reason: { kind: 'unanchored' } });
      continue;
    }
    placed.push({
      draft,
      claim: {
        id: claimIdFor(draft),
        articleId: article.id,
        tag: draft.tag,
        note: draft.note,
        annotator: draft.annotator.trim() || fallbackAnnotator,
        selectors,
        orphaned: false,
        createdAt: now,
        updatedAt: now,
      },
    });
  }

  return db.transaction('rw', [db.articles, db.claims, db.sources, db.claimSources], async () => {
    if (!(await db.articles.get(article.id))) throw new Error('The article is no longer in the library.');
    const onArticle = await db.claims.where('articleId').equals(article.id).toArray();
    const samePlace = new Set(onArticle.map((c) => `${c.annotator}\n${c.tag}\n${c.selectors.position.start}\n${c.selectors.position.end}`));
    let added = 0;
    let alreadyHere = 0;
    const skippedSourceUrls: string[] = [];
    for (const { draft, claim } of placed) {
      const key = `${claim.annotator}\n${claim.tag}\n${claim.selectors.position.start}\n${claim.selectors.position.end}`;
      // The same annotation imported twice (by id, or by annotator, tag and place) is one claim.
      if (samePlace.has(key) || (await db.claims.get(claim.id))) {
        alreadyHere += 1;
        continue;
      }
      samePlace.add(key);
      await db.claims.add(claim);
      added += 1;
      const linked = new Set<string>();
      for (const { url, stance } of draft.sources) {
        const normalizedUrl = normalizeSourceUrl(url);
        if (!normalizedUrl) {
          skippedSourceUrls.push(url);
          continue;
        }
        let source: Source | undefined = await db.sources.where('normalizedUrl').equals(normalizedUrl).first();
        if (!source) {
          source = {
            id: newId(), url, normalizedUrl, title: '', publisher: '', author: '', publishedDate: '', accessedDate: '',
            excerpt: '', reliability: 'unknown', reliabilityReason: '', note: '', createdAt: now, updatedAt: now,
          };
          await db.sources.add(source);
        }
        if (linked.has(source.id)) continue;
        linked.add(source.id);
        const link: ClaimSource = { id: newId(), claimId: claim.id, sourceId: source.id, stance: stance ?? 'context', quote: '', createdAt: now };
        await db.claimSources.add(link);
      }
    }
    return { added, alreadyHere, notImported, skippedSourceUrls };
  });
}
