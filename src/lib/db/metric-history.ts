// Metric histories: points are stored as one chunk per run, key and write (steps, values and
// timestamps side by side); each key's latest value is kept beside them for fast listing.
import { Dexie } from 'dexie';
import { db } from './database';
import type { MetricChunk, MetricPoint, RunSummaryRecord } from './records';
import { emptySummary } from './summary-builder';

function isNewer(candidate: MetricPoint, current: MetricPoint | undefined): boolean {
  if (!current) return true;
  if (candidate.step !== current.step) return candidate.step > current.step;
  return candidate.timestamp >= current.timestamp;
}

/** Groups points by run and key into one history chunk each, in the order given. */
function toChunks(points: readonly MetricPoint[]): MetricChunk[] {
  const chunks = new Map<string, MetricChunk>();
  for (const { run_id, key, value, step, timestamp } of points) {
    const id = `${run_id}\u0000${key}`;
    let chunk = chunks.get(id);
    if (!chunk) {
      chunk = { run_id, key, steps: [], values: [], timestamps: [] };
      chunks.set(id, chunk);
    }
    chunk.steps.push(step);
    chunk.values.push(value);
    chunk.timestamps.push(timestamp);
  }
  return [...chunks.values()];
}

/** The points of a chunk, in the order they were logged. */
function chunkPoints(chunk: MetricChunk): MetricPoint[] {
  return chunk.steps.map((step, i) => ({
    run_id: chunk.run_id,
    key: chunk.key,
    step,
    value: chunk.values[i] ?? Number.NaN,
    timestamp: chunk.timestamps[i] ?? 0,
  }));
}

const byStepThenTime = (a: MetricPoint, b: MetricPoint) =>
  a.step - b.step || a.timestamp - b.timestamp;

/**
 * Appends metric points in bulk (one history chunk per run and key) and keeps each key's
 * latest value (highest step, then newest timestamp, as MLflow does). History and latest
 * values change together.
 */
export async function logMetricPoints(points: readonly MetricPoint[]): Promise<void> {
  if (points.length === 0) return;
  await db.transaction('rw', [db.metric_chunks, db.latest_metrics, db.run_summaries], async () => {
    const appended = db.metric_chunks.bulkAdd(toChunks(points));
    const latest = new Map<string, MetricPoint>();
    for (const point of points) {
      const id = `${point.run_id}\u0000${point.key}`;
      if (isNewer(point, latest.get(id))) latest.set(id, point);
    }
    // One read per run (its latest values, by index) rather than one per key: each
    // IndexedDB request costs a round trip, and a run logs a dozen keys at once.
    const runIds = [...new Set(points.map((p) => p.run_id))];
    const stored = new Map<string, MetricPoint>();
    // The runs' summaries are read alongside, to be updated without another round trip.
    const [rows, summaries] = await Promise.all([
      Promise.all(runIds.map((id) => db.latest_metrics.where('run_id').equals(id).toArray())),
      db.run_summaries.bulkGet(runIds),
    ]);
    for (const row of rows.flat()) stored.set(`${row.run_id}\u0000${row.key}`, row);
    const updates = [...latest.entries()]
      .filter(([id, point]) => isNewer(point, stored.get(id)))
      .map(([, point]) => point);
    const changed = new Map<string, RunSummaryRecord>();
    for (const point of updates) {
      const summary =
        changed.get(point.run_id) ??
        structuredClone(summaries[runIds.indexOf(point.run_id)] ?? emptySummary(point.run_id));
      summary.metrics[point.key] = point.value;
      changed.set(point.run_id, summary);
    }
    await Promise.all([
      appended,
      db.latest_metrics.bulkPut(updates),
      db.run_summaries.bulkPut([...changed.values()]),
    ]);
  });
}

/** Every logged point of one metric, by step (then time, then logging order). */
export async function metricHistory(runId: string, key: string): Promise<MetricPoint[]> {
  const chunks = await db.metric_chunks.where('[run_id+key]').equals([runId, key]).toArray();
  return chunks.flatMap(chunkPoints).sort(byStepThenTime);
}

/** Every metric a run logged, each as its points in step order. */
export async function runMetricHistories(runId: string): Promise<Record<string, MetricPoint[]>> {
  const chunks = await db.metric_chunks
    .where('[run_id+key]')
    .between([runId, Dexie.minKey], [runId, Dexie.maxKey])
    .toArray();
  const histories: Record<string, MetricPoint[]> = {};
  for (const chunk of chunks) (histories[chunk.key] ??= []).push(...chunkPoints(chunk));
  for (const points of Object.values(histories)) points.sort(byStepThenTime);
  return histories;
}
