// The bootstrap: seeded resamples (with replacement) of a test set's row indices, and
// percentile intervals. Scores are recomputed from the one set of predictions for each
// resample, so that a thousand resamples never run the model again.
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { seededRandom } from '../data/random';

export function bootstrapIndices(n: number, resamples: number, seed: number): Uint32Array[] {
  const random = seededRandom(seed);
  return Array.from({ length: resamples }, () => {
    const rows = new Uint32Array(n);
    for (let i = 0; i < n; i++) rows[i] = Math.floor(random() * n);
    return rows;
  });
}

/** The central `confidence` share of `values` (percentile method, linear interpolation). */
export function percentileInterval(
  values: readonly number[],
  confidence: number,
): [number, number] {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
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
