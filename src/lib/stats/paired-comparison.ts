// Two recorded evaluations compared on the same rows: paired differences of each metric,
// McNemar's test, and the one rule for calling the difference likely real.
import { summarize, type MetricSummary } from './evaluation-summaries';
import { mcnemarExact, type McNemarResult } from './mcnemar';

/** The parts of a recorded evaluation (an EvaluationReport) that a comparison reads. */
export interface ComparedReport {
  readonly method: string;
  readonly options: { readonly confidence: number };
  readonly metrics: Readonly<Record<string, { readonly values: readonly number[] }>>;
  /** Each test row (dataset index), its true and predicted class, in evaluation order. */
  readonly predictions: readonly {
    readonly row: number;
    readonly truth: number;
    readonly predicted: number;
  }[];
}

/**
 * Compares two recorded evaluations of the same method, options and seed (so the same
 * folds or resamples): paired differences A − B of each metric, and McNemar's test on the
 * rows one got right and the other wrong.
 */
export function compareReports(a: ComparedReport, b: ComparedReport): PairedComparison {
  const rows = (r: ComparedReport) => r.predictions.map((p) => p.row).join();
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

/** McNemar's p-value below which a comparison calls the difference likely real. */
const LIKELY_REAL_BELOW = 0.05;

export interface PairedComparison {
  /** Per metric: A − B on each shared fold or resample, summarized. */
  readonly differences: Record<string, MetricSummary>;
  readonly mcnemar: McNemarResult;
  /** Whether the disagreements split so unevenly that chance would rarely do it. */
  readonly likelyReal: boolean;
}
