// Runs and what they log: params, tags, dataset inputs, metric histories, artifacts.
import { Dexie } from 'dexie';
import { db, DEFAULT_EXPERIMENT_ID } from './database';
import { patchSummary } from './run-summaries';
import { emptySummary } from './summary-builder';
import { ConflictError, NotFoundError } from './errors';
import { newRunId, newRunName } from './ids';
import type {
  ArtifactRecord,
  MetricChunk,
  MetricPoint,
  ParamRecord,
  RunInputRecord,
  RunRecord,
  RunSummaryRecord,
  RunStatus,
  TagRecord,
} from './records';

export interface NewRun {
  experiment_id?: string;
  run_name?: string;
  /** The parent run of a child run (a sweep's trial). */
  parent_run_id?: string;
  params: Record<string, string>;
  tags: Record<string, string>;
  inputs: Omit<RunInputRecord, 'run_id'>[];
}

/** Every row of one run, in MLflow's run shape plus its parts. */
export interface RunDetails {
  info: RunRecord;
  params: Record<string, string>;
  metrics: Record<string, number>;
  tags: Record<string, string>;
  inputs: Omit<RunInputRecord, 'run_id'>[];
}

const byRun = (runId: string) => [
  [runId, Dexie.minKey],
  [runId, Dexie.maxKey],
];

function entries(runId: string, values: Record<string, string>) {
  return Object.entries(values).map(([key, value]) => ({ run_id: runId, key, value }));
}

/** Creates a RUNNING run with its params, tags and inputs, all or nothing. */
export async function createRun(spec: NewRun, now = Date.now()): Promise<RunRecord> {
  const run: RunRecord = {
    run_id: newRunId(),
    run_name: spec.run_name ?? newRunName(),
    experiment_id: spec.experiment_id ?? DEFAULT_EXPERIMENT_ID,
    status: 'RUNNING',
    start_time: now,
    end_time: null,
    lifecycle_stage: 'active',
    parent_run_id: spec.parent_run_id ?? null,
    error: null,
  };
  // One transaction: a run never exists without the params and tags it started with.
  await db.transaction(
    'rw',
    [db.runs, db.params, db.tags, db.run_inputs, db.run_summaries],
    async () => {
      const inputs = spec.inputs.map(({ name, digest, context }) => ({ name, digest, context }));
      await Promise.all([
        db.runs.add(run),
        db.run_summaries.add({
          run_id: run.run_id,
          params: { ...spec.params },
          tags: { ...spec.tags },
          metrics: {},
          inputs,
        }),
        db.params.bulkAdd(entries(run.run_id, spec.params) satisfies ParamRecord[]),
        db.tags.bulkAdd(entries(run.run_id, spec.tags) satisfies TagRecord[]),
        db.run_inputs.bulkAdd(spec.inputs.map((input) => ({ ...input, run_id: run.run_id }))),
      ]);
    },
  );
  return run;
}

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

export async function saveArtifacts(artifacts: readonly ArtifactRecord[]): Promise<void> {
  await db.artifacts.bulkPut(artifacts.slice());
}

/** Ends a run; only a RUNNING run can end, so a finished run keeps its outcome. */
export async function endRun(
  runId: string,
  status: Exclude<RunStatus, 'RUNNING'>,
  error: string | null = null,
  now = Date.now(),
): Promise<void> {
  await db.runs
    .where('run_id')
    .equals(runId)
    .and((run) => run.status === 'RUNNING')
    .modify({ status, end_time: now, error });
}

export async function getRunDetails(runId: string): Promise<RunDetails | undefined> {
  return db.transaction(
    'r',
    [db.runs, db.params, db.tags, db.latest_metrics, db.run_inputs],
    async () => {
      const info = await db.runs.get(runId);
      if (!info) return undefined;
      const [from, to] = byRun(runId);
      const [params, tags, metrics, inputs] = await Promise.all([
        db.params.where('[run_id+key]').between(from, to).toArray(),
        db.tags.where('[run_id+key]').between(from, to).toArray(),
        db.latest_metrics.where('[run_id+key]').between(from, to).toArray(),
        db.run_inputs.where('run_id').equals(runId).toArray(),
      ]);
      return {
        info,
        params: Object.fromEntries(params.map((p) => [p.key, p.value])),
        tags: Object.fromEntries(tags.map((t) => [t.key, t.value])),
        metrics: Object.fromEntries(metrics.map((m) => [m.key, m.value])),
        inputs: inputs.map(({ name, digest, context }) => ({ name, digest, context })),
      };
    },
  );
}

/** Every logged point of one metric, by step (then time, then logging order). */
export async function metricHistory(runId: string, key: string): Promise<MetricPoint[]> {
  const chunks = await db.metric_chunks.where('[run_id+key]').equals([runId, key]).toArray();
  const points = chunks.flatMap((chunk) =>
    chunk.steps.map((step, i) => ({
      run_id: runId,
      key,
      step,
      value: chunk.values[i] ?? Number.NaN,
      timestamp: chunk.timestamps[i] ?? 0,
    })),
  );
  return points.sort((a, b) => a.step - b.step || a.timestamp - b.timestamp);
}

/** The newest runs first, with their params and latest metrics, for run lists. */
export async function listRecentRuns(limit: number): Promise<RunDetails[]> {
  const runs = await db.runs.orderBy('start_time').reverse().limit(limit).toArray();
  const details = await Promise.all(runs.map((run) => getRunDetails(run.run_id)));
  return details.filter((d): d is RunDetails => d !== undefined);
}

export interface RunModelFiles {
  modelJson: ArrayBuffer;
  weights: ArrayBuffer;
  /** The digest of the data set the run trained on, or '' if it logged none. */
  datasetDigest: string;
}

/** The model files a run logged (model/model.json + model/weights.bin). */
export async function getRunModelFiles(runId: string): Promise<RunModelFiles> {
  return db.transaction('r', [db.runs, db.artifacts, db.run_inputs], async () => {
    if (!(await db.runs.get(runId))) throw new NotFoundError(`Run '${runId}' not found`);
    const [modelJson, weights, inputs] = await Promise.all([
      db.artifacts.get([runId, 'model/model.json']),
      db.artifacts.get([runId, 'model/weights.bin']),
      db.run_inputs.where('run_id').equals(runId).toArray(),
    ]);
    if (!modelJson || !weights) throw new ConflictError(`Run '${runId}' has no model to register`);
    const training = inputs.find((input) => input.context === 'training') ?? inputs[0];
    return {
      modelJson: modelJson.data,
      weights: weights.data,
      datasetDigest: training?.digest ?? '',
    };
  });
}

export interface LogBatch {
  params: { key: string; value: string }[];
  metrics: { key: string; value: number; step?: number; timestamp?: number }[];
  tags: { key: string; value: string }[];
}

async function activeRun(runId: string): Promise<RunRecord> {
  const run = await db.runs.get(runId);
  if (!run) throw new NotFoundError(`Run '${runId}' not found`);
  if (run.lifecycle_stage !== 'active') throw new ConflictError(`Run '${runId}' is deleted`);
  return run;
}

/**
 * Logs params, metrics and tags to a run, all or nothing. Params never change once logged
 * (logging the same value again is fine, another value is a conflict), as in MLflow.
 */
export async function logBatch(runId: string, batch: LogBatch, now = Date.now()): Promise<void> {
  await db.transaction(
    'rw',
    [db.runs, db.params, db.tags, db.metric_chunks, db.latest_metrics, db.run_summaries],
    async () => {
      await activeRun(runId);
      const keys = batch.params.map((p): [string, string] => [runId, p.key]);
      const stored = await db.params.bulkGet(keys);
      batch.params.forEach((param, i) => {
        const existing = stored[i];
        if (existing && existing.value !== param.value) {
          throw new ConflictError(
            `Param '${param.key}' was logged as '${existing.value}' and cannot change to '${param.value}'`,
          );
        }
      });
      const points = batch.metrics.map((m) => ({
        run_id: runId,
        key: m.key,
        value: m.value,
        step: m.step ?? 0,
        timestamp: m.timestamp ?? now,
      }));
      await Promise.all([
        db.params.bulkPut(batch.params.map((p) => ({ run_id: runId, ...p }))),
        db.tags.bulkPut(batch.tags.map((t) => ({ run_id: runId, ...t }))),
        logMetricPoints(points),
      ]);
      // After the metrics' own summary update: two read-modify-writes of one row at once
      // would each write back what the other did not see.
      await patchSummary(runId, {
        params: Object.fromEntries(batch.params.map((p) => [p.key, p.value])),
        tags: Object.fromEntries(batch.tags.map((t) => [t.key, t.value])),
      });
    },
  );
}

/** Renames a run, sets tags, or ends it with a status (and its end time). */
export async function updateRun(
  runId: string,
  changes: {
    run_name?: string;
    tags?: Record<string, string>;
    status?: Exclude<RunStatus, 'RUNNING'>;
  },
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', [db.runs, db.tags, db.run_summaries], async () => {
    const run = await activeRun(runId);
    const updated: RunRecord = { ...run };
    if (changes.run_name !== undefined) updated.run_name = changes.run_name;
    if (changes.status !== undefined) {
      updated.status = changes.status;
      updated.end_time = now;
    }
    await Promise.all([
      db.runs.put(updated),
      db.tags.bulkPut(entries(runId, changes.tags ?? {})),
      changes.tags ? patchSummary(runId, { tags: changes.tags }) : undefined,
    ]);
  });
}

/** Soft deletion: the run and everything it logged stay, marked deleted. */
export async function deleteRun(runId: string): Promise<void> {
  await db.transaction('rw', db.runs, async () => {
    const run = await db.runs.get(runId);
    if (!run) throw new NotFoundError(`Run '${runId}' not found`);
    await db.runs.put({ ...run, lifecycle_stage: 'deleted' });
  });
}

/** Changes whenever a run or its summary is written (counts: cheap to watch live). */
export function runsChangeSignal(): Promise<number[]> {
  return Promise.all([db.runs.count(), db.run_summaries.count()]);
}

/**
 * Every run that passes `keep`, with its params, tags, latest metrics and inputs: two reads
 * (runs and their summaries), so that listing 10,000 runs reads 20,000 rows, not 300,000.
 */
export async function listRunDetails(keep: (run: RunRecord) => boolean): Promise<RunDetails[]> {
  return db.transaction('r', [db.runs, db.run_summaries], async () => {
    const [runs, summaries] = await Promise.all([db.runs.toArray(), db.run_summaries.toArray()]);
    const byRun = new Map(summaries.map((s) => [s.run_id, s]));
    return runs.filter(keep).map((info) => {
      const summary = byRun.get(info.run_id);
      return {
        info,
        params: summary?.params ?? {},
        metrics: summary?.metrics ?? {},
        tags: summary?.tags ?? {},
        inputs: summary?.inputs ?? [],
      };
    });
  });
}
