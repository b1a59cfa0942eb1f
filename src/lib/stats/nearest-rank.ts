// Percentiles by nearest rank, as latency dashboards report them: the q-quantile of n
// values is the ⌈q·n⌉-th smallest, always one of the values; 0 when there are none.

/** The q-quantile of values already sorted ascending. */
export function nearestRank(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

/** The q-quantile of unsorted values (a sorted copy is made). */
export function percentileOf(values: readonly number[], q: number): number {
  return nearestRank(Float64Array.from(values).sort(), q);
}
