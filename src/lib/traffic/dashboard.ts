// The live dashboard's numbers, from a simulation's timeline: traffic share, throughput,
// accuracy with Wilson 95% bands, latency, error rate, a bandit's cumulative regret, the
// first two variants' naive and always-valid p-values look by look (what peeking does to
// each), feature drift, and the sample-ratio-mismatch check on the latest counts.
import { compareProportions, sampleRatioMismatch, wilsonInterval } from '../stats/proportions';
import { SequentialTest } from '../stats/sequential';
import type { FeatureDrift } from './drift-window';
import type { TimelinePoint } from './traffic-run';

export interface XY {
  x: number;
  y: number;
}

export interface Dashboard {
  share: XY[][];
  throughput: XY[];
  accuracy: { value: XY[]; low: XY[]; high: XY[] }[];
  latencyP50: XY[][];
  latencyP95: XY[][];
  errorRate: XY[][];
  /** A bandit's cumulative regret, with each variant's accuracy over the whole run. */
  regret: XY[];
  pValues: { naive: XY[]; sequential: XY[] } | null;
  /** PSI per feature over time. */
  psi: XY[][];
  drift: FeatureDrift[];
  srm: { p_value: number; mismatch: boolean; counts: number[]; unit: 'users' | 'requests' } | null;
}

const perVariant = <T>(points: readonly TimelinePoint[], make: () => T): T[] =>
  (points[0]?.requests ?? []).map(make);

/** Each variant's accuracy over the whole run so far; null until every variant has a label. */
export function hindsightAccuracy(
  point: Pick<TimelinePoint, 'labelled' | 'correct'> | undefined,
): number[] | null {
  if (!point || point.labelled.some((n) => n === 0)) return null;
  return point.labelled.map((n, v) => (point.correct[v] ?? 0) / n);
}

/**
 * Cumulative regret at each point: the running sum over requests of the best variant's
 * accuracy minus the accuracy of the variant that served the request. With the accuracies
 * fixed (known in hindsight, or true), it never decreases, and stays 0 for a router that
 * always chose the best.
 */
export function cumulativeRegret(
  points: readonly Pick<TimelinePoint, 'at' | 'requests'>[],
  accuracy: readonly number[],
): XY[] {
  const best = Math.max(...accuracy);
  return points.map((point) => ({
    x: point.at,
    y: point.requests.reduce((sum, n, v) => sum + n * (best - (accuracy[v] ?? best)), 0),
  }));
}

export function dashboardOf(
  points: readonly TimelinePoint[],
  options: {
    /** Fixed split weights to check the counts against (A/B), or null. */
    weights: readonly number[] | null;
    /** Sticky splits are checked on users, per-request ones on requests. */
    sticky: boolean;
  },
): Dashboard {
  const share = perVariant(points, () => [] as XY[]);
  const accuracy = perVariant(points, () => ({
    value: [] as XY[],
    low: [] as XY[],
    high: [] as XY[],
  }));
  const latencyP50 = perVariant(points, () => [] as XY[]);
  const latencyP95 = perVariant(points, () => [] as XY[]);
  const errorRate = perVariant(points, () => [] as XY[]);
  const psi = (points.at(-1)?.drift ?? []).map(() => [] as XY[]);
  const throughput: XY[] = [];
  const twoArms = (points[0]?.requests.length ?? 0) >= 2;
  const pValues = twoArms ? { naive: [] as XY[], sequential: [] as XY[] } : null;
  const sequential = new SequentialTest();
  let previous: TimelinePoint | undefined;
  for (const point of points) {
    const x = point.at;
    point.requests.forEach((requests, v) => {
      share[v]?.push({ x, y: point.shares[v] ?? 0 });
      const newRequests = requests - (previous?.requests[v] ?? 0);
      // A variant that served nothing in the window (a shadow, a rolled-back canary) has no latency.
      if (newRequests > 0) {
        latencyP50[v]?.push({ x, y: point.latency_p50_ms[v] ?? 0 });
        latencyP95[v]?.push({ x, y: point.latency_p95_ms[v] ?? 0 });
        const newErrors = (point.errors[v] ?? 0) - (previous?.errors[v] ?? 0);
        errorRate[v]?.push({ x, y: newErrors / newRequests });
      }
      const tally = { successes: point.correct[v] ?? 0, trials: point.labelled[v] ?? 0 };
      if (tally.trials > 0) {
        const [low, high] = wilsonInterval(tally);
        accuracy[v]?.value.push({ x, y: tally.successes / tally.trials });
        accuracy[v]?.low.push({ x, y: low });
        accuracy[v]?.high.push({ x, y: high });
      }
    });
    point.drift.forEach((d, j) => psi[j]?.push({ x, y: d.psi }));
    if (previous && point.elapsed_ms > previous.elapsed_ms) {
      throughput.push({
        x,
        y: ((point.at - previous.at) * 1000) / (point.elapsed_ms - previous.elapsed_ms),
      });
    }
    const [a, b] = [0, 1].map((v) => ({
      successes: point.correct[v] ?? 0,
      trials: point.labelled[v] ?? 0,
    }));
    if (pValues && a && b && a.trials > 0 && b.trials > 0) {
      pValues.naive.push({ x, y: compareProportions(a, b).p_value });
      pValues.sequential.push({ x, y: sequential.look(a, b) });
    }
    previous = point;
  }
  const last = points.at(-1);
  const hindsight = hindsightAccuracy(last);
  let srm: Dashboard['srm'] = null;
  if (last && options.weights) {
    const counts = options.sticky ? last.users : last.requests;
    const check = sampleRatioMismatch(counts, options.weights);
    srm = {
      p_value: check.p_value,
      mismatch: check.mismatch,
      counts,
      unit: options.sticky ? 'users' : 'requests',
    };
  }
  return {
    share,
    throughput,
    accuracy,
    latencyP50,
    latencyP95,
    errorRate,
    regret: hindsight ? cumulativeRegret(points, hindsight) : [],
    pValues,
    psi,
    drift: last?.drift ?? [],
    srm,
  };
}
