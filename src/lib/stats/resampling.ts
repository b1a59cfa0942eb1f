// Summaries of resampled or per-fold scores: percentile intervals (the bootstrap's), mean,
// standard deviation and normal intervals (k-fold's). The resamples themselves are drawn
// and scored in weighted-scores.ts.
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

/**
 * Moves the k-th smallest of `a[from..]` to a[k], smaller ones before it and larger ones
 * after (Hoare's selection, middle pivot): O(n) on average, where sorting is O(n log n).
 */
function selectInPlace(a: Float64Array, k: number, from: number): void {
  let low = from;
  let high = a.length - 1;
  while (low < high) {
    const pivot = a[(low + high) >>> 1] as number;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i++] = a[j] as number;
        a[j--] = t;
      }
    }
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else return;
  }
}

/** The smallest of a[from..]. */
function minFrom(a: Float64Array, from: number): number {
  let m = Infinity;
  for (let i = from; i < a.length; i++) m = Math.min(m, a[i] as number);
  return m;
}

/**
 * The central `confidence` share of `values` (percentile method, linear interpolation, as
 * numpy's default), NaNs left out. Each bound needs two order statistics, found by
 * selection rather than a full sort: it runs once per metric over a thousand resamples.
 */
export function percentileInterval(
  values: ArrayLike<number>,
  confidence: number,
): [number, number] {
  let length = 0;
  const kept = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isNaN(v)) kept[length++] = v;
  }
  if (length === 0) return [Number.NaN, Number.NaN];
  const a = kept.subarray(0, length);
  const tail = (1 - confidence) / 2;
  // Order statistics are found left to right, each selection on what lies above the last.
  let settled = 0;
  const at = (q: number): number => {
    const position = q * (length - 1);
    const low = Math.floor(position);
    selectInPlace(a, low, settled);
    settled = low + 1;
    const below = a[low] as number;
    const above = low + 1 < length ? minFrom(a, low + 1) : below;
    return below + (above - below) * (position - low);
  };
  const from = at(tail);
  return [from, at(1 - tail)];
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
