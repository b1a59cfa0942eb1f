// Test helpers for traffic: the central (1 − alpha) range of a binomial count, from the
// binomial distribution itself (stdlib), to check split shares against; and a small real
// iris classifier for simulations to serve.
import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';
import { irisDataset } from '../data/iris';

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

const data = irisDataset();
const centroids = Array.from({ length: Math.max(...data.labels) + 1 }, (_, c) => {
  const rows = data.features.filter((_, i) => data.labels[i] === c);
  return (rows[0] ?? []).map((_, j) => rows.reduce((s, r) => s + (r[j] ?? 0), 0) / rows.length);
});

/** Nearest class centroid: a real, deterministic iris classifier (about 90% right). */
export function nearestCentroid(features: readonly number[]): number {
  const distance = (centre: number[]) =>
    centre.reduce((s, v, j) => s + (v - (features[j] ?? 0)) ** 2, 0);
  let best = 0;
  centroids.forEach((centre, c) => {
    if (distance(centre) < distance(centroids[best] ?? [])) best = c;
  });
  return best;
}
