import { describe, expect, it } from 'vitest';
import { irisDataset } from '../data/iris';
import { seededRandom } from '../data/random';
import { cumulativeRegret, dashboardOf, hindsightAccuracy, type XY } from './dashboard';
import type { DeploymentSpec } from './deployment-router';
import { Population } from './population';
import { Simulation } from './simulation';
import { nearestCentroid } from './testing';

const data = irisDataset();
const settings = {
  seed: 9,
  population: { users: 2000, noise: 0.1 },
  feedback_share: 0.5,
  feedback_delay: 20,
  latency_ms: 5,
  jitter_ms: 2,
};

function run(spec: DeploymentSpec, requests: number, classify = nearestCentroid) {
  const simulation = new Simulation(spec, settings, data, (_, f) => classify(f));
  simulation.run(requests);
  return simulation.traffic.points;
}

const ab = (weights: [number, number]): DeploymentSpec => ({
  name: 'ab',
  strategy: 'ab',
  sticky: true,
  variants: [
    { name: 'a', weight: weights[0] },
    { name: 'b', weight: weights[1] },
  ],
});

describe('the live dashboard’s numbers', () => {
  it('checks a sticky split on users, and raises the SRM alert only for a broken one', () => {
    const points = run(ab([0.5, 0.5]), 8000);
    const fair = dashboardOf(points, { weights: [0.5, 0.5], sticky: true });
    expect(fair.srm).toMatchObject({ unit: 'users', mismatch: false });
    expect(fair.srm?.counts.reduce((s, c) => s + c, 0)).toBeGreaterThan(1900);
    // The split serves 60/40 while the experiment promises 50/50: a sample ratio mismatch.
    const broken = dashboardOf(run(ab([0.6, 0.4]), 8000), { weights: [0.5, 0.5], sticky: true });
    expect(broken.srm?.mismatch).toBe(true);
    expect(broken.srm?.p_value).toBeLessThan(0.001);
  });

  it('draws shares, accuracy inside its band, error rates and throughput per point', () => {
    const points = run(ab([0.5, 0.5]), 4000);
    const board = dashboardOf(points, { weights: null, sticky: true });
    expect(board.srm).toBeNull();
    expect(board.share[0]).toHaveLength(points.length);
    for (const [v, series] of board.accuracy.entries()) {
      series.value.forEach((p, i) => {
        expect(series.low[i]?.y).toBeLessThanOrEqual(p.y);
        expect(series.high[i]?.y).toBeGreaterThanOrEqual(p.y);
      });
      expect(series.value.at(-1)?.y).toBeGreaterThan(0.8);
      expect(board.errorRate[v]?.every((p) => p.y === 0)).toBe(true);
    }
    expect(board.throughput.length).toBeGreaterThan(0);
    // Every look: the always-valid p-value is never below the naive one's floor of evidence.
    const { naive, sequential } = board.pValues ?? { naive: [], sequential: [] };
    expect(sequential.length).toBe(naive.length);
    sequential.forEach(
      (p, i) => i > 0 && expect(p.y).toBeLessThanOrEqual(sequential[i - 1]?.y ?? 1),
    );
  });

  it('counts a bandit’s regret against its best arm: far below a 50/50 split’s', () => {
    const points = banditPoints(6000);
    const regret = dashboardOf(points, { weights: null, sticky: false }).regret;
    expect(regret.length).toBeGreaterThan(50);
    const half = Math.floor(regret.length / 2);
    expect(regret.at(-1)?.y).toBeGreaterThan(0);
    // A 50/50 split would lose half the requests times the gap between the arms.
    const last = points.at(-1);
    const [good, bad] = [0, 1].map((v) => (last?.correct[v] ?? 0) / (last?.labelled[v] ?? 1));
    const splitRegret = (6000 / 2) * ((good ?? 0) - (bad ?? 0));
    expect(regret.at(-1)?.y).toBeLessThan(splitRegret / 4);
    // Late on, it loses little more than its minimum share (5%) on the worse arm costs.
    const lateSlope =
      ((regret.at(-1)?.y ?? 0) - (regret[half]?.y ?? 0)) /
      ((regret.at(-1)?.x ?? 0) - (regret[half]?.x ?? 0));
    expect(lateSlope).toBeLessThan(0.1 * ((good ?? 0) - (bad ?? 0)));
  });

  it('counts cumulative regret that never goes down, and stays 0 when the best always serves', () => {
    const nonDecreasing = (series: XY[]) =>
      series.forEach((p, i) => i > 0 && expect(p.y).toBeGreaterThanOrEqual(series[i - 1]?.y ?? 0));
    // In hindsight: each arm's accuracy over the whole run.
    const points = banditPoints(3000);
    const regret = dashboardOf(points, { weights: null, sticky: false }).regret;
    expect(regret).toHaveLength(points.length);
    nonDecreasing(regret);
    expect(regret.at(-1)?.y).toBeGreaterThan(regret[0]?.y ?? Infinity);
    // With the arms' true accuracy on the population, the same holds.
    const truth = [nearestCentroid, () => 0].map((classify) => populationAccuracy(classify));
    expect(truth[0]).toBeGreaterThan(0.85);
    expect(truth[1]).toBeLessThan(0.4);
    nonDecreasing(cumulativeRegret(points, truth));
    // A router that always sends the good arm: nothing to regret.
    const best = run(ab([1, 0]), 2000);
    expect(hindsightAccuracy(best.at(-1))).toBeNull();
    expect(cumulativeRegret(best, truth).every((p) => p.y === 0)).toBe(true);
    // A 50/50 split loses the gap on half of the requests.
    const split = cumulativeRegret([{ at: 100, requests: [50, 50] }], [0.9, 0.3]);
    expect(split[0]?.y).toBeCloseTo(30, 12);
  });
});

/** A Thompson-sampling bandit between a good arm and one that always says setosa. */
function banditPoints(requests: number) {
  const bandit = new Simulation(
    {
      name: 'b',
      strategy: 'bandit',
      sticky: false,
      variants: [{ name: 'good' }, { name: 'setosa-only' }],
      bandit: { algorithm: 'thompson', epsilon: 0.1, min_share: 0.05 },
    },
    settings,
    data,
    (variant, f) => (variant === 0 ? nearestCentroid(f) : 0),
  );
  bandit.run(requests);
  return bandit.traffic.points;
}

/** A classifier's true accuracy on the simulated population (20,000 requests). */
function populationAccuracy(classify: (features: readonly number[]) => number): number {
  const population = new Population(data, settings.population, seededRandom(5));
  let right = 0;
  for (let i = 0; i < 20_000; i++) {
    const request = population.request(i);
    if (classify(request.features) === request.label) right++;
  }
  return right / 20_000;
}
