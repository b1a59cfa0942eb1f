// Tells watchers when some stored data changed: at once for writes made through this
// page's data-access functions (which call notify() after committing), and through a
// Dexie live query for writes from other tabs.
import { Dexie, liveQuery } from 'dexie';

export interface ChangeFeed<T> {
  /** Called by this page's writers once their transaction has committed. */
  notify(): Promise<void>;
  /** Calls `onChange` with the current value now and after every change; returns the unsubscribe. */
  watch(onChange: (value: T) => void): () => void;
}

export function changeFeed<T>(read: () => Promise<T>): ChangeFeed<T> {
  const watchers = new Set<(value: T) => void>();
  return {
    async notify() {
      if (watchers.size === 0) return;
      // Outside the writer's transaction, whose scope may not cover what `read` reads.
      const value = await Dexie.ignoreTransaction(read);
      for (const watcher of watchers) watcher(value);
    },
    watch(onChange) {
      watchers.add(onChange);
      const subscription = liveQuery(read).subscribe({
        next: onChange,
        error: (error: unknown) => console.error('could not follow stored changes', error),
      });
      return () => {
        watchers.delete(onChange);
        subscription.unsubscribe();
      };
    },
  };
}
