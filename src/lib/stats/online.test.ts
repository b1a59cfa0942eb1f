// Online-test statistics against reference values computed independently (Python's math
// module: erfc for the normal and chi-square tails, random.betavariate for Monte Carlo;
// Evan Miller's sample-size calculator; textbook Wilson intervals).
import { describe, expect, it } from 'vitest';
import { probabilityBBeatsA } from './bayes';
import { simulatePeeking } from './peeking';
import {
  compareProportions,
  minimumDetectableEffect,
  sampleRatioMismatch,
  sampleSizePerArm,
  wilsonInterval,
} from './proportions';
import { mixtureLikelihoodRatio, SequentialTest } from './sequential';

describe('proportions', () => {
  it('gives Wilson intervals as the textbook does', () => {
    const [low, high] = wilsonInterval({ successes: 0, trials: 10 });
    expect(low).toBe(0);
    expect(high).toBeCloseTo(0.27753, 4);
    const [l5, h5] = wilsonInterval({ successes: 5, trials: 10 });
    expect(l5).toBeCloseTo(0.2366, 4);
    expect(h5).toBeCloseTo(0.7634, 4);
    expect(wilsonInterval({ successes: 0, trials: 0 })).toEqual([0, 1]);
    const [l10, h10] = wilsonInterval({ successes: 10, trials: 10 });
    expect(l10).toBeCloseTo(1 - 0.27753, 4);
    expect(h10).toBe(1);
  });

  it('runs the two-proportion z-test: 200/1000 against 250/1000', () => {
    const result = compareProportions(
      { successes: 200, trials: 1000 },
      { successes: 250, trials: 1000 },
    );
    expect(result.z).toBeCloseTo(2.677397763008329, 10);
    expect(result.p_value).toBeCloseTo(0.007419649261025693, 10);
    expect(result.difference).toBeCloseTo(0.05, 12);
    const half = 1.959963984540054 * Math.sqrt((0.2 * 0.8 + 0.25 * 0.75) / 1000);
    expect(result.interval[0]).toBeCloseTo(0.05 - half, 12);
  });

  it('flags a sample ratio mismatch only below p = 0.001', () => {
    const two = sampleRatioMismatch([5100, 4900], [0.5, 0.5]);
    expect(two.chi_square).toBeCloseTo(4, 12);
    expect(two.p_value).toBeCloseTo(0.045500263896358396, 10);
    expect(two.mismatch).toBe(false);
    const three = sampleRatioMismatch([3400, 3300, 3300], [1, 1, 1]);
    expect(three.p_value).toBeCloseTo(0.36787944117144233, 10);
    expect(sampleRatioMismatch([5300, 4700], [0.5, 0.5]).mismatch).toBe(true);
  });

  it('sizes a test as Evan Miller’s calculator does, and inverts it', () => {
    expect(sampleSizePerArm(0.1, 0.02)).toBe(3841);
    const mde = minimumDetectableEffect(0.1, 3841);
    expect(mde).toBeGreaterThan(0.0199);
    expect(mde).toBeLessThanOrEqual(0.02);
  });
});

describe('Bayesian probability that B beats A', () => {
  it('matches a Monte Carlo estimate (400,000 draws: 0.9476)', () => {
    const p = probabilityBBeatsA({ successes: 20, trials: 100 }, { successes: 30, trials: 100 });
    expect(p).toBeCloseTo(0.9476, 2);
    expect(
      probabilityBBeatsA({ successes: 30, trials: 100 }, { successes: 30, trials: 100 }),
    ).toBeCloseTo(0.5, 10);
  });
});

describe('sequential testing', () => {
  it('grows evidence with a real effect, and its p-value never rises', () => {
    expect(mixtureLikelihoodRatio({ successes: 0, trials: 0 }, { successes: 0, trials: 0 })).toBe(
      1,
    );
    const test = new SequentialTest();
    let previous = 1;
    for (let n = 100; n <= 5000; n += 100) {
      const p = test.look(
        { successes: Math.round(0.2 * n), trials: n },
        { successes: Math.round(0.26 * n), trials: n },
      );
      expect(p).toBeLessThanOrEqual(previous);
      previous = p;
    }
    expect(previous).toBeLessThan(0.001);
  });

  it('keeps false positives at alpha when peeking, where a z-test’s inflate', () => {
    const outcome = simulatePeeking({
      experiments: 400,
      usersPerArm: 2000,
      looks: 20,
      rate: 0.3,
      alpha: 0.05,
      seed: 11,
    });
    expect(outcome.naive_peeking).toBeGreaterThan(0.12);
    expect(outcome.sequential).toBeLessThanOrEqual(0.05);
    expect(outcome.single_look).toBeLessThan(0.09);
  });
});
