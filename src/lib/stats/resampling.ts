// Summaries of resampled or per-fold scores: percentile intervals (the bootstrap's), mean,
// standard deviation and normal intervals (k-fold's). The resamples themselves are drawn
// and scored in weighted-scores.ts.
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

/**
 * Moves the k-th smallest of a[left..right] to a[k], smaller ones before it and larger
 * ones after: Floyd and Rivest's selection (CACM 1975, Algorithm 489). On a long range it
 * first selects within a small sample around where the k-th should fall, so that the
 * partition around it moves few values: about n + min(k, n − k) comparisons.
 */
function select(a: Float64Array, k: number, left: number, right: number): void {
  const swap = (i: number, j: number) => {
    const t = a[i] as number;
    a[i] = a[j] as number;
    a[j] = t;
  };
  while (right > left) {
    if (right - left > 600) {
      const n = right - left + 1;
      const rank = k - left + 1;
      const z = Math.log(n);
      const sample = 0.5 * Math.exp((2 * z) / 3);
      const spread = 0.5 * Math.sqrt((z * sample * (n - sample)) / n) * Math.sign(rank - n / 2);
      select(
        a,
        k,
        Math.max(left, Math.floor(k - (rank * sample) / n + spread)),
        Math.min(right, Math.floor(k + ((n - rank) * sample) / n + spread)),
      );
    }
    const pivot = a[k] as number;
    let i = left;
    let j = right;
    swap(left, k);
    if ((a[right] as number) > pivot) swap(left, right);
    while (i < j) {
      swap(i++, j--);
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
    }
    if (a[left] === pivot) swap(left, j);
    else swap(++j, right);
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

/**
 * The central `confidence` share of `values` (percentile method, linear interpolation, as
 * numpy's default), NaNs left out. Each bound interpolates two neighbouring order
 * statistics: one found by selection, the other the largest below it (or the smallest
 * above it) among the few values of the tail. It runs once per metric over a thousand
 * resamples, so the selection works in `scratch` (at least as long as `values`): one
 * buffer shared by many calls saves allocating one per call, which costs about as much.
 */
export function percentileInterval(
  values: ArrayLike<number>,
  confidence: number,
  scratch: Float64Array = new Float64Array(values.length),
): [number, number] {
  const a = scratch;
  let length = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isNaN(v)) a[length++] = v;
  }
  if (length === 0) return [Number.NaN, Number.NaN];
  const tail = (1 - confidence) / 2;

  const lower = tail * (length - 1);
  const lowerFloor = Math.floor(lower);
  const lowerCeil = Math.ceil(lower);
  select(a, lowerCeil, 0, length - 1);
  const lowerAbove = a[lowerCeil] as number;
  let lowerBelow = lowerAbove;
  if (lowerFloor < lowerCeil) {
    lowerBelow = -Infinity;
    for (let i = 0; i < lowerCeil; i++) lowerBelow = Math.max(lowerBelow, a[i] as number);
  }

  const upper = (1 - tail) * (length - 1);
  const upperFloor = Math.floor(upper);
  const upperCeil = Math.ceil(upper);
  select(a, upperFloor, Math.min(lowerCeil + 1, upperFloor), length - 1);
  const upperBelow = a[upperFloor] as number;
  let upperAbove = upperBelow;
  if (upperFloor < upperCeil) {
    upperAbove = Infinity;
    for (let i = upperCeil; i < length; i++) upperAbove = Math.min(upperAbove, a[i] as number);
  }

  return [
    lowerBelow + (lowerAbove - lowerBelow) * (lower - lowerFloor),
    upperBelow + (upperAbove - upperBelow) * (upper - upperFloor),
  ];
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
