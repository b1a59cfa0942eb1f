// Tells the registry's watchers when models, versions or aliases change: this page at once
// when a write commits, other tabs through a live query soon after.
import { Dexie } from 'dexie';
import { changeFeed } from './change-feed';
import { db } from './database';

/** Any change to models, versions or aliases (a live query over all three tables). */
const registryFeed = changeFeed(() =>
  Promise.all([
    db.registered_models.toCollection().primaryKeys(),
    db.model_versions.toCollection().primaryKeys(),
    db.aliases.toArray(),
  ]),
);

/** Calls `onChange` whenever the registry changes (this page at once, other tabs soon after). */
export function watchRegistry(onChange: () => void): () => void {
  return registryFeed.watch(() => onChange());
}

/**
 * Waits for a registry write, then tells this page's watchers once it has committed: at
 * once for a transaction of its own, or when the caller's enclosing transaction completes
 * (awaiting anything else inside it would let IndexedDB commit it early).
 */
export async function committed<T>(write: Promise<T>): Promise<T> {
  const enclosing = Dexie.currentTransaction;
  const result = await write;
  if (enclosing) enclosing.on('complete', () => void registryFeed.notify());
  else await registryFeed.notify();
  return result;
}
