// Run reads: one run with its parts, run lists (from the summaries), child runs, artifacts
// and the model files a run logged. The first read in a tab also ends abandoned runs.
import { Dexie } from 'dexie';
import { db } from './database';
import { ConflictError, NotFoundError } from './errors';
import { killAbandonedRuns } from './run-locks';
import { endRun } from './run-writes';
import type { ArtifactRecord, ModelVersionRecord, RunInputRecord, RunRecord } from './records';

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

export interface ArtifactInfo {
  path: string;
  mime_type: string;
  size: number;
}

export async function listArtifacts(runId: string): Promise<ArtifactInfo[]> {
  const files = await db.artifacts.where('run_id').equals(runId).toArray();
  return files
    .map(({ path, mime_type, data }) => ({ path, mime_type, size: data.byteLength }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

export async function getArtifact(runId: string, path: string): Promise<ArtifactRecord> {
  const file = await db.artifacts.get([runId, path]);
  if (!file) throw new NotFoundError(`Run '${runId}' has no artifact '${path}'`);
  return file;
}

export async function listChildRuns(parentRunId: string): Promise<RunRecord[]> {
  const runs = await db.runs.where('parent_run_id').equals(parentRunId).toArray();
  return runs.sort((a, b) => a.start_time - b.start_time);
}

export async function listRunningRunIds(): Promise<string[]> {
  return db.runs.where('status').equals('RUNNING').primaryKeys();
}

/** The model versions registered from a run (its lineage forward). */
export async function listVersionsOfRun(runId: string): Promise<ModelVersionRecord[]> {
  return db.model_versions.where('run_id').equals(runId).toArray();
}

// The first time this tab opens the workspace (or at once, if it is open already), runs
// whose tab closed mid-run end KILLED, before any list can show them as RUNNING for long.
// Registered where runs are read so that every page that shows a run triggers it.
db.on('ready', () => {
  void killAbandonedRuns(listRunningRunIds, (runId, reason) => endRun(runId, 'KILLED', reason));
});
