import { describe, expect, it } from 'vitest';
import { seededRandom } from '../data/random';
import { assignVariant } from './assign';
import { Bandit, type BanditAlgorithm } from './bandit';
import { CanaryRollout, p95, type CanaryPlan } from './canary';

describe('assignment by weight', () => {
  it('keeps a user on one variant while the weights stay, and draws per request otherwise', () => {
    const random = seededRandom(1);
    const sticky = (userId: string) =>
      assignVariant({ weights: [0.5, 0.5], sticky: true, hashSeed: 'd', userId, random });
    for (let i = 0; i < 200; i++) expect(sticky(`u${i}`)).toBe(sticky(`u${i}`));
    const drawn = Array.from({ length: 2000 }, () =>
      assignVariant({ weights: [0.9, 0.1], sticky: false, hashSeed: 'd', random }),
    );
    const share = drawn.filter((v) => v === 1).length / drawn.length;
    expect(share).toBeGreaterThan(0.07);
    expect(share).toBeLessThan(0.13);
  });
});

describe('canary roll-out', () => {
  const plan: CanaryPlan = {
    steps: [10, 25, 50, 100],
    labelled_per_step: 50,
    guardrails: { min_accuracy: 0.9, max_error_rate: 0.05, max_p95_latency_ms: 200 },
  };

  /** Feeds `requests` canary requests, each labelled, right with probability `accuracy`. */
  function drive(rollout: CanaryRollout, requests: number, accuracy: number, failRate = 0) {
    const random = seededRandom(3);
    for (let i = 0; i < requests && rollout.status === 'progressing'; i++) {
      const failed = random() < failRate;
      rollout.observe({ kind: 'request', failed, latency_ms: 20 }, i);
      if (!failed) rollout.observe({ kind: 'label', correct: random() < accuracy }, i);
    }
  }

  it('advances step by step and promotes a healthy canary', () => {
    const rollout = new CanaryRollout(plan);
    expect(rollout.percent).toBe(10);
    drive(rollout, 1000, 0.99);
    expect(rollout.status).toBe('promoted');
    expect(rollout.percent).toBe(100);
    expect(rollout.decisions.map((d) => [d.action, d.from_percent, d.to_percent])).toEqual([
      ['advance', 10, 25],
      ['advance', 25, 50],
      ['advance', 50, 100],
      ['promote', 100, 100],
    ]);
  });

  it('rolls back a canary whose accuracy breaks the guardrail, saying why', () => {
    const rollout = new CanaryRollout(plan);
    drive(rollout, 1000, 0.6);
    expect(rollout.status).toBe('rolled_back');
    expect(rollout.percent).toBe(0);
    expect(rollout.decisions).toHaveLength(1);
    expect(rollout.decisions[0]?.reason).toMatch(/^accuracy \d+\.\d% < 90\.0%$/);
  });

  it('rolls back a failing canary early, before the step’s labels are in', () => {
    const rollout = new CanaryRollout(plan);
    drive(rollout, 1000, 0.99, 0.3);
    expect(rollout.status).toBe('rolled_back');
    expect(rollout.decisions[0]?.reason).toMatch(/error rate/);
    expect(rollout.decisions[0]?.at).toBeLessThan(40);
  });

  it('takes the 95th percentile latency as the nearest rank', () => {
    expect(p95(Array.from({ length: 100 }, (_, i) => i + 1))).toBe(95);
    expect(p95([])).toBe(0);
  });
});

describe('bandits', () => {
  const rates = [0.6, 0.75, 0.9];

  function run(algorithm: BanditAlgorithm, requests = 5000) {
    const random = seededRandom(9);
    const bandit = new Bandit(3, { algorithm, epsilon: 0.1, min_share: 0.02 }, random);
    let regret = 0;
    for (let i = 0; i < requests; i++) {
      const arm = bandit.choose();
      regret += Math.max(...rates) - (rates[arm] ?? 0);
      bandit.reward(arm, random() < (rates[arm] ?? 0));
    }
    return { shares: bandit.shares(), regret };
  }

  it.each(['epsilon_greedy', 'ucb1', 'thompson'] as const)(
    '%s puts most traffic on the best arm, and every arm keeps its minimum share',
    (algorithm) => {
      const { shares, regret } = run(algorithm);
      expect(shares[2]).toBeGreaterThan(0.6);
      for (const share of shares) expect(share).toBeGreaterThan(0.02 * 0.5);
      // Far below a 1/3 split's regret (0.15 per request).
      expect(regret / 5000).toBeLessThan(0.1);
    },
  );

  it('reproduces from a seed', () => {
    expect(run('thompson', 500)).toEqual(run('thompson', 500));
  });
});
