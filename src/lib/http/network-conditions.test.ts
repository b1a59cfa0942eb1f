import { describe, expect, it } from 'vitest';
import { seededRandom } from '../data/random';
import { NO_CONDITIONS, planRequest, routeKey, type NetworkConditions } from './network-conditions';

const predict = routeKey('post', '/api/models/{name}/predict');
const on: NetworkConditions = {
  ...NO_CONDITIONS,
  enabled: true,
  latency_ms: 200,
  jitter_ms: 50,
  error_rate: 0.3,
  seed: 7,
};

describe('planRequest', () => {
  it('does nothing when off or for other endpoints', () => {
    expect(planRequest(NO_CONDITIONS, predict, seededRandom(1))).toEqual({
      delayMs: 0,
      failWith: null,
    });
    const onlyHealth = { ...on, endpoints: ['GET /api/health'] };
    expect(planRequest(onlyHealth, predict, seededRandom(1))).toEqual({
      delayMs: 0,
      failWith: null,
    });
  });

  it('keeps delays within latency ± jitter and fails about the error rate, reproducibly', () => {
    const random = seededRandom(on.seed);
    const plans = Array.from({ length: 10_000 }, () => planRequest(on, predict, random));
    expect(plans.every((p) => p.delayMs >= 150 && p.delayMs <= 250)).toBe(true);
    const failures = plans.filter((p) => p.failWith === 503).length;
    // Binomial(10000, 0.3): sd ≈ 46, so ±5 sd.
    expect(Math.abs(failures - 3000)).toBeLessThan(230);
    const again = seededRandom(on.seed);
    expect(Array.from({ length: 10_000 }, () => planRequest(on, predict, again))).toEqual(plans);
  });
});
