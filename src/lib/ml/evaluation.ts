// Offline evaluation runners, on tfjs: hold-out, stratified k-fold (retraining the
// configuration on each fold) and the bootstrap (resampling one set of test predictions).
import { CLASS_NAMES } from '../data/iris-schema';
import type { Dataset } from '../data/csv';
import { stratifiedKFold } from '../data/folds';
import { splitByIndices, stratifiedSplit } from '../data/split';
import { confusionMatrix } from '../stats/classification';
import {
  bootstrapSummaries,
  clampToRange,
  scoreSet,
  summarize,
} from '../stats/evaluation-summaries';
import type { EvaluationOutcome, EvaluationRequest, Predictions } from './evaluation-contract';
import type { TrainConfig } from './hyperparameters';
import type { Tf } from './load-tf';
import { argmax, predictProbabilities } from './predict';
import { deserializeModel } from './serialize';
import { trainClassifier, type Checkpoint } from './train';

function confusionOf(predictions: readonly Predictions[]): number[][] {
  return confusionMatrix(
    predictions.flatMap((p) => p.truth),
    predictions.flatMap((p) => p.probabilities.map(argmax)),
    CLASS_NAMES.length,
  );
}

/** Trains `config` on the split's training rows and predicts its test rows. */
async function trainAndPredict(
  tf: Tf,
  config: TrainConfig,
  dataset: Dataset,
  train: readonly number[],
  test: readonly number[],
  checkpoint?: Checkpoint,
): Promise<Predictions> {
  const split = splitByIndices(dataset, train, test);
  const result = await trainClassifier(tf, config, dataset, undefined, checkpoint, split);
  return { rows: test, truth: split.test.labels, probabilities: result.testProbabilities };
}

/**
 * Stratified k-fold cross-validation of a configuration: one training per fold, scored on
 * the fold it did not see. `onFold` reports progress (folds done).
 */
export async function crossValidate(
  tf: Tf,
  config: TrainConfig,
  dataset: Dataset,
  options: { k: number; seed: number; confidence: number },
  onFold?: (done: number, total: number) => void,
  checkpoint?: Checkpoint,
): Promise<EvaluationOutcome> {
  const predictions: Predictions[] = [];
  const folds = stratifiedKFold(dataset.labels, options.k, options.seed);
  for (const fold of folds) {
    predictions.push(await trainAndPredict(tf, config, dataset, fold.train, fold.test, checkpoint));
    onFold?.(predictions.length, folds.length);
  }
  return {
    metrics: clampToRange(
      summarize(
        predictions.map((p) => scoreSet(p.truth, p.probabilities)),
        options.confidence,
        'normal',
      ),
    ),
    confusion: confusionOf(predictions),
    predictions,
  };
}

/** A stratified hold-out: one training on the rest, scored on the held-out share. */
export async function holdOut(
  tf: Tf,
  config: TrainConfig,
  dataset: Dataset,
  options: { test_size: number; seed: number },
  checkpoint?: Checkpoint,
): Promise<EvaluationOutcome> {
  const split = stratifiedSplit(dataset, options.test_size, options.seed);
  const predictions = [
    await trainAndPredict(tf, config, dataset, split.trainIndices, split.testIndices, checkpoint),
  ];
  const scores = scoreSet(predictions[0]?.truth ?? [], predictions[0]?.probabilities ?? []);
  return {
    metrics: summarize([scores], 1, 'percentile'),
    confusion: confusionOf(predictions),
    predictions,
  };
}

/**
 * The bootstrap over one set of predictions: `resamples` draws with replacement of the
 * test rows, each scored from the same probabilities (the model never runs again), with
 * percentile intervals.
 */
export function bootstrap(
  predictions: Predictions,
  options: { resamples: number; seed: number; confidence: number },
): EvaluationOutcome {
  return {
    metrics: bootstrapSummaries(predictions.truth, predictions.probabilities, options),
    confusion: confusionOf([predictions]),
    predictions: [predictions],
  };
}

/** Runs one evaluation by its method; `onProgress` counts folds (or 1 of 1). */
export async function runEvaluation(
  tf: Tf,
  request: EvaluationRequest,
  onProgress?: (done: number, total: number) => void,
  checkpoint?: Checkpoint,
): Promise<EvaluationOutcome> {
  const { config, dataset } = request;
  if (request.method === 'kfold') {
    const options = { k: request.k, seed: request.seed, confidence: request.confidence };
    return crossValidate(tf, config, dataset, options, onProgress, checkpoint);
  }
  if (request.method === 'holdout') {
    const outcome = await holdOut(tf, config, dataset, request, checkpoint);
    onProgress?.(1, 1);
    return outcome;
  }
  const split = stratifiedSplit(dataset, request.test_size, request.seed);
  const model = await deserializeModel(tf, request.model);
  try {
    const probabilities = predictProbabilities(
      tf,
      model,
      request.model.scaler,
      split.test.features,
    );
    onProgress?.(1, 1);
    return bootstrap(
      { rows: split.testIndices, truth: split.test.labels, probabilities },
      { resamples: request.n_resamples, seed: request.seed, confidence: request.confidence },
    );
  } finally {
    model.dispose();
  }
}
