// The evaluation contract shared by the API, services, the worker and the pages: methods,
// what to evaluate (spec and worker request), what comes back (outcome and report).
import type { Dataset } from '../data/csv';
import type { AccuracyWilson, MetricSummary, ReportedSummary } from '../stats/evaluation-summaries';
import type { TrainConfig } from './hyperparameters';
import type { SerializedModel } from './serialize';

export const EVALUATION_METHODS = ['holdout', 'kfold', 'bootstrap'] as const;
export type EvaluationMethod = (typeof EVALUATION_METHODS)[number];

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
  metrics: Record<string, ReportedSummary>;
  /** Accuracy's Wilson interval over the test rows (every fold's for k-fold), at `confidence`. */
  accuracy_wilson: AccuracyWilson;
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
