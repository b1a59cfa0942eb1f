// Test helpers for traffic splitting: the central (1 − alpha) range of a binomial count,
// from the binomial distribution itself (stdlib), to check split shares against.
import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';

/** The smallest count k with P(X ≤ k) ≥ p, X ~ Binomial(n, share). */
function quantile(n: number, share: number, p: number): number {
  let low = 0;
  let high = n;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (binomialCdf(mid, n, share) >= p) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Counts outside [low, high] happen with probability at most alpha. */
export function binomialInterval(n: number, share: number, alpha: number): [number, number] {
  return [quantile(n, share, alpha / 2), quantile(n, share, 1 - alpha / 2)];
}
