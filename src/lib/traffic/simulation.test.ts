import { describe, expect, it } from 'vitest';
import { irisDataset } from '../data/iris';
import type { DeploymentSpec } from './deployment-router';
import { Simulation, type Classifier, type SimulationSettings } from './simulation';
import { nearestCentroid } from './testing';

const data = irisDataset();
/** Variant 0 is the good model; variant 1 always answers setosa (about 33% right). */
const goodAndBroken: Classifier = (variant, features) =>
  variant === 0 ? nearestCentroid(features) : 0;
const nearest = nearestCentroid;

const settings: SimulationSettings = {
  seed: 42,
  population: { users: 500, noise: 0.1 },
  feedback_share: 0.5,
  feedback_delay: 20,
  latency_ms: 5,
  jitter_ms: 2,
};

function simulate(spec: DeploymentSpec, requests: number, classify = goodAndBroken, extra = {}) {
  const simulation = new Simulation(spec, { ...settings, ...extra }, data, classify);
  simulation.run(requests);
  return simulation;
}

describe('traffic simulation (fast-forward)', () => {
  const ab: DeploymentSpec = {
    name: 'ab',
    strategy: 'ab',
    sticky: true,
    variants: [
      { name: 'a', weight: 0.5 },
      { name: 'b', weight: 0.5 },
    ],
  };

  it('gives the same results for the same seed, and others for another', () => {
    const first = simulate(ab, 3000);
    const again = simulate(ab, 3000);
    expect(again.traffic.tallies).toEqual(first.traffic.tallies);
    const untimed = (s: Simulation) => s.traffic.points.map(({ elapsed_ms: _time, ...p }) => p);
    expect(untimed(again)).toEqual(untimed(first));
    const other = simulate(ab, 3000, goodAndBroken, { seed: 43 });
    expect(other.traffic.tallies).not.toEqual(first.traffic.tallies);
    const [a, b] = first.traffic.tallies;
    expect((a?.correct ?? 0) / (a?.labelled ?? 1)).toBeGreaterThan(0.8);
    expect((b?.correct ?? 0) / (b?.labelled ?? 1)).toBeLessThan(0.45);
  });

  const canary = (): DeploymentSpec => ({
    name: 'canary',
    strategy: 'canary',
    sticky: true,
    variants: [{ name: 'stable' }, { name: 'candidate' }],
    canary: {
      steps: [10, 25, 50, 100],
      labelled_per_step: 40,
      guardrails: { min_accuracy: 0.8, max_error_rate: 0.05 },
    },
  });

  it('rolls back a canary that answers badly, and promotes a good one', () => {
    const broken = simulate(canary(), 5000);
    expect(broken.router.canary?.status).toBe('rolled_back');
    expect(broken.decisions.at(-1)?.action).toBe('rollback');
    expect(broken.router.weights()).toEqual([1, 0]);

    const good = simulate(canary(), 20000, (_, features) => nearest(features));
    expect(good.router.canary?.status).toBe('promoted');
    expect(good.decisions.map((d) => d.action)).toEqual([
      'advance',
      'advance',
      'advance',
      'promote',
    ]);
  });

  it('rolls back a canary that fails requests, long before its labels are in', () => {
    const spec = canary();
    const failing = simulate(
      {
        ...spec,
        variants: [
          { name: 'stable' },
          { name: 'candidate', fault: { fail_rate: 0.3, delay_ms: 0 } },
        ],
      },
      5000,
      (_, features) => nearest(features),
    );
    expect(failing.decisions[0]).toMatchObject({ action: 'rollback' });
    expect(failing.decisions[0]?.reason).toMatch(/error rate/);
  });

  it('never changes an answer by shadowing: the primary sees exactly what it would alone', () => {
    const single: DeploymentSpec = {
      name: 's',
      strategy: 'single',
      sticky: false,
      variants: [{ name: 'primary' }, { name: 'shadow' }],
    };
    const alone = simulate(single, 3000);
    const shadowed = simulate({ ...single, strategy: 'shadow', shadow_sample_rate: 0.5 }, 3000);
    expect(shadowed.traffic.tallies[0]).toEqual(alone.traffic.tallies[0]);
    expect(shadowed.traffic.tallies[1]?.requests).toBe(0);
    expect(shadowed.shadow.compared).toBeGreaterThan(1300);
    expect(shadowed.shadow.compared).toBeLessThan(1700);
    // The shadow always says setosa: it agrees only on setosa answers.
    expect(shadowed.shadow.agreed / shadowed.shadow.compared).toBeLessThan(0.45);
  });

  it('tallies the shadow’s own accuracy on labelled copies, its failures and its latency', () => {
    const shadowed = simulate(
      {
        name: 's',
        strategy: 'shadow',
        sticky: false,
        variants: [
          { name: 'primary' },
          { name: 'shadow', fault: { fail_rate: 0.1, delay_ms: 30 } },
        ],
        shadow_sample_rate: 1,
      },
      3000,
    );
    const shadow = shadowed.shadow.summary();
    // Every request was copied; a tenth of the copies failed; the rest were compared.
    expect(shadow.mirrored).toBe(3000);
    expect(shadow.failed).toBeGreaterThan(200);
    expect(shadow.failed).toBeLessThan(400);
    expect(shadow.compared).toBe(shadow.mirrored - shadow.failed);
    // Half the answered requests get their label (less the last few, still on their way).
    expect(shadow.labelled).toBeGreaterThan(0.4 * shadow.compared);
    expect(shadow.labelled).toBeLessThan(0.6 * shadow.compared);
    // Always setosa: right on about a third, the primary on about nine in ten.
    expect(shadow.accuracy).toBeGreaterThan(0.25);
    expect(shadow.accuracy).toBeLessThan(0.42);
    const [primary] = shadowed.traffic.tallies;
    expect((primary?.correct ?? 0) / (primary?.labelled ?? 1)).toBeGreaterThan(0.8);
    expect(shadow.accuracy_interval?.[0]).toBeLessThan(shadow.accuracy ?? 0);
    // Its own time: the model's 5 ± 2 ms and its 30 ms of injected delay.
    expect(shadow.latency_p50_ms).toBeGreaterThan(32);
    expect(shadow.latency_p95_ms).toBeLessThanOrEqual(37);
    expect(shadow.latency_p95_ms).toBeGreaterThanOrEqual(shadow.latency_p50_ms);
  });

  it('lets a bandit move most traffic to the better variant', () => {
    const bandit = simulate(
      {
        name: 'b',
        strategy: 'bandit',
        sticky: false,
        variants: [{ name: 'good' }, { name: 'broken' }],
        bandit: { algorithm: 'thompson', epsilon: 0.1, min_share: 0.05 },
      },
      5000,
    );
    const [good] = bandit.router.weights();
    expect(good).toBeGreaterThan(0.8);
  });

  it('drifts a feature’s mean as requests go by', () => {
    const drifting = new Simulation(
      ab,
      { ...settings, population: { users: 10, noise: 0, drift: { feature: 2, cm_per_1000: 1 } } },
      data,
      goodAndBroken,
    );
    drifting.run(4000);
    // And the dashboard's drift alert goes off for that feature, only late and only for it.
    const points = drifting.traffic.points;
    expect(points[2]?.drift.some((d) => d.alert)).toBe(false);
    expect(points.at(-1)?.drift.map((d) => d.alert)).toEqual([false, false, true, false]);
    // Petal length moved by 4 cm: the good model's accuracy on late traffic falls.
    const [a] = drifting.traffic.tallies;
    expect((a?.correct ?? 0) / (a?.labelled ?? 1)).toBeLessThan(0.8);
  });
});
