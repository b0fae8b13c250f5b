// The claims of the open article as the screen shows them: what the database holds (fed by a live
// query) with the user's own changes laid over it from the moment they are made, so a highlight
// appears at once; each change leaves the overlay when the database shows it, or when its write fails.
import type { Claim, ClaimSource } from '../../core/model';

export interface ClaimsSnapshot {
  claims: readonly Claim[];
  byId: ReadonlyMap<string, Claim>;
  /** Source links per claim id; claims without links are absent (and a deleted claim's links may linger). */
  links: ReadonlyMap<string, readonly ClaimSource[]>;
  /** Claims shown with a change whose write has not finished yet. */
  saving: ReadonlySet<string>;
}

const EMPTY: ClaimsSnapshot = { claims: [], byId: new Map(), links: new Map(), saving: new Set() };

/** The fields a write changes; equal fields mean the database now shows that write. */
function sameClaim(a: Claim, b: Claim): boolean {
  return (
    a.updatedAt === b.updatedAt &&
    a.tag === b.tag &&
    a.note === b.note &&
    a.orphaned === b.orphaned &&
    a.selectors.position.start === b.selectors.position.start &&
    a.selectors.position.end === b.selectors.position.end &&
    a.selectors.quote.exact === b.selectors.quote.exact
  );
}

export class ClaimStore {
  private base: Claim[] = [];
  /** Links by claim id, rebuilt only when the database's links change, so unchanged lists keep their identity. */
  private linksByClaim: Map<string, ClaimSource[]> = new Map();
  /** Pending changes by claim id: the claim as it will be, or null when it is being deleted. */
  private readonly overlay = new Map<string, Claim | null>();
  private readonly unsaved = new Set<string>();
  private current: ClaimsSnapshot = EMPTY;
  private readonly listeners = new Set<() => void>();

  constructor(claims: Claim[] = [], links: ClaimSource[] = []) {
    this.base = claims;
    this.linksByClaim = groupLinks(links, new Map());
    this.current = this.compute();
  }

  snapshot = (): ClaimsSnapshot => this.current;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** What the database holds now (from the live query). */
  setBase(claims: Claim[], links: ClaimSource[]): void {
    this.base = claims;
    this.linksByClaim = groupLinks(links, this.linksByClaim);
    const byId = new Map(claims.map((claim) => [claim.id, claim]));
    for (const [id, pending] of this.overlay) {
      const stored = byId.get(id);
      if (pending === null ? stored === undefined : stored !== undefined && sameClaim(stored, pending)) this.overlay.delete(id);
    }
    this.publish();
  }

  /** Shows a change before it is stored. */
  applyPending(claimId: string, next: Claim | null): void {
    this.overlay.set(claimId, next);
    this.unsaved.add(claimId);
    this.publish();
  }

  /**
   * The write finished: keep showing what was stored until the live query shows it too (or drop the
   * change now if it already does).
   */
  confirm(claimId: string, pending: Claim | null, stored: Claim | null): void {
    if (this.overlay.get(claimId) !== pending) return;
    this.unsaved.delete(claimId);
    const inBase = this.base.find((claim) => claim.id === claimId);
    if (stored === null ? inBase === undefined : inBase !== undefined && sameClaim(inBase, stored)) {
      this.overlay.delete(claimId);
    } else {
      this.overlay.set(claimId, stored);
    }
    this.publish();
  }

  /** The write failed: show the database's version again, unless a later change replaced this one. */
  revert(claimId: string, pending: Claim | null): void {
    if (this.overlay.get(claimId) !== pending) return;
    this.overlay.delete(claimId);
    this.unsaved.delete(claimId);
    this.publish();
  }

  private publish(): void {
    this.current = this.compute();
    for (const listener of [...this.listeners]) listener();
  }

  private compute(): ClaimsSnapshot {
    const byId = new Map<string, Claim>();
    for (const claim of this.base) byId.set(claim.id, claim);
    for (const [id, pending] of this.overlay) {
      if (pending === null) byId.delete(id);
      else byId.set(id, pending);
    }
    return { claims: [...byId.values()], byId, links: this.linksByClaim, saving: new Set(this.unsaved) };
  }
}

/** Links grouped by claim; a claim whose links did not change keeps its previous array. */
function groupLinks(links: readonly ClaimSource[], previous: ReadonlyMap<string, ClaimSource[]>): Map<string, ClaimSource[]> {
  const grouped = new Map<string, ClaimSource[]>();
  for (const link of links) {
    const list = grouped.get(link.claimId);
    if (list) list.push(link);
    else grouped.set(link.claimId, [link]);
  }
  for (const [claimId, list] of grouped) {
    const before = previous.get(claimId);
    if (before && before.length === list.length && before.every((link, index) => sameLink(link, list[index]))) grouped.set(claimId, before);
  }
  return grouped;
}

function sameLink(a: ClaimSource, b: ClaimSource): boolean {
  return a.id === b.id && a.stance === b.stance && a.sourceId === b.sourceId && a.quote === b.quote;
}
