// Offline evaluation in the page: 10-fold cross-validation of the default MLP against one
// training of it, and 1,000 bootstrap resamples against one evaluation of the same test set
// (prediction + scores), both with the app's own code.
import { irisDataset } from '../../../src/lib/data/iris';
import { stratifiedSplit } from '../../../src/lib/data/split';
import { DEFAULT_CONFIG } from '../../../src/lib/ml/hyperparameters';
import { bootstrap, crossValidate } from '../../../src/lib/ml/evaluation';
import { loadTf } from '../../../src/lib/ml/load-tf';
import { predictProbabilities } from '../../../src/lib/ml/predict';
import { deserializeModel } from '../../../src/lib/ml/serialize';
import { trainClassifier } from '../../../src/lib/ml/train';
import { scoreSet } from '../../../src/lib/stats/evaluation-summaries';

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const round = (x: number) => Math.round(x * 100) / 100;

async function timed(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Mean time of `times` back-to-back calls: one call is near the page timer's 0.1 ms grain. */
function timedEach(work: () => unknown, times: number): number {
  const started = performance.now();
  for (let i = 0; i < times; i++) work();
  return (performance.now() - started) / times;
}

export async function runEvaluationBench(repeats: number) {
  const tf = await loadTf();
  const dataset = irisDataset();
  const options = { k: 10, seed: 1, confidence: 0.95 };
  await trainClassifier(tf, DEFAULT_CONFIG, dataset);
  const training: number[] = [];
  const folds: number[] = [];
  for (let i = 0; i < Math.max(3, Math.floor(repeats / 3)); i++) {
    training.push(await timed(() => trainClassifier(tf, DEFAULT_CONFIG, dataset)));
    folds.push(await timed(() => crossValidate(tf, DEFAULT_CONFIG, dataset, options)));
  }

  const trained = await trainClassifier(tf, DEFAULT_CONFIG, dataset);
  const model = await deserializeModel(tf, trained.model);
  const { test } = stratifiedSplit(dataset, DEFAULT_CONFIG.test_size, DEFAULT_CONFIG.seed);
  const evaluate = () => {
    const probabilities = predictProbabilities(tf, model, trained.model.scaler, test.features);
    return { probabilities, scores: scoreSet(test.labels, probabilities) };
  };
  // As the app's bootstrap: one prediction of the test set, then the resamples.
  const resample = () => {
    const probabilities = predictProbabilities(tf, model, trained.model.scaler, test.features);
    const rows = test.labels.map((_, i) => i);
    return bootstrap(
      { rows, truth: test.labels, probabilities },
      { resamples: 1000, seed: 2, confidence: 0.95 },
    );
  };
  // Warm both up first, so that the figures are of compiled code: a bootstrap runs its
  // loops 9,000 times per call, one evaluation only a few, and the JIT needs some calls
  // of each (the first bootstrap, reported below, takes several times as long).
  const cold = await timed(resample);
  for (let i = 0; i < 200; i++) evaluate();
  for (let i = 0; i < 20; i++) resample();
  const single: number[] = [];
  const resampled: number[] = [];
  for (let i = 0; i < repeats; i++) {
    single.push(timedEach(evaluate, 50));
    resampled.push(timedEach(resample, 5));
  }
  model.dispose();
  return {
    kfold: {
      target_ratio: 12,
      k: 10,
      one_training_ms: round(median(training)),
      ten_fold_ms: round(median(folds)),
      ratio: round(median(folds) / median(training)),
    },
    bootstrap: {
      target_ratio: 5,
      resamples: 1000,
      test_rows: test.labels.length,
      one_evaluation_ms: Math.round(median(single) * 1000) / 1000,
      bootstrap_ms: round(median(resampled)),
      first_bootstrap_ms: round(cold),
      ratio: round(median(resampled) / median(single)),
    },
  };
}
