// Undo and redo of claim changes: each entry knows how to undo and redo itself against the store and
// database. Steps run one at a time, in order, even when keys are pressed faster than writes finish.
export interface UndoEntry {
  /** What the step did, for the toast ("Undone: new claim"). */
  label: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

export class UndoHistory {
  private readonly done: UndoEntry[] = [];
  private readonly undone: UndoEntry[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly limit = 200) {}

  push(entry: UndoEntry): void {
    this.done.push(entry);
    if (this.done.length > this.limit) this.done.shift();
    this.undone.length = 0;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Undoes the latest step; resolves to its label, or null when there was nothing to undo. */
  undo(): Promise<string | null> {
    return this.run(this.done, this.undone, (entry) => entry.undo());
  }

  redo(): Promise<string | null> {
    return this.run(this.undone, this.done, (entry) => entry.redo());
  }

  private run(from: UndoEntry[], to: UndoEntry[], step: (entry: UndoEntry) => Promise<void>): Promise<string | null> {
    const entry = from.pop();
    if (!entry) return Promise.resolve(null);
    const result = this.queue.then(async () => {
      try {
        await step(entry);
        to.push(entry);
        return entry.label;
      } catch (error) {
        // A step that could not be applied is put back, so the user can try again.
        from.push(entry);
        throw error;
      }
    });
    this.queue = result.catch(() => undefined);
    return result;
  }
}
