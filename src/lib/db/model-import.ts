// Importing a model package as a new version: a FINISHED run that carries the package's
// params, metrics, lineage and model files, and the version registered from it, written
// in one transaction so that a failure leaves nothing behind.
import type { SerializedModel } from '../ml/serialize';
import { db } from './database';
import type { ArtifactRecord, ModelVersionRecord } from './records';
import { createRun } from './run-writes';
import { completeTrainingRun } from './training';

export interface ImportedPackage {
  model: SerializedModel;
  /** The model's files (tfjs layout), logged as the new run's artifacts. */
  files: Omit<ArtifactRecord, 'run_id'>[];
  /** Where it came from, as the package says. */
  origin: { name: string; version: number; run_id: string; dataset_digest: string };
  params: Record<string, string>;
  metrics: Record<string, number>;
}

export async function importModelVersion(
  name: string,
  imported: ImportedPackage,
  now = Date.now(),
): Promise<ModelVersionRecord | null> {
  const { origin } = imported;
  const tables = [
    db.runs,
    db.params,
    db.tags,
    db.run_inputs,
    db.run_summaries,
    db.metric_chunks,
    db.latest_metrics,
    db.artifacts,
    db.registered_models,
    db.model_versions,
    db.model_weights,
  ];
  return db.transaction('rw', tables, async () => {
    const run = await createRun(
      {
        run_name: `imported-${origin.name}-v${origin.version}`,
        params: imported.params,
        tags: {
          source: 'import',
          imported_from: `${origin.name} v${origin.version} (run ${origin.run_id})`,
        },
        inputs: origin.dataset_digest
          ? [{ name: 'iris', digest: origin.dataset_digest, context: 'training' }]
          : [],
      },
      now,
    );
    return completeTrainingRun(
      {
        run_id: run.run_id,
        metrics: Object.entries(imported.metrics).map(([key, value]) => ({
          run_id: run.run_id,
          key,
          value,
          step: 0,
          timestamp: now,
        })),
        artifacts: imported.files.map((f) => ({ ...f, run_id: run.run_id })),
        model: imported.model,
        dataset_digest: origin.dataset_digest,
        register_as: name,
      },
      now,
    );
  });
}
