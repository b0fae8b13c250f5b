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
    // The entry changes sides at once, so a key pressed again before this step's write finishes
    // applies to the next entry (or to this one in the other direction), in order.
    to.push(entry);
    const result = this.queue.then(async () => {
      try {
        await step(entry);
        return entry.label;
      } catch (error) {
        // A step that could not be applied goes back where it was, so the user can try again.
        const index = to.lastIndexOf(entry);
        if (index !== -1) to.splice(index, 1);
        from.push(entry);
        throw error;
      }
    });
    this.queue = result.catch(() => undefined);
    return result;
  }
}
