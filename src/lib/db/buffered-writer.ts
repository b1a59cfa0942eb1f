// Rows written in bulk: entries queued within FLUSH_MS of each other reach IndexedDB in one
// transaction (one awaited write costs ~0.5 ms; a bulk write ~40 µs a row). For logs whose
// writer must not wait: a failed write is reported, and costs only those entries.
import { asStorageFull } from './errors';

const FLUSH_MS = 100;

export interface BufferedWriter<T> {
  /** Queues an entry; it is written within FLUSH_MS. */
  push(entry: T): void;
  /** Resolves once every queued entry is written (tests, backups, readers that need them). */
  flush(): Promise<void>;
}

export function bufferedWriter<T>(
  what: string,
  write: (entries: T[]) => Promise<void>,
): BufferedWriter<T> {
  let buffer: T[] = [];
  let flushing: Promise<void> | null = null;
  const drain = async () => {
    const entries = buffer;
    buffer = [];
    try {
      await write(entries);
    } catch (error) {
      console.warn(`Could not write the ${what}:`, asStorageFull(error));
    }
  };
  return {
    push(entry) {
      buffer.push(entry);
      flushing ??= new Promise<void>((resolve) => setTimeout(resolve, FLUSH_MS))
        .then(drain)
        .finally(() => (flushing = null));
    },
    async flush() {
      while (flushing) await flushing;
    },
  };
}
