// What the app does about the database as a whole: ask the browser to keep it (not evict it under
// storage pressure), and step aside when another window upgrades the schema.
import type { ClaimlensDatabase } from './database';

/** Asks for persistent storage; the answer only matters to the browser, so it is not shown. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

const watched = new WeakSet<ClaimlensDatabase>();

/**
 * When another window opens a newer schema, this connection closes so that window's upgrade can run,
 * and `onNeedsReload` asks the user to reload. Registered once per database.
 */
export function watchForSchemaUpgrades(db: ClaimlensDatabase, onNeedsReload: () => void): void {
  if (watched.has(db)) return;
  watched.add(db);
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true });
    onNeedsReload();
    return false;
  });
}
