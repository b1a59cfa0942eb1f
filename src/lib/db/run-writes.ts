// Run writes: create a run with what it starts with, log batches, rename, tag, end and
// soft-delete runs, save artifacts. Each write is one transaction with the run's summary.
import { db, DEFAULT_EXPERIMENT_ID } from './database';
import { ConflictError, NotFoundError } from './errors';
import { newRunId, newRunName } from './ids';
import { logMetricPoints } from './metric-history';
import { patchSummary } from './run-summaries';
import type {
  ArtifactRecord,
  ParamRecord,
  RunInputRecord,
  RunRecord,
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

export async function deleteTag(runId: string, key: string): Promise<void> {
  await db.transaction('rw', [db.tags, db.run_summaries], async () => {
    await Promise.all([db.tags.delete([runId, key]), patchSummary(runId, { removeTags: [key] })]);
  });
}
