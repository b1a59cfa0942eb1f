// Variant weights as shares of traffic: weights are relative, as Istio's and KServe's
// percentages are (90 and 10 mean the same as 0.9 and 0.1): each share is its weight over
// the sum.

/**
 * The share of each weight: non-negative, adding up to 1. Weights that are all zero (which
 * the Deploy API refuses) split evenly.
 */
export function sharesOf(weights: readonly number[]): number[] {
  const kept = weights.map((w) => Math.max(0, w));
  const largest = Math.max(0, ...kept);
  if (!(largest > 0)) return weights.map(() => 1 / weights.length);
  // Weights near the largest double could add up to Infinity: then scale them down first.
  const sum = kept.reduce((s, w) => s + w, 0);
  const scaled = Number.isFinite(sum) ? kept : kept.map((w) => w / largest);
  const scaledSum = Number.isFinite(sum) ? sum : scaled.reduce((s, w) => s + w, 0);
  return scaled.map((w) => w / scaledSum);
}
