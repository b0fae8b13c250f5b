// What the user can do to claims, each change shown at once through the store, then written in one
// transaction, reverted with an error toast if the write fails, and recorded for undo.
import type { Claim, ClaimSelectors, Tag } from '../../core/model';
import { newId } from '../../core/model';
import { describeRange } from '../../core/selectors';
import {
  createClaim,
  deleteClaim,
  restoreClaim,
  retagClaim,
  setClaimNote,
  setClaimSelectors,
  type RemovedClaim,
} from '../../db/claim-repository';
import type { ClaimlensDatabase } from '../../db/database';
import type { MessageKey } from '../../i18n/messages';
import { afterNextPaint } from './after-paint';
import type { ClaimStore } from './claim-store';
import { UndoHistory } from './undo-history';

export interface ClaimActionContext {
  db: ClaimlensDatabase;
  articleId: string;
  articleText: string;
  annotator: () => string;
  /** Tells the user what happened or what failed (a toast). */
  report: (message: string, kind: 'info' | 'success' | 'error') => void;
  /**
   * Says what happened to assistive technology only, for changes the screen already shows where the
   * reader is looking (a new highlight, a new colour): a toast for each would only pile up.
   */
  announce: (message: string) => void;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
}

export class ClaimActions {
  readonly history = new UndoHistory();

  constructor(
    private readonly store: ClaimStore,
    private readonly context: ClaimActionContext,
  ) {}

  /** Tags a range of the article text; returns the new claim, or null when the range holds no text. */
  create(tag: Tag, start: number, end: number, note = ''): Claim | null {
    let selectors: ClaimSelectors;
    try {
      selectors = describeRange(this.context.articleText, start, end);
    } catch {
      return null;
    }
    const now = new Date().toISOString();
    const claim: Claim = {
      id: newId(),
      articleId: this.context.articleId,
      tag,
      note,
      annotator: this.context.annotator(),
      selectors,
      orphaned: false,
      createdAt: now,
      updatedAt: now,
    };
    const written = this.write(
      claim.id,
      claim,
      async () => {
        await createClaim(this.context.db, claim);
        return claim;
      },
      true,
    );
    let removed: RemovedClaim | null = null;
    this.history.push({
      label: this.context.t('action.create'),
      undo: async () => {
        await written;
        removed = await this.removeNow(claim.id);
      },
      redo: async () => {
        if (removed) await this.restoreNow(removed);
      },
    });
    written.then(
      () => this.context.announce(this.context.t('toast.tagged', { tag: this.context.t(`tag.${tag}`) })),
      () => undefined,
    );
    return claim;
  }

  retag(claimId: string, tag: Tag): void {
    const before = this.store.snapshot().byId.get(claimId);
    if (!before || before.tag === tag) return;
    const written = this.retagNow(claimId, tag);
    this.history.push({
      label: this.context.t('action.retag'),
      undo: async () => {
        await written;
        await this.retagNow(claimId, before.tag);
      },
      redo: () => this.retagNow(claimId, tag),
    });
    written.then(
      () => this.context.announce(this.context.t('toast.retagged', { tag: this.context.t(`tag.${tag}`) })),
      () => undefined,
    );
  }

  /** Resolves once the note is stored (rejects when it could not be). */
  setNote(claimId: string, note: string): Promise<void> {
    const before = this.store.snapshot().byId.get(claimId);
    if (!before || before.note === note) return Promise.resolve();
    const written = this.noteNow(claimId, note);
    this.history.push({
      label: this.context.t('action.note'),
      undo: async () => {
        await written;
        await this.noteNow(claimId, before.note);
      },
      redo: () => this.noteNow(claimId, note),
    });
    return written;
  }

  remove(claimId: string, undoKeys: string): void {
    if (!this.store.snapshot().byId.has(claimId)) return;
    let removed: Promise<RemovedClaim> = this.removeNow(claimId);
    this.history.push({
      label: this.context.t('action.delete'),
      undo: async () => this.restoreNow(await removed),
      redo: async () => {
        removed = this.removeNow(claimId);
        await removed;
      },
    });
    removed.then(
      () => this.context.report(this.context.t('toast.deleted', { keys: undoKeys }), 'info'),
      () => undefined,
    );
  }

  /** Places an orphaned (or any) claim on a new range of the text. */
  reattach(claimId: string, start: number, end: number): boolean {
    const before = this.store.snapshot().byId.get(claimId);
    if (!before) return false;
    let selectors: ClaimSelectors;
    try {
      selectors = describeRange(this.context.articleText, start, end);
    } catch {
      return false;
    }
    const written = this.placeNow(claimId, selectors, false);
    this.history.push({
      label: this.context.t('action.reattach'),
      undo: async () => {
        await written;
        await this.placeNow(claimId, before.selectors, before.orphaned);
      },
      redo: () => this.placeNow(claimId, selectors, false),
    });
    written.then(
      () => this.context.report(this.context.t('toast.reattached'), 'success'),
      () => undefined,
    );
    return true;
  }

  async undo(): Promise<void> {
    await this.step(() => this.history.undo(), 'toast.undone', 'toast.nothingToUndo');
  }

  async redo(): Promise<void> {
    await this.step(() => this.history.redo(), 'toast.redone', 'toast.nothingToRedo');
  }

  private async step(run: () => Promise<string | null>, done: MessageKey, nothing: MessageKey): Promise<void> {
    try {
      const label = await run();
      this.context.report(label === null ? this.context.t(nothing) : this.context.t(done, { action: label }), 'info');
    } catch {
      // The failed write already reported itself.
    }
  }

  private retagNow(claimId: string, tag: Tag): Promise<void> {
    return this.change(claimId, (claim, now) => ({ ...claim, tag, updatedAt: now }), (now) =>
      retagClaim(this.context.db, claimId, tag, now),
    );
  }

  private noteNow(claimId: string, note: string): Promise<void> {
    return this.change(claimId, (claim, now) => ({ ...claim, note, updatedAt: now }), (now) =>
      setClaimNote(this.context.db, claimId, note, now),
    );
  }

  private placeNow(claimId: string, selectors: ClaimSelectors, orphaned: boolean): Promise<void> {
    return this.change(claimId, (claim, now) => ({ ...claim, selectors, orphaned, updatedAt: now }), (now) =>
      setClaimSelectors(this.context.db, claimId, selectors, orphaned, now),
    );
  }

  private async change(
    claimId: string,
    next: (claim: Claim, now: string) => Claim,
    persist: (now: string) => Promise<Claim>,
  ): Promise<void> {
    const current = this.store.snapshot().byId.get(claimId);
    if (!current) throw new Error(`Claim ${claimId} is not shown.`);
    const now = new Date().toISOString();
    await this.write(claimId, next(current, now), () => persist(now));
  }

  private async removeNow(claimId: string): Promise<RemovedClaim> {
    let removed: RemovedClaim | undefined;
    await this.write(claimId, null, async () => {
      removed = await deleteClaim(this.context.db, claimId);
      return null;
    });
    return removed!;
  }

  private async restoreNow(removed: RemovedClaim): Promise<void> {
    await this.write(removed.claim.id, removed.claim, async () => {
      await restoreClaim(this.context.db, removed);
      return removed.claim;
    });
  }

  /**
   * Shows `pending` at once, then stores it; on failure shows the stored version again and says why.
   * A new highlight is the one change a reader waits to see, so its write may wait for that frame to
   * be painted (the database's own work, and what other tables derive from a claim, then never delays
   * it); every other write starts at once, so a change is never more than a transaction from disk.
   */
  private async write(
    claimId: string,
    pending: Claim | null,
    persist: () => Promise<Claim | null>,
    afterPaint = false,
  ): Promise<void> {
    this.store.applyPending(claimId, pending);
    try {
      if (afterPaint) await afterNextPaint();
      const stored = await persist();
      this.store.confirm(claimId, pending, stored);
    } catch (error) {
      this.store.revert(claimId, pending);
      this.context.report(this.context.t('toast.saveFailed', { message: (error as Error).message }), 'error');
      throw error;
    }
  }
}
