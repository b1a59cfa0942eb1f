// The API's request journal: one short row per request any client of this workspace sent
// (the app's pages, Swagger UI, a fetch typed in DevTools, another tab), the newest
// JOURNAL_LIMIT kept. Written in bulk so that it never slows an answer; the labs read it.
import { bufferedWriter } from './buffered-writer';
import { db } from './database';
import type { ApiJournalRecord } from './records';

/** Rows kept: far more than a lab needs, few enough that a read of them all stays quick. */
export const JOURNAL_LIMIT = 2_000;

const writer = bufferedWriter<ApiJournalRecord>('API journal', (entries) =>
  db.transaction('rw', db.api_journal, async () => {
    await db.api_journal.bulkAdd(entries);
    const excess = (await db.api_journal.count()) - JOURNAL_LIMIT;
    if (excess > 0) {
      const oldest = await db.api_journal.orderBy('id').limit(excess).primaryKeys();
      await db.api_journal.bulkDelete(oldest);
    }
  }),
);

/** Queues an entry; entries reach IndexedDB together, a moment later. */
export function journalRequest(entry: Omit<ApiJournalRecord, 'id'>): void {
  writer.push(entry);
}

/** Resolves once every queued entry is written (tests, and before a backup). */
export function flushApiJournal(): Promise<void> {
  return writer.flush();
}

/** The entries answered at or after `since` (ms since the epoch), oldest first. */
export function journalSince(since: number): Promise<ApiJournalRecord[]> {
  return db.api_journal.where('at').aboveOrEqual(since).toArray();
}
