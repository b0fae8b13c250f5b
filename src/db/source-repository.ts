// Storing evidence: sources (deduplicated by normalised URL) and the links from claims to them.
// Every write that touches more than one row is one `rw` transaction over all the tables it touches.
import { newId, type Claim, type ClaimSource, type Source, type Stance, type Article } from '../core/model';
import { normalizeSourceUrl } from '../core/source-url';
import type { ClaimlensDatabase } from './database';

/** What the user typed for a source; ids, the normalised URL and timestamps are added here. */
export type SourceDraft = Omit<Source, 'id' | 'normalizedUrl' | 'createdAt' | 'updatedAt'>;

export type AddSourceResult = { source: Source; reused: boolean };

/** The stored source with the same normalised URL, if any; none for a source without a URL. */
export async function findSourceByUrl(db: ClaimlensDatabase, url: string): Promise<Source | undefined> {
  const normalizedUrl = normalizeSourceUrl(url);
  if (!normalizedUrl) return undefined;
  return db.sources.where('normalizedUrl').equals(normalizedUrl).first();
}

async function addOrReuse(db: ClaimlensDatabase, draft: SourceDraft): Promise<AddSourceResult> {
  const normalizedUrl = draft.url.trim() ? normalizeSourceUrl(draft.url) : '';
  if (draft.url.trim() && !normalizedUrl) throw new Error(`Not an accepted address: ${draft.url.slice(0, 80)}`);
  if (normalizedUrl) {
    const existing = await db.sources.where('normalizedUrl').equals(normalizedUrl).first();
    if (existing) return { source: existing, reused: true };
  }
  const now = new Date().toISOString();
  const source: Source = { ...draft, url: draft.url.trim(), id: newId(), normalizedUrl, createdAt: now, updatedAt: now };
  await db.sources.add(source);
  return { source, reused: false };
}

/** Adds a source, or returns the existing one with the same normalised URL. */
export async function addSource(db: ClaimlensDatabase, draft: SourceDraft): Promise<AddSourceResult> {
  return db.transaction('rw', db.sources, () => addOrReuse(db, draft));
}

export type LinkResult = { link: ClaimSource; alreadyLinked: boolean };

async function linkInside(db: ClaimlensDatabase, claimId: string, sourceId: string, stance: Stance, quote: string): Promise<LinkResult> {
  const existing = await db.claimSources.where('[claimId+sourceId]').equals([claimId, sourceId]).first();
  if (existing) {
    // The same source twice on one claim would count it twice; the newer stance and quote win.
    const updated = { ...existing, stance, quote: quote || existing.quote };
    await db.claimSources.put(updated);
    return { link: updated, alreadyLinked: true };
  }
  const link: ClaimSource = { id: newId(), claimId, sourceId, stance, quote, createdAt: new Date().toISOString() };
  await db.claimSources.add(link);
  return { link, alreadyLinked: false };
}

/** Links an existing source to a claim (or updates the link when there already is one). */
export async function linkSource(db: ClaimlensDatabase, claimId: string, sourceId: string, stance: Stance, quote = ''): Promise<LinkResult> {
  return db.transaction('rw', db.sources, db.claimSources, async () => {
    if (!(await db.sources.get(sourceId))) throw new Error('That source is no longer in the library.');
    return linkInside(db, claimId, sourceId, stance, quote.trim());
  });
}

/** Adds (or reuses, by URL) a source and links it to a claim, in one transaction. */
export async function addSourceToClaim(
  db: ClaimlensDatabase,
  claimId: string,
  draft: SourceDraft,
  stance: Stance,
  quote = '',
): Promise<AddSourceResult & LinkResult> {
  return db.transaction('rw', db.sources, db.claimSources, async () => {
    const added = await addOrReuse(db, draft);
    const linked = await linkInside(db, claimId, added.source.id, stance, quote.trim());
    return { ...added, ...linked };
  });
}

export async function updateLink(db: ClaimlensDatabase, linkId: string, changes: { stance?: Stance; quote?: string }): Promise<void> {
  await db.transaction('rw', db.claimSources, async () => {
    const link = await db.claimSources.get(linkId);
    if (!link) throw new Error('That link is no longer there.');
    await db.claimSources.put({ ...link, ...(changes.stance ? { stance: changes.stance } : {}), ...(changes.quote !== undefined ? { quote: changes.quote.trim() } : {}) });
  });
}

export async function unlinkSource(db: ClaimlensDatabase, linkId: string): Promise<void> {
  await db.transaction('rw', db.claimSources, () => db.claimSources.delete(linkId));
}

export type UpdateSourceResult = { status: 'saved'; source: Source } | { status: 'duplicate'; existing: Source };

/** Saves edits to a source; refuses a URL that another source already has (merge them instead). */
export async function updateSource(db: ClaimlensDatabase, sourceId: string, draft: SourceDraft): Promise<UpdateSourceResult> {
  return db.transaction('rw', db.sources, async () => {
    const current = await db.sources.get(sourceId);
    if (!current) throw new Error('That source is no longer in the library.');
    const normalizedUrl = draft.url.trim() ? normalizeSourceUrl(draft.url) : '';
    if (draft.url.trim() && !normalizedUrl) throw new Error(`Not an accepted address: ${draft.url.slice(0, 80)}`);
    if (normalizedUrl) {
      const other = await db.sources.where('normalizedUrl').equals(normalizedUrl).filter((s) => s.id !== sourceId).first();
      if (other) return { status: 'duplicate', existing: other };
    }
    const source: Source = { ...current, ...draft, url: draft.url.trim(), normalizedUrl, updatedAt: new Date().toISOString() };
    await db.sources.put(source);
    return { status: 'saved', source };
  });
}

/** One place a source is used: the link, its claim and the claim's article (when still there). */
export interface SourceUse {
  link: ClaimSource;
  claim: Claim | undefined;
  article: Article | undefined;
}

export async function sourceUses(db: ClaimlensDatabase, sourceId: string): Promise<SourceUse[]> {
  return db.transaction('r', db.claimSources, db.claims, db.articles, async () => {
    const links = await db.claimSources.where('sourceId').equals(sourceId).toArray();
    return usesOf(db, links);
  });
}

async function usesOf(db: ClaimlensDatabase, links: ClaimSource[]): Promise<SourceUse[]> {
  const claims = await db.claims.bulkGet(links.map((link) => link.claimId));
  const articleIds = Array.from(new Set(claims.flatMap((claim) => (claim ? [claim.articleId] : []))));
  const articles = new Map((await db.articles.bulkGet(articleIds)).flatMap((a) => (a ? [[a.id, a] as const] : [])));
  return links.map((link, index) => {
    const claim = claims[index];
    return { link, claim, article: claim ? articles.get(claim.articleId) : undefined };
  });
}

export interface SourceWithUses {
  source: Source;
  uses: SourceUse[];
}

/** Every source in the library with where it is used, most recently added first. */
export async function listSourcesWithUses(db: ClaimlensDatabase): Promise<SourceWithUses[]> {
  return db.transaction('r', db.sources, db.claimSources, db.claims, db.articles, async () => {
    const sources = await db.sources.toArray();
    const links = await db.claimSources.toArray();
    const uses = await usesOf(db, links);
    const bySource = new Map<string, SourceUse[]>();
    for (const use of uses) bySource.set(use.link.sourceId, [...(bySource.get(use.link.sourceId) ?? []), use]);
    return sources
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map((source) => ({ source, uses: bySource.get(source.id) ?? [] }));
  });
}

/** What merging `duplicate` into `kept` will do, shown before it is done. */
export interface MergePlan {
  kept: Source;
  duplicate: Source;
  /** Links that move from the duplicate to the kept source. */
  moved: SourceUse[];
  /** Links dropped because the claim already cites the kept source (its own stance stays). */
  dropped: SourceUse[];
  /** Fields empty on the kept source that the duplicate fills. */
  filledFields: FillableField[];
}

const FILLABLE_FIELDS = ['url', 'title', 'publisher', 'author', 'publishedDate', 'excerpt', 'reliabilityReason', 'note', 'archivedText'] as const;
type FillableField = (typeof FILLABLE_FIELDS)[number];

export async function planMerge(db: ClaimlensDatabase, keptId: string, duplicateId: string): Promise<MergePlan> {
  return db.transaction('r', db.sources, db.claimSources, db.claims, db.articles, async () => {
    if (keptId === duplicateId) throw new Error('A source cannot be merged into itself.');
    const [kept, duplicate] = await db.sources.bulkGet([keptId, duplicateId]);
    if (!kept || !duplicate) throw new Error('One of the sources is no longer in the library.');
    const keptClaims = new Set((await db.claimSources.where('sourceId').equals(keptId).toArray()).map((link) => link.claimId));
    const uses = await usesOf(db, await db.claimSources.where('sourceId').equals(duplicateId).toArray());
    return {
      kept,
      duplicate,
      moved: uses.filter((use) => !keptClaims.has(use.link.claimId)),
      dropped: uses.filter((use) => keptClaims.has(use.link.claimId)),
      filledFields: FILLABLE_FIELDS.filter((field) => !kept[field] && Boolean(duplicate[field])),
    };
  });
}

/**
 * Re-points every link of `duplicate` to `kept` and deletes `duplicate`, in one transaction. A claim
 * that already cites `kept` keeps its own link (taking the duplicate's quote if it had none).
 */
export async function mergeSources(db: ClaimlensDatabase, keptId: string, duplicateId: string): Promise<MergePlan> {
  return db.transaction('rw', db.sources, db.claimSources, db.claims, db.articles, async () => {
    const plan = await planMerge(db, keptId, duplicateId);
    for (const { link } of plan.moved) await db.claimSources.put({ ...link, sourceId: keptId });
    for (const { link } of plan.dropped) {
      const keptLink = await db.claimSources.where('[claimId+sourceId]').equals([link.claimId, keptId]).first();
      if (keptLink && !keptLink.quote && link.quote) await db.claimSources.put({ ...keptLink, quote: link.quote });
      await db.claimSources.delete(link.id);
    }
    const filled: Partial<Source> = {};
    for (const field of plan.filledFields) filled[field] = plan.duplicate[field];
    if (filled.url) filled.normalizedUrl = plan.duplicate.normalizedUrl;
    await db.sources.delete(duplicateId);
    await db.sources.put({ ...plan.kept, ...filled, updatedAt: new Date().toISOString() });
    return plan;
  });
}

/** Deletes a source and every link to it; returns the uses it had, so the caller can say what changed. */
export async function deleteSource(db: ClaimlensDatabase, sourceId: string): Promise<SourceUse[]> {
  return db.transaction('rw', db.sources, db.claimSources, db.claims, db.articles, async () => {
    const uses = await usesOf(db, await db.claimSources.where('sourceId').equals(sourceId).toArray());
    await db.claimSources.bulkDelete(uses.map((use) => use.link.id));
    await db.sources.delete(sourceId);
    return uses;
  });
}

/** The links of one claim with their sources, oldest first. */
export async function claimSourceLinks(db: ClaimlensDatabase, claimId: string): Promise<Array<{ link: ClaimSource; source: Source }>> {
  return db.transaction('r', db.claimSources, db.sources, async () => {
    const links = await db.claimSources.where('claimId').equals(claimId).toArray();
    const sources = await db.sources.bulkGet(links.map((link) => link.sourceId));
    return links
      .flatMap((link, index) => (sources[index] ? [{ link, source: sources[index] }] : []))
      .sort((a, b) => a.link.createdAt.localeCompare(b.link.createdAt));
  });
}
