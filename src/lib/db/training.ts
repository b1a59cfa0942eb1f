// Recording the outcome of a training run: final metrics, model artifacts, status and
// the registered model version, all in one transaction.
import { db } from './database';
import { registerModelVersion } from './models';
import type { ArtifactRecord, MetricPoint, ModelVersionRecord } from './records';
import { logMetricPoints } from './metric-history';
import { saveArtifacts } from './run-writes';
import type { SerializedModel } from '../ml/serialize';

export interface TrainingOutcome {
  run_id: string;
  metrics: readonly MetricPoint[];
  artifacts: readonly ArtifactRecord[];
  model: SerializedModel;
  dataset_digest: string;
  /** The registered model to add a version to; null logs the model without registering it. */
  register_as: string | null;
}

/**
 * Finishes a run and registers its model. One transaction keeps them consistent: a
 * FINISHED run always has its final metrics, artifacts and model version, and a
 * failure midway leaves the run RUNNING (to be marked FAILED) with nothing half-written.
 */
export async function completeTrainingRun(
  outcome: TrainingOutcome,
  now = Date.now(),
): Promise<ModelVersionRecord | null> {
  const tables = [
    db.runs,
    db.metric_chunks,
    db.latest_metrics,
    db.run_summaries,
    db.artifacts,
    db.registered_models,
    db.model_versions,
    db.model_weights,
  ];
  return db.transaction('rw', tables, async () => {
    // Independent requests are issued together: each IndexedDB request is a round trip to
    // the browser process, and requests queued in one transaction do not wait for each
    // other. The status check runs alongside the writes: if the run is not RUNNING, the
    // throw aborts the transaction and every write in it is rolled back.
    const finishRun = db.runs.get(outcome.run_id).then((run) => {
      if (run?.status !== 'RUNNING') throw new Error(`run ${outcome.run_id} is not running`);
      return db.runs.put({ ...run, status: 'FINISHED', end_time: now });
    });
    const [version] = await Promise.all([
      outcome.register_as === null
        ? null
        : registerModelVersion(
            {
              name: outcome.register_as,
              run_id: outcome.run_id,
              model: outcome.model,
              dataset_digest: outcome.dataset_digest,
              createModel: true,
            },
            new Date(now),
          ),
      logMetricPoints(outcome.metrics),
      saveArtifacts(outcome.artifacts),
      finishRun,
    ]);
    return version;
  });
}
