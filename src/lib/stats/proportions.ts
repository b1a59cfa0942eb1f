// Statistics of an online test on a success rate (accuracy from feedback, conversion):
// Wilson intervals, the two-proportion z-test, the difference with its interval, the
// sample-ratio-mismatch check, and the power / minimum-detectable-effect calculator.
// Distributions come from stdlib.
import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

export interface Tally {
  successes: number;
  trials: number;
}

/** z for a two-sided interval at `confidence` (1.96 at 0.95). */
export function zFor(confidence: number): number {
  return normalQuantile(1 - (1 - confidence) / 2, 0, 1);
}

const rate = ({ successes, trials }: Tally) => (trials > 0 ? successes / trials : Number.NaN);

/** Wilson score interval of a proportion: sensible at 0 or n successes and small n. */
export function wilsonInterval({ successes, trials }: Tally, confidence = 0.95): [number, number] {
  if (trials === 0) return [0, 1];
  const z = zFor(confidence);
  const p = successes / trials;
  const z2n = (z * z) / trials;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2n / (4 * trials))) / (1 + z2n);
  // At 0 or n successes the bound is exactly 0 or 1; rounding would leave 0.9999999999999999.
  return [
    successes === 0 ? 0 : Math.max(0, centre - half),
    successes === trials ? 1 : Math.min(1, centre + half),
  ];
}

export interface Comparison {
  /** B's rate minus A's. */
  difference: number;
  /** Unpooled (Wald) interval of the difference. */
  interval: [number, number];
  /** Pooled two-proportion z statistic, and its two-sided p-value. */
  z: number;
  p_value: number;
}

/** B against A: the difference of rates with its interval, and the two-proportion z-test. */
export function compareProportions(a: Tally, b: Tally, confidence = 0.95): Comparison {
  const [pa, pb] = [rate(a), rate(b)];
  const difference = pb - pa;
  const se = Math.sqrt((pa * (1 - pa)) / a.trials + (pb * (1 - pb)) / b.trials);
  const half = zFor(confidence) * se;
  const pooled = (a.successes + b.successes) / (a.trials + b.trials);
  const pooledSe = Math.sqrt(pooled * (1 - pooled) * (1 / a.trials + 1 / b.trials));
  const z = pooledSe > 0 ? difference / pooledSe : 0;
  return {
    difference,
    interval: [difference - half, difference + half],
    z,
    p_value: 2 * (1 - normalCdf(Math.abs(z), 0, 1)),
  };
}

/** The p-value below which a sample ratio mismatch is reported (GrowthBook's default). */
export const SRM_THRESHOLD = 0.001;

/**
 * Sample ratio mismatch: Pearson's chi-square test of the observed counts per variant
 * against the shares the weights promise. A tiny p-value means the split is broken (a
 * bug, a bot, a crash in one arm), and no comparison of the arms can be trusted.
 */
export function sampleRatioMismatch(
  counts: readonly number[],
  weights: readonly number[],
): { chi_square: number; p_value: number; mismatch: boolean } {
  const total = counts.reduce((s, c) => s + c, 0);
  const weightSum = weights.reduce((s, w) => s + w, 0);
  let chiSquare = 0;
  counts.forEach((count, i) => {
    const expected = (total * (weights[i] ?? 0)) / weightSum;
    if (expected > 0) chiSquare += (count - expected) ** 2 / expected;
  });
  const pValue = total > 0 ? 1 - chisquareCdf(chiSquare, counts.length - 1) : 1;
  return { chi_square: chiSquare, p_value: pValue, mismatch: pValue < SRM_THRESHOLD };
}

/**
 * Users needed per arm to detect a change of the rate from `baseline` by `effect`
 * (absolute) with a two-sided test at `alpha` and the given power.
 */
export function sampleSizePerArm(
  baseline: number,
  effect: number,
  alpha = 0.05,
  power = 0.8,
): number {
  const p1 = baseline;
  const p2 = baseline + effect;
  const mean = (p1 + p2) / 2;
  const numerator =
    zFor(1 - alpha) * Math.sqrt(2 * mean * (1 - mean)) +
    normalQuantile(power, 0, 1) * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  return Math.ceil((numerator / effect) ** 2);
}

/** The smallest absolute lift detectable with `perArm` users per arm (bisection on sampleSizePerArm). */
export function minimumDetectableEffect(
  baseline: number,
  perArm: number,
  alpha = 0.05,
  power = 0.8,
): number {
  let low = 1e-6;
  let high = 1 - baseline - 1e-9;
  if (sampleSizePerArm(baseline, high, alpha, power) > perArm) return Number.NaN;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (sampleSizePerArm(baseline, mid, alpha, power) > perArm) low = mid;
    else high = mid;
  }
  return high;
}
