// The prediction log: one row per predict request the API answered, served or rejected
// (model, version, status, a few of its rows and answers or why it was refused, latency),
// capped at a configurable number of rows, oldest out. Writes are buffered and written in
// bulk, so that logging never slows a prediction.
import { db } from './database';
import { bufferedWriter } from './buffered-writer';
import type { PredictionLogRecord } from './records';

export const PREDICTION_LOG_LIMITS = { min: 100, max: 1_000_000, default: 10_000 } as const;
const LIMIT_KEY = 'prediction_log_limit';
/** Rows of a batch request kept in its entry: enough to see what was asked. */
export const LOGGED_ROWS = 20;
/** Characters of a rejection's reason kept in its entry: a line, not a whole 422 body. */
export const LOGGED_DETAIL_CHARS = 200;

/** An entry as pages read it: every entry has its status. */
export type LoggedPrediction = PredictionLogRecord & { status: number };

export async function predictionLogLimit(): Promise<number> {
  const stored = await db.settings.get(LIMIT_KEY);
  const value = Number(stored?.value);
  return Number.isInteger(value) ? value : PREDICTION_LOG_LIMITS.default;
}

/** Keeps the last `limit` entries from now on, and drops the oldest beyond it at once. */
export async function setPredictionLogLimit(limit: number): Promise<void> {
  const { min, max } = PREDICTION_LOG_LIMITS;
  if (!Number.isInteger(limit) || limit < min || limit > max) {
    throw new RangeError(`The prediction log keeps between ${min} and ${max} entries`);
  }
  await db.transaction('rw', [db.settings, db.prediction_log], async () => {
    await db.settings.put({ key: LIMIT_KEY, value: String(limit) });
    await trim(limit);
  });
}

async function trim(limit: number): Promise<void> {
  const excess = (await db.prediction_log.count()) - limit;
  if (excess > 0) {
    const oldest = await db.prediction_log.orderBy('id').limit(excess).primaryKeys();
    await db.prediction_log.bulkDelete(oldest);
  }
}

const writer = bufferedWriter<PredictionLogRecord>('prediction log', (entries) =>
  db.transaction('rw', [db.settings, db.prediction_log], async () => {
    await db.prediction_log.bulkAdd(entries);
    await trim(await predictionLogLimit());
  }),
);

/** Queues an entry; entries reach IndexedDB together, a moment later. */
export function logPrediction(entry: Omit<PredictionLogRecord, 'id'>): void {
  writer.push(entry);
}

/** Resolves once every queued entry is written (tests, and before a backup). */
export function flushPredictionLog(): Promise<void> {
  return writer.flush();
}

export async function recentPredictions(count: number): Promise<LoggedPrediction[]> {
  const entries = await db.prediction_log.orderBy('id').reverse().limit(count).toArray();
  // Entries from before rejections were logged have no status: each was answered 200.
  return entries.map((entry) => ({ status: 200, ...entry }));
}

export function countPredictions(): Promise<number> {
  return db.prediction_log.count();
}
