// An evaluation's numbers without the model: the scores of one set of predictions, and each
// metric's mean, standard deviation, interval and values over folds or bootstrap resamples.
import { CLASS_NAMES } from '../data/iris-schema';
import { classificationScores, rocAucOvr } from './classification';
import { preparePredictions } from './prepared-predictions';
import { wilsonInterval } from './proportions';
import { mean, normalInterval, percentileInterval, standardDeviation } from './resampling';
import { resampledScores, WEIGHTED_SCORE_KEYS } from './weighted-scores';

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

/** A metric's summary in a recorded report, the Validation API's shape. */
export interface ReportedSummary {
  mean: number;
  std: number;
  ci: [number, number];
  values: number[];
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

/**
 * The bootstrap's per-metric summaries of one set of predictions: `resamples` draws with
 * replacement of its rows, each scored from the same probabilities, with percentile
 * intervals.
 */
export function bootstrapSummaries(
  truth: readonly number[],
  probabilities: readonly (readonly number[])[],
  options: { resamples: number; seed: number; confidence: number },
): Record<string, MetricSummary> {
  const prepared = preparePredictions(truth, probabilities, CLASS_NAMES.length);
  const resamples = options.resamples;
  const table = resampledScores(prepared, resamples, options.seed);
  const scratch = new Float64Array(resamples);
  return Object.fromEntries(
    WEIGHTED_SCORE_KEYS.map((key, j) => [
      key,
      summarizeColumn(
        table.subarray(j * resamples, (j + 1) * resamples),
        options.confidence,
        scratch,
      ),
    ]),
  );
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
export function clampToRange(
  metrics: Record<string, MetricSummary>,
): Record<string, MetricSummary> {
  return Object.fromEntries(
    Object.entries(metrics).map(([key, m]) => {
      const high = key === 'log_loss' ? Infinity : 1;
      const clamp = (v: number) => Math.min(high, Math.max(0, v));
      return [key, { ...m, interval: [clamp(m.interval[0]), clamp(m.interval[1])] as const }];
    }),
  );
}

/** A metric's summary as the Validation API reports it, its interval as `ci`. */
export function reportedSummary(s: MetricSummary): ReportedSummary {
  return { mean: s.mean, std: s.std, ci: [s.interval[0], s.interval[1]], values: [...s.values] };
}

/** Accuracy as a proportion of test rows, with its Wilson score interval. */
export interface AccuracyWilson {
  correct: number;
  rows: number;
  ci: [number, number];
}

/**
 * Accuracy's Wilson interval over the test rows: where a percentile interval of resamples
 * collapses to [1, 1] when every row is right, this one says how far a perfect score on so
 * few rows can be from the truth (30 of 30: about [0.886, 1] at 95%).
 */
export function accuracyWilson(
  predictions: readonly { truth: number; predicted: number }[],
  confidence: number,
): AccuracyWilson {
  const correct = predictions.filter((p) => p.truth === p.predicted).length;
  const rows = predictions.length;
  return { correct, rows, ci: wilsonInterval({ successes: correct, trials: rows }, confidence) };
}
