// Rows written in bulk: entries queued within FLUSH_MS of each other reach IndexedDB in one
// transaction (one awaited write costs ~0.5 ms; a bulk write ~40 µs a row). For logs whose
// writer must not wait: a failed write is reported, and costs only those entries.
import { asStorageFull } from './errors';

const FLUSH_MS = 100;

export interface BufferedWriter<T> {
  /** Queues an entry; it is written within FLUSH_MS. */
  push(entry: T): void;
  /** Writes what is queued now, and resolves once everything queued so far is written. */
  flush(): Promise<void>;
}

export function bufferedWriter<T>(
  what: string,
  write: (entries: T[]) => Promise<void>,
): BufferedWriter<T> {
  let buffer: T[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  // Writes run one after another, in the order their entries were queued.
  let writing = Promise.resolve();
  const writeSafely = async (entries: T[]) => {
    try {
      await write(entries);
    } catch (error) {
      console.warn(`Could not write the ${what}:`, asStorageFull(error));
    }
  };
  const drain = (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const entries = buffer;
    buffer = [];
    if (entries.length > 0) writing = writing.then(() => writeSafely(entries));
    return writing;
  };
  return {
    push(entry) {
      buffer.push(entry);
      timer ??= setTimeout(() => void drain(), FLUSH_MS);
    },
    flush: drain,
  };
}
