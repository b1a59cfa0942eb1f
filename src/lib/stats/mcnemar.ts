// McNemar's exact test: do two classifiers err on the same rows more often one way than
// the other? Only the disagreements count: b rows only A got right, c rows only B got
// right; under the null each is a fair coin flip, so the p-value is binomial.
import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';

export interface McNemarResult {
  /** Rows A classified correctly and B did not. */
  readonly only_a: number;
  /** Rows B classified correctly and A did not. */
  readonly only_b: number;
  /** Two-sided exact p-value. */
  readonly p_value: number;
}

export function mcnemarExact(
  truth: readonly number[],
  predictedA: readonly number[],
  predictedB: readonly number[],
): McNemarResult {
  let onlyA = 0;
  let onlyB = 0;
  truth.forEach((label, i) => {
    const a = predictedA[i] === label;
    const b = predictedB[i] === label;
    if (a && !b) onlyA++;
    if (b && !a) onlyB++;
  });
  const n = onlyA + onlyB;
  const p = n === 0 ? 1 : Math.min(1, 2 * binomialCdf(Math.min(onlyA, onlyB), n, 0.5));
  return { only_a: onlyA, only_b: onlyB, p_value: p };
}
