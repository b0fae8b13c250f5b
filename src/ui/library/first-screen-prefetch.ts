// The Library's first screen (the newest rows and the collections), read while the app is still
// loading its settings: the reads then overlap instead of following one another, and the list can
// paint as soon as the screen mounts.
import type { Collection } from '../../core/model';
import type { ClaimlensDatabase } from '../../db/database';
import { listCollections, listNewestSummaries } from '../../db/library-repository';
import type { ArticleSummary } from '../../db/library-rows';

/** Rows read first, newest first: more than one screen of the list shows. */
export const FIRST_SCREEN_ROWS = 60;

export interface FirstScreen {
  summaries: ArticleSummary[];
  collections: Collection[];
}

let prefetched: FirstScreen | undefined;
let settled: Promise<void> = Promise.resolve();

/** Starts reading the first screen; a failure is left to the screen's own reads to report. */
export function prefetchFirstScreen(db: ClaimlensDatabase): void {
  settled = Promise.all([listNewestSummaries(db, FIRST_SCREEN_ROWS), listCollections(db)]).then(
    ([summaries, collections]) => {
      prefetched = { summaries, collections };
    },
    () => undefined,
  );
}

/** Resolves when a started prefetch has finished, well or not; at once when none was started. */
export function firstScreenSettled(): Promise<void> {
  return settled;
}

/** The prefetched first screen, if it has arrived and the screen's own reads have not answered yet. */
export function prefetchedFirstScreen(): FirstScreen | undefined {
  return prefetched;
}

/** Called once the screen's own reads answer: later visits must not start from rows this old. */
export function forgetPrefetchedFirstScreen(): void {
  prefetched = undefined;
}
