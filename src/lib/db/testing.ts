// Test fixtures for the db layer: a workspace with rows in every table, written through the
// app's own functions, and a dump of every table to compare workspaces with.
import { DEFAULT_CONFIG } from '../ml/hyperparameters';
import type { SerializedModel } from '../ml/serialize';
import { db } from './database';
import { createDataset } from './datasets';
import { flushDeploymentRequests, logDeploymentRequest, putDeployment } from './deployments';
import { createExperiment } from './experiments';
import { setAlias } from './aliases';
import { flushApiJournal, journalRequest } from './api-journal';
import { markStepsDone, startLab } from './lab-progress';
import { flushPredictionLog, logPrediction } from './prediction-log';
import { saveProject } from './projects';
import { createRun } from './run-writes';
import { logMetricPoints } from './metric-history';
import { setApiToken } from './settings';
import { completeTrainingRun } from './training';

export const FAKE_MODEL: SerializedModel = {
  modelTopology: { class_name: 'Sequential' },
  weightSpecs: [{ name: 'dense/kernel', shape: [3], dtype: 'float32' }],
  weightData: new Float32Array([1.5, -2.25, 3.125]).buffer,
  scaler: { mean: [5.8, 3.1, 3.8, 1.2], std: [0.8, 0.4, 1.8, 0.8] },
  featureNames: ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'],
  classNames: ['setosa', 'versicolor', 'virginica'],
};

/** Writes at least one row into every table; answers the trained run's id. */
export async function seedEveryTable(): Promise<string> {
  const experiment = await createExperiment({ name: 'seeded', tags: { team: 'a' } });
  const run = await createRun({
    experiment_id: experiment.experiment_id,
    params: { epochs: '10' },
    tags: { owner: 'ana' },
    inputs: [{ name: 'iris', digest: 'd1', context: 'training' }],
  });
  await logMetricPoints(
    [0, 1, 2].map((step) => ({
      run_id: run.run_id,
      key: 'loss',
      value: 1 / (step + 1),
      step,
      timestamp: 1000 + step,
    })),
  );
  await completeTrainingRun({
    run_id: run.run_id,
    metrics: [{ run_id: run.run_id, key: 'val_accuracy', value: 0.95, step: 0, timestamp: 9 }],
    artifacts: [
      {
        run_id: run.run_id,
        path: 'model/weights.bin',
        mime_type: 'application/octet-stream',
        data: FAKE_MODEL.weightData,
      },
    ],
    model: FAKE_MODEL,
    dataset_digest: 'd1',
    register_as: 'iris',
  });
  await setAlias('iris', 'champion', 1, 'ui');
  await createDataset({
    id: 'abc123',
    name: 'mine',
    digest: 'abc123ffff',
    n_rows: 1,
    csv: 'a\n1',
    created_at: '2026-01-01T00:00:00.000Z',
  });
  await saveProject({
    name: 'tutorial',
    description: '',
    defaults: DEFAULT_CONFIG,
    parameters: ['epochs'],
  });
  await setApiToken('seeded-token');
  // One entry as logged before statuses were, one rejected request as logged now.
  logPrediction({
    at: 5,
    model: 'iris',
    version: 1,
    rows: 1,
    inputs: [[5.1, 3.5, 1.4, 0.2]],
    outputs: ['setosa'],
    latency_ms: 0.5,
  });
  logPrediction({
    at: 6,
    model: 'iris',
    version: null,
    rows: 0,
    inputs: [],
    outputs: [],
    latency_ms: 0.25,
    status: 422,
    detail: 'body.features.3: Input should be a valid number',
  });
  await flushPredictionLog();
  await putDeployment(
    {
      name: 'web',
      strategy: 'single',
      variants: [{ name: 'main', model: 'iris', alias: 'champion' }],
      sticky: true,
      hash_seed: 'web',
      canary: null,
      shadow_sample_rate: null,
      bandit: null,
      canary_state: null,
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-01-01T00:00:00.000Z',
    },
    'api',
  );
  logDeploymentRequest({
    request_id: 'r-1',
    deployment: 'web',
    at: 6,
    variant: 0,
    user_id: 'ana',
    predicted: 0,
    latency_ms: 1,
    failed: false,
    shadow_variant: null,
    shadow_predicted: null,
    label: 0,
  });
  await flushDeploymentRequests();
  journalRequest({
    at: 7,
    method: 'POST',
    path: '/api/models/iris/predict',
    route: '/api/models/{name}/predict',
    status: 422,
    detail: 'missing at body.petal_width',
  });
  await flushApiJournal();
  await startLab('serve-iris', 8);
  await markStepsDone('serve-iris', { predict: { key: 'seen.request', values: { status: 200 } } });
  return run.run_id;
}

/** Every table's rows, keys of outbound-keyed tables left out, binaries as byte lists. */
export async function dumpEveryTable(): Promise<Record<string, unknown[]>> {
  const plain = (value: unknown): unknown =>
    JSON.parse(
      JSON.stringify(value, (_k, v: unknown) =>
        Object.prototype.toString.call(v) === '[object ArrayBuffer]'
          ? { bytes: Array.from(new Uint8Array(v as ArrayBuffer)) }
          : v,
      ),
    );
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) dump[table.name] = plain(await table.toArray()) as unknown[];
  return dump;
}
