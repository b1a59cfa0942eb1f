// Feature drift between the training data and live traffic: the population stability
// index over the training data's deciles, and the two-sample Kolmogorov-Smirnov statistic
// with its critical value, each with the usual alert threshold.

/** PSI above this is a significant shift (the usual rule: < 0.1 none, 0.1-0.25 some). */
export const PSI_ALERT = 0.25;
const EMPTY_SHARE = 1e-4;

/** Bin edges at the reference's quantiles (deciles by default), inner edges only. */
function quantileEdges(reference: readonly number[], bins: number): number[] {
  const sorted = Float64Array.from(reference).sort();
  return Array.from({ length: bins - 1 }, (_, i) => {
    const position = ((i + 1) / bins) * (sorted.length - 1);
    return sorted[Math.round(position)] ?? 0;
  });
}

function shares(values: readonly number[], edges: readonly number[]): number[] {
  const counts = Array.from({ length: edges.length + 1 }, () => 0);
  for (const value of values) {
    let bin = 0;
    while (bin < edges.length && value > (edges[bin] ?? Infinity)) bin++;
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return counts.map((c) => Math.max(EMPTY_SHARE, c / Math.max(1, values.length)));
}

/** Population stability index of `current` against `reference`. */
export function populationStabilityIndex(
  reference: readonly number[],
  current: readonly number[],
  bins = 10,
): number {
  const edges = quantileEdges(reference, bins);
  const expected = shares(reference, edges);
  const actual = shares(current, edges);
  return actual.reduce((sum, a, i) => {
    const e = expected[i] ?? EMPTY_SHARE;
    return sum + (a - e) * Math.log(a / e);
  }, 0);
}

/** The largest gap between the two samples' empirical distribution functions. */
export function ksStatistic(a: readonly number[], b: readonly number[]): number {
  const x = Float64Array.from(a).sort();
  const y = Float64Array.from(b).sort();
  let i = 0;
  let j = 0;
  let gap = 0;
  while (i < x.length && j < y.length) {
    const value = Math.min(x[i] ?? Infinity, y[j] ?? Infinity);
    while (i < x.length && x[i] === value) i++;
    while (j < y.length && y[j] === value) j++;
    gap = Math.max(gap, Math.abs(i / x.length - j / y.length));
  }
  return gap;
}

/** The statistic above which the samples differ at level alpha (large-sample formula). */
export function ksCriticalValue(n: number, m: number, alpha = 0.05): number {
  return Math.sqrt(-Math.log(alpha / 2) / 2) * Math.sqrt((n + m) / (n * m));
}
