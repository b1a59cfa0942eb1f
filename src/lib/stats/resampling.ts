// The bootstrap: seeded resamples (with replacement) of a test set's rows, as counts, and
// percentile intervals. Scores are recomputed from the one set of predictions for each
// resample, so that a thousand resamples never run the model again.
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import type { Random } from '../data/random';

/**
 * One bootstrap resample of n rows as counts: `counts[i]` becomes how many times row i was
 * drawn (n draws with replacement from `random`).
 */
export function drawResample(n: number, random: Random, counts: Uint32Array): Uint32Array {
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const row = Math.floor(random() * n);
    counts[row] = (counts[row] ?? 0) + 1;
  }
  return counts;
}

/** The central `confidence` share of `values` (percentile method, linear interpolation). */
export function percentileInterval(
  values: readonly number[],
  confidence: number,
): [number, number] {
  // A typed array sorts numbers natively, several times faster than a comparator.
  const sorted = Float64Array.from(values.filter((v) => !Number.isNaN(v))).sort();
  const at = (q: number) => {
    const position = q * (sorted.length - 1);
    const low = Math.floor(position);
    const high = Math.ceil(position);
    const a = sorted[low] ?? Number.NaN;
    const b = sorted[high] ?? Number.NaN;
    return a + (b - a) * (position - low);
  };
  const tail = (1 - confidence) / 2;
  return [at(tail), at(1 - tail)];
}

export function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/** Sample standard deviation (n - 1), as numpy's std(ddof=1) and scikit-learn reports. */
export function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  return Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1));
}

/** mean ± z·sd/√n with z the normal quantile for `confidence` (k-fold summaries). */
export function normalInterval(values: readonly number[], confidence: number): [number, number] {
  const z = normalQuantile(1 - (1 - confidence) / 2, 0, 1);
  const half = (z * standardDeviation(values)) / Math.sqrt(values.length);
  const m = mean(values);
  return [m - half, m + half];
}
