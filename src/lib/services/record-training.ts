// The training path: create the run, train in the worker while buffering per-epoch
// metrics into bulk writes, then finish the run and register its model in one
// transaction. A failure marks the run FAILED with its error, a cancel KILLED.
import { datasetDigest } from '../data/digest';
import type { Dataset } from '../data/csv';
import { IRIS_DATASET_NAME, irisDataset } from '../data/iris';
import { DEFAULT_REGION_AXES } from '../data/decision-grid';
import { CLASS_NAMES, FEATURE_NAMES, REGISTERED_MODEL_NAME } from '../data/iris-schema';
import { configParams, type TrainConfig } from '../ml/hyperparameters';
import { finalSnapshot, type NetworkSnapshot } from '../ml/network-snapshot';
import { tfjsModelFiles } from '../ml/serialize';
import { TrainingCancelled, type EpochMetrics, type TrainResult } from '../ml/train';
import { confusionMatrixSvg } from '../report/confusion-matrix-svg';
import { decisionRegionsSvg, type DecisionRegionsPicture } from '../report/decision-regions-svg';
import { trainingCurvesSvg } from '../report/training-curves-svg';
import type { ArtifactRecord, MetricPoint, ModelVersionRecord, RunRecord } from '../db/records';
import { createRun, endRun } from '../db/run-writes';
import { logMetricPoints } from '../db/metric-history';
import { completeTrainingRun } from '../db/training';
import { trainer } from '../workers/trainer';
import { holdRunLock } from '../db/run-locks';
import { asStorageFull } from '../db/errors';
import { decisionRegions } from './decision-regions';
import { offerPersistentStorage } from './persistence';

const FLUSH_INTERVAL_MS = 100;
const EPOCH_METRICS = ['loss', 'accuracy', 'val_loss', 'val_accuracy'] as const;
/** Cells per side of the decision_regions.svg artifact. */
const ARTIFACT_RESOLUTION = 40;

export interface TrainingListener {
  onRunCreated?: (run: RunRecord) => void;
  onEpoch?: (metrics: EpochMetrics) => void;
  /** The model's weights as it trains, a few times a second (for live pictures). */
  onSnapshot?: (snapshot: NetworkSnapshot) => void;
}

/** Where the run goes and where it says it came from. */
export interface RunOptions {
  experiment_id?: string;
  run_name?: string;
  /** The `source` tag: the Train page, a sweep, or the API. */
  source?: 'train-page' | 'sweep' | 'api';
  /** The sweep's parent run, for a child run (MLflow's `mlflow.parentRunId` tag). */
  parent_run_id?: string;
  /** Extra tags (a sweep's trial number, say). */
  tags?: Record<string, string>;
  /** Aborting it stops the training after its current epoch and ends the run KILLED. */
  signal?: AbortSignal;
  /** Register the model as the next version of `iris` (default); a sweep's trials do not. */
  register?: boolean;
}

/** What trains: the training worker in the app; tests pass an in-process trainer. */
export type TrainFunction = (
  config: TrainConfig,
  dataset: Dataset,
  onEpoch: (metrics: EpochMetrics, timestamp: number) => void,
  signal?: AbortSignal,
  onSnapshot?: (snapshot: NetworkSnapshot) => void,
) => Promise<TrainResult>;

export interface RecordedTraining {
  run: RunRecord;
  result: TrainResult;
  version: ModelVersionRecord | null;
}

function svgArtifact(run_id: string, path: string, svg: string): ArtifactRecord {
  return { run_id, path, mime_type: 'image/svg+xml', data: new TextEncoder().encode(svg).buffer };
}

/** The autologged files: the model in tfjs layout and three images of how it did. */
function artifactsOf(
  run_id: string,
  result: TrainResult,
  regions: DecisionRegionsPicture,
): ArtifactRecord[] {
  return [
    ...tfjsModelFiles(result.model).map((file) => ({ ...file, run_id })),
    svgArtifact(run_id, 'confusion_matrix.svg', confusionMatrixSvg(result.confusion, CLASS_NAMES)),
    svgArtifact(run_id, 'training_curves.svg', trainingCurvesSvg(result.history)),
    svgArtifact(
      run_id,
      'decision_regions.svg',
      decisionRegionsSvg(regions, FEATURE_NAMES, CLASS_NAMES),
    ),
  ];
}

export async function recordTraining(
  config: TrainConfig,
  listener: TrainingListener = {},
  options: RunOptions = {},
  train: TrainFunction = (...args) => trainer.train(...args),
): Promise<RecordedTraining> {
  const dataset = irisDataset();
  let settle = () => {};
  const settled = new Promise<void>((resolve) => (settle = resolve));
  // Training starts at once; the run is created alongside it, and buffered metric points
  // are written only once the run exists.
  const recording = (async () => {
    const digest = await datasetDigest(dataset);
    const run = await createRun({
      experiment_id: options.experiment_id,
      run_name: options.run_name,
      parent_run_id: options.parent_run_id,
      params: configParams(config),
      tags: {
        source: options.source ?? 'train-page',
        app_version: __APP_VERSION__,
        model_type: config.model,
        seed: String(config.seed),
        dataset_digest: digest,
        ...(options.parent_run_id ? { 'mlflow.parentRunId': options.parent_run_id } : {}),
        ...options.tags,
      },
      inputs: [{ name: IRIS_DATASET_NAME, digest, context: 'training' }],
    });
    holdRunLock(run.run_id, settled);
    listener.onRunCreated?.(run);
    return { run, digest };
  })();

  type Pending = Omit<MetricPoint, 'run_id'>;
  let buffer: Pending[] = [];
  let writing: Promise<unknown> = recording;
  const write = async (points: Pending[]) => {
    const { run } = await recording;
    await logMetricPoints(points.map((point) => ({ ...point, run_id: run.run_id })));
  };
  const flush = () => {
    const points = buffer;
    buffer = [];
    writing = writing.then(() => write(points));
    return writing;
  };
  const timer = setInterval(() => void flush().catch(() => undefined), FLUSH_INTERVAL_MS);
  try {
    const result = await train(
      config,
      dataset,
      (metrics, timestamp) => {
        for (const key of EPOCH_METRICS)
          buffer.push({ key, value: metrics[key], step: metrics.epoch, timestamp });
        listener.onEpoch?.(metrics);
      },
      options.signal,
      listener.onSnapshot,
    );
    const regions = await decisionRegions(
      config,
      finalSnapshot(result.model, result.history.length),
      DEFAULT_REGION_AXES,
      ARTIFACT_RESOLUTION,
    );
    clearInterval(timer);
    await writing;
    const { run, digest } = await recording;
    const now = Date.now();
    const finals = Object.entries(result.metrics).map(([key, value]) => ({
      key,
      value,
      step: result.history.length - 1,
      timestamp: now,
    }));
    // The last buffered epochs and the final metrics go in the completing transaction.
    const version = await completeTrainingRun({
      run_id: run.run_id,
      metrics: [...buffer, ...finals].map((point) => ({ ...point, run_id: run.run_id })),
      artifacts: artifactsOf(run.run_id, result, regions),
      model: result.model,
      dataset_digest: digest,
      register_as: options.register === false ? null : REGISTERED_MODEL_NAME,
    });
    void offerPersistentStorage();
    return { run, result, version };
  } catch (caught) {
    const error = asStorageFull(caught);
    clearInterval(timer);
    await writing.catch(() => undefined);
    const created = await recording.catch(() => undefined);
    if (created) {
      if (error instanceof TrainingCancelled) await endRun(created.run.run_id, 'KILLED');
      else {
        const message = error instanceof Error ? error.message : String(error);
        await endRun(created.run.run_id, 'FAILED', message);
      }
    }
    throw error;
  } finally {
    settle();
  }
}
