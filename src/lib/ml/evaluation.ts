// Offline evaluation of a model configuration or a trained model: hold-out, stratified
// k-fold (retraining the configuration on each fold) and the bootstrap (resampling one
// set of test predictions). Every metric comes as its mean, standard deviation, interval
// and per-fold or per-resample values.
import { CLASS_NAMES } from '../data/iris-schema';
import type { Dataset } from '../data/csv';
import { stratifiedKFold } from '../data/folds';
import { splitByIndices, stratifiedSplit } from '../data/split';
import { classificationScores, confusionMatrix, rocAucOvr } from '../stats/classification';
import { mean, normalInterval, percentileInterval, standardDeviation } from '../stats/resampling';
import { mcnemarExact, type McNemarResult } from '../stats/mcnemar';
import { preparePredictions } from '../stats/prepared-predictions';
import { resampledScores, WEIGHTED_SCORE_KEYS } from '../stats/weighted-scores';
import type { TrainConfig } from './hyperparameters';
import type { Tf } from './load-tf';
import { argmax, predictProbabilities } from './predict';
import { deserializeModel, type SerializedModel } from './serialize';
import { trainClassifier, type Checkpoint } from './train';

export const EVALUATION_METHODS = ['holdout', 'kfold', 'bootstrap'] as const;
export type EvaluationMethod = (typeof EVALUATION_METHODS)[number];

export interface MetricSummary {
  readonly mean: number;
  readonly std: number;
  readonly interval: readonly [number, number];
  /** One value per fold or resample (one for a hold-out). */
  readonly values: readonly number[];
}

export interface Scores {
  readonly [metric: string]: number;
}

/** The scores mlflow.evaluate gives a classifier, from true labels and class probabilities. */
export function scoreSet(
  truth: readonly number[],
  probabilities: readonly (readonly number[])[],
): Scores {
  const nClasses = CLASS_NAMES.length;
  return {
    ...classificationScores(truth, probabilities, nClasses),
    roc_auc: rocAucOvr(truth, probabilities, nClasses).macro,
  };
}

/**
 * A bootstrap column's summary: mean, standard deviation and percentile interval, in plain
 * loops over the typed column (it runs once per metric over a thousand values). `scratch`
 * is the percentile's working buffer, shared by the columns.
 */
function summarizeColumn(
  column: Float64Array,
  confidence: number,
  scratch: Float64Array,
): MetricSummary {
  // Filled before it is written: an array made with holes stays slower to write (2.5x).
  const values = new Array<number>(column.length).fill(0);
  let sum = 0;
  for (let r = 0; r < column.length; r++) {
    const v = column[r] as number;
    values[r] = v;
    sum += v;
  }
  const m = sum / column.length;
  let squares = 0;
  for (let r = 0; r < column.length; r++) squares += ((column[r] as number) - m) ** 2;
  return {
    mean: m,
    std: column.length > 1 ? Math.sqrt(squares / (column.length - 1)) : 0,
    interval: percentileInterval(column, confidence, scratch),
    values,
  };
}

/** Per-metric summaries of a list of score sets (folds or resamples). */
export function summarize(
  sets: readonly Scores[],
  confidence: number,
  interval: 'normal' | 'percentile',
): Record<string, MetricSummary> {
  const keys = Object.keys(sets[0] ?? {});
  return Object.fromEntries(
    keys.map((key) => {
      const values = sets.map((s) => s[key] ?? Number.NaN);
      return [
        key,
        {
          mean: mean(values),
          std: standardDeviation(values),
          interval:
            interval === 'normal'
              ? normalInterval(values, confidence)
              : percentileInterval(values, confidence),
          values,
        },
      ];
    }),
  );
}

/**
 * Keeps normal-approximation intervals inside what each score can be: [0, 1] for the rates
 * and ROC AUC, at least 0 for log loss (a few folds make a wide interval).
 */
function clampToRange(metrics: Record<string, MetricSummary>): Record<string, MetricSummary> {
  return Object.fromEntries(
    Object.entries(metrics).map(([key, m]) => {
      const high = key === 'log_loss' ? Infinity : 1;
      const clamp = (v: number) => Math.min(high, Math.max(0, v));
      return [key, { ...m, interval: [clamp(m.interval[0]), clamp(m.interval[1])] as const }];
    }),
  );
}

/** Test-set predictions: which rows, their true labels and the model's probabilities. */
export interface Predictions {
  readonly rows: readonly number[];
  readonly truth: readonly number[];
  readonly probabilities: readonly (readonly number[])[];
}

export interface EvaluationOutcome {
  readonly metrics: Record<string, MetricSummary>;
  /** Confusion counts over all test rows (summed over folds). */
  readonly confusion: number[][];
  /** What was predicted, per fold (one entry for hold-out and bootstrap). */
  readonly predictions: readonly Predictions[];
}

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
  const prepared = preparePredictions(
    predictions.truth,
    predictions.probabilities,
    CLASS_NAMES.length,
  );
  const resamples = options.resamples;
  const table = resampledScores(prepared, resamples, options.seed);
  const scratch = new Float64Array(resamples);
  const metrics = Object.fromEntries(
    WEIGHTED_SCORE_KEYS.map((key, j) => [
      key,
      summarizeColumn(
        table.subarray(j * resamples, (j + 1) * resamples),
        options.confidence,
        scratch,
      ),
    ]),
  );
  return {
    metrics,
    confusion: confusionOf([predictions]),
    predictions: [predictions],
  };
}

/**
 * Compares two recorded evaluations of the same method, options and seed (so the same
 * folds or resamples): paired differences A − B of each metric, and McNemar's test on the
 * rows one got right and the other wrong.
 */
export function compareReports(a: EvaluationReport, b: EvaluationReport): PairedComparison {
  const rows = (r: EvaluationReport) => r.predictions.map((p) => p.row).join();
  if (a.method !== b.method || rows(a) !== rows(b)) {
    throw new RangeError(
      'the two evaluations did not use the same rows: use the same method and seed',
    );
  }
  const sets = (a.metrics['accuracy']?.values ?? []).map((_, i) =>
    Object.fromEntries(
      Object.entries(a.metrics).map(([key, m]) => [
        key,
        (m.values[i] ?? Number.NaN) - (b.metrics[key]?.values[i] ?? Number.NaN),
      ]),
    ),
  );
  const mcnemar = mcnemarExact(
    a.predictions.map((p) => p.truth),
    a.predictions.map((p) => p.predicted),
    b.predictions.map((p) => p.predicted),
  );
  return {
    differences: summarize(
      sets,
      a.options.confidence,
      a.method === 'bootstrap' ? 'percentile' : 'normal',
    ),
    mcnemar,
    likelyReal: mcnemar.p_value < LIKELY_REAL_BELOW,
  };
}

/** A metric's summary as the Validation API reports it, its interval as `ci`. */
export function reportedSummary(s: MetricSummary): EvaluationReport['metrics'][string] {
  return { mean: s.mean, std: s.std, ci: [s.interval[0], s.interval[1]], values: [...s.values] };
}

/** McNemar's p-value below which a comparison calls the difference likely real. */
const LIKELY_REAL_BELOW = 0.05;

export interface PairedComparison {
  /** Per metric: A − B on each shared fold or resample, summarized. */
  readonly differences: Record<string, MetricSummary>;
  readonly mcnemar: McNemarResult;
  /** Whether the disagreements split so unevenly that chance would rarely do it. */
  readonly likelyReal: boolean;
}

/** What to evaluate and how (the Validation API's request, resolved to a selector). */
export interface EvaluationSpec {
  model: string;
  /** A version number, an alias, or neither (champion, else latest). */
  selector: { version: number } | { alias: string } | Record<string, never>;
  method: EvaluationMethod;
  test_size?: number;
  k?: number;
  n_resamples?: number;
  confidence?: number;
  seed?: number;
}

/** An evaluation's result as the API answers it and its run stores it. */
export interface EvaluationReport {
  id: string;
  model: string;
  version: number;
  method: EvaluationMethod;
  options: { test_size: number; k: number; n_resamples: number; confidence: number; seed: number };
  metrics: Record<string, { mean: number; std: number; ci: [number, number]; values: number[] }>;
  confusion_matrix: number[][];
  confusion_matrix_normalized: number[][];
  fold_run_ids: string[];
  /** Each test row (dataset index), its true and predicted class, in evaluation order. */
  predictions: { row: number; truth: number; predicted: number }[];
}

/** Everything one evaluation needs, as the worker receives it. */
export interface EvaluationRequest {
  readonly method: EvaluationMethod;
  /** The version's training configuration (retrained by hold-out and k-fold). */
  readonly config: TrainConfig;
  readonly dataset: Dataset;
  /** The version's own model, which the bootstrap scores without retraining. */
  readonly model: SerializedModel;
  readonly test_size: number;
  readonly k: number;
  readonly n_resamples: number;
  readonly confidence: number;
  readonly seed: number;
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
