// Benchmark page: times the app's training path (worker + run logging in IndexedDB)
// against a bare tfjs model.fit of the same model, data and epochs in this page, against
// the same worker training with nothing logged (the cost of autolog), and against the
// same path drawing live decision regions as the Train page does.
import { DEFAULT_REGION_AXES } from '../../../src/lib/data/decision-grid';
import { irisDataset } from '../../../src/lib/data/iris';
import { CLASS_NAMES, FEATURE_NAMES } from '../../../src/lib/data/iris-schema';
import { applyScaler, fitScaler } from '../../../src/lib/data/scaling';
import { stratifiedSplit } from '../../../src/lib/data/split';
import { DEFAULT_CONFIG, type TrainConfig } from '../../../src/lib/ml/hyperparameters';
import { loadTf } from '../../../src/lib/ml/load-tf';
import { buildClassifier } from '../../../src/lib/ml/model';
import { finalSnapshot, type NetworkSnapshot } from '../../../src/lib/ml/network-snapshot';
import { recordTraining } from '../../../src/lib/services/record-training';
import { LiveDecisionRegions } from '../../../src/lib/state/decision-regions.svelte';
import { paintRegions } from '../../../src/ui/DecisionRegions/paint-regions';
import { trainer } from '../../../src/lib/workers/trainer';
import { runApiBench, startBenchApi } from './api-bench';
import { runBackupBench } from './backup-bench';
import { runLiveBench } from './live-bench';
import { runEvaluationBench } from './evaluation-bench';
import { runLoadBench, runSearchBench } from './search-bench';
import { runSimulationBench } from './simulation-bench';

/**
 * A bare model.fit of the same model, data and epochs, with no callback (tfjs at its
 * barest), or with fit's own validationData (the way tfjs users get test curves).
 */
async function bareFit(config: TrainConfig, validate: boolean): Promise<number> {
  const tf = await loadTf();
  const split = stratifiedSplit(irisDataset(), config.test_size, config.seed);
  const scaler = fitScaler(split.train.features);
  const oneHot = (labels: readonly number[]) =>
    tf.cast(tf.oneHot(tf.tensor1d(labels as number[], 'int32'), CLASS_NAMES.length), 'float32');
  const tensors = tf.tidy(() => ({
    x: tf.tensor2d(applyScaler(scaler, split.train.features)),
    y: oneHot(split.train.labels),
    xTest: tf.tensor2d(applyScaler(scaler, split.test.features)),
    yTest: oneHot(split.test.labels),
  }));
  const model = buildClassifier(tf, config, FEATURE_NAMES.length, CLASS_NAMES.length);
  const optimizer = tf.train.adam(config.learning_rate);
  model.compile({ optimizer, loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  const started = performance.now();
  await model.fit(tensors.x, tensors.y, {
    epochs: config.epochs,
    batchSize: split.train.labels.length,
    shuffle: false,
    validationData: validate ? [tensors.xTest, tensors.yTest] : undefined,
    yieldEvery: 'never',
    verbose: 0,
  });
  const elapsed = performance.now() - started;
  tf.dispose(tensors);
  model.dispose();
  optimizer.dispose();
  return elapsed;
}

/** The same training in the same worker, with nothing logged: the cost autolog adds is the rest. */
async function withoutLogging(config: TrainConfig): Promise<number> {
  const started = performance.now();
  await trainer.train(config, irisDataset(), () => undefined);
  return performance.now() - started;
}

async function ourPath(config: TrainConfig): Promise<number> {
  const started = performance.now();
  await recordTraining(config);
  return performance.now() - started;
}

/**
 * Our path as the Train page runs it with its live decision regions: the worker sends
 * weights as it trains, each picture is computed and painted on a canvas, and the time
 * ends when the finished model's picture is painted.
 */
async function withRegions(config: TrainConfig): Promise<number> {
  const regions = new LiveDecisionRegions();
  const canvas = document.createElement('canvas');
  let painted = Promise.resolve();
  const draw = (snapshot: NetworkSnapshot) => {
    painted = (async () => {
      await regions.show(config, snapshot, DEFAULT_REGION_AXES);
      if (regions.picture) paintRegions(canvas, regions.picture.grid);
    })();
  };
  const started = performance.now();
  const { result } = await recordTraining(config, { onSnapshot: draw });
  draw(finalSnapshot(result.model, result.history.length));
  await painted;
  return performance.now() - started;
}

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const round = (x: number) => Math.round(x * 100) / 100;

async function runTrainingBench(repeats: number) {
  const report: Record<string, Record<string, number>> = {};
  for (const model of ['mlp', 'softmax'] as const) {
    const config: TrainConfig = { ...DEFAULT_CONFIG, model };
    await bareFit(config, true);
    await bareFit(config, false);
    await ourPath(config);
    await withoutLogging(config);
    await withRegions(config);
    const bare: number[] = [];
    const unlogged: number[] = [];
    const bareNoValidation: number[] = [];
    const ours: number[] = [];
    const regions: number[] = [];
    for (let i = 0; i < repeats; i++) {
      bare.push(await bareFit(config, true));
      bareNoValidation.push(await bareFit(config, false));
      ours.push(await ourPath(config));
      unlogged.push(await withoutLogging(config));
      regions.push(await withRegions(config));
    }
    report[model] = {
      epochs: config.epochs,
      bare_fit_ms: round(median(bareNoValidation)),
      our_path_ms: round(median(ours)),
      ratio: round(median(ours) / median(bareNoValidation)),
      fit_with_validation_data_ms: round(median(bare)),
      ratio_to_fit_with_validation_data: round(median(ours) / median(bare)),
      without_logging_ms: round(median(unlogged)),
      autolog_ratio: round(median(ours) / median(unlogged)),
      with_live_regions_ms: round(median(regions)),
      regions_ratio: round(median(regions) / median(ours)),
    };
  }
  return report;
}

declare global {
  interface Window {
    runTrainingBench: typeof runTrainingBench;
    runApiBench: typeof runApiBench;
    runSearchBench: typeof runSearchBench;
    runLoadBench: typeof runLoadBench;
    runEvaluationBench: typeof runEvaluationBench;
    runBackupBench: typeof runBackupBench;
    runSimulationBench: typeof runSimulationBench;
    runLiveBench: typeof runLiveBench;
  }
}

await startBenchApi();
window.runTrainingBench = runTrainingBench;
window.runApiBench = runApiBench;
window.runSearchBench = runSearchBench;
window.runLoadBench = runLoadBench;
window.runEvaluationBench = runEvaluationBench;
window.runBackupBench = runBackupBench;
window.runSimulationBench = runSimulationBench;
window.runLiveBench = runLiveBench;
document.getElementById('status')!.textContent = 'ready';
