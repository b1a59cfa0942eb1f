// What a run's page reads and edits beyond its summary: every metric's history, its
// artifacts, its child runs, tag removal; and the start-up check for abandoned runs.
import Dexie from 'dexie';
import { db } from './database';
import { NotFoundError } from './errors';
import { patchSummary } from './run-summaries';
import type { ArtifactRecord, MetricPoint, ModelVersionRecord, RunRecord } from './records';

/** Every metric a run logged, each as its points in step order. */
export async function runMetricHistories(runId: string): Promise<Record<string, MetricPoint[]>> {
  const chunks = await db.metric_chunks
    .where('[run_id+key]')
    .between([runId, Dexie.minKey], [runId, Dexie.maxKey])
    .toArray();
  const histories: Record<string, MetricPoint[]> = {};
  for (const chunk of chunks) {
    const points = (histories[chunk.key] ??= []);
    chunk.steps.forEach((step, i) =>
      points.push({
        run_id: runId,
        key: chunk.key,
        step,
        value: chunk.values[i] ?? Number.NaN,
        timestamp: chunk.timestamps[i] ?? 0,
      }),
    );
  }
  for (const points of Object.values(histories)) {
    points.sort((a, b) => a.step - b.step || a.timestamp - b.timestamp);
  }
  return histories;
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

export async function deleteTag(runId: string, key: string): Promise<void> {
  await db.transaction('rw', [db.tags, db.run_summaries], async () => {
    await Promise.all([db.tags.delete([runId, key]), patchSummary(runId, { removeTags: [key] })]);
  });
}

export async function listRunningRunIds(): Promise<string[]> {
  return db.runs.where('status').equals('RUNNING').primaryKeys();
}

/** The model versions registered from a run (its lineage forward). */
export async function listVersionsOfRun(runId: string): Promise<ModelVersionRecord[]> {
  return db.model_versions.where('run_id').equals(runId).toArray();
}
