import { describe, expect, it } from 'vitest';
import { binomialInterval } from './testing';
import { bucketOf, bucketRanges, chooseVariant, fnv1a32 } from './hashing';

describe('FNV-1a 32-bit', () => {
  it('matches the reference values of the FNV test suite', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });
});

describe('GrowthBook hashing', () => {
  // The `hash` cases of growthbook/packages/sdk-js/test/cases.json: [seed, value, version, expected].
  const published: [string, string, 1 | 2, number][] = [
    ['', 'a', 1, 0.22],
    ['', 'b', 1, 0.077],
    ['b', 'a', 1, 0.946],
    ['ef', 'd', 1, 0.652],
    ['asdf', '8952klfjas09ujk', 1, 0.549],
    ['', '123', 1, 0.011],
    ['', '___)((*":&', 1, 0.563],
    ['seed', 'a', 2, 0.0505],
    ['seed', 'b', 2, 0.2696],
    ['foo', 'ab', 2, 0.2575],
    ['foo', 'def', 2, 0.2019],
    ['89123klj', '8952klfjas09ujkasdf', 2, 0.124],
    ['90850943850283058242805', '123', 2, 0.7516],
    ['()**(%$##$%#$#', '___)((*":&', 2, 0.0128],
  ];
  it.each(published)('hash(%j, %j, v%i) = %f', (seed, value, version, expected) => {
    expect(bucketOf(seed, value, version)).toBe(expected);
  });

  it('lays bucket ranges out as the published getBucketRange cases', () => {
    expect(bucketRanges(2)).toEqual([
      [0, 0.5],
      [0.5, 1],
    ]);
    expect(bucketRanges(2, 0.5)).toEqual([
      [0, 0.25],
      [0.5, 0.75],
    ]);
    expect(bucketRanges(2, 0)).toEqual([
      [0, 0],
      [0.5, 0.5],
    ]);
    expect(bucketRanges(4)).toEqual([
      [0, 0.25],
      [0.25, 0.5],
      [0.5, 0.75],
      [0.75, 1],
    ]);
    expect(bucketRanges(2, 1, [0.4, 0.6])).toEqual([
      [0, 0.4],
      [0.4, 1],
    ]);
    const [a, b, c] = bucketRanges(3, 0.2, [0.2, 0.3, 0.5]);
    expect(a?.[1]).toBeCloseTo(0.04, 12);
    expect(b?.[0]).toBeCloseTo(0.2, 12);
    expect(c).toEqual([0.5, 0.6]);
    expect(bucketRanges(2, -0.2)).toEqual([
      [0, 0],
      [0.5, 0.5],
    ]);
    expect(bucketRanges(2, 1.5)).toEqual([
      [0, 0.5],
      [0.5, 1],
    ]);
    // Weights that do not add up, or of the wrong count: equal shares.
    expect(bucketRanges(2, 1, [0.4, 0.1])).toEqual([
      [0, 0.5],
      [0.5, 1],
    ]);
    expect(bucketRanges(3, 1, [0.5, 0.5])).toEqual(bucketRanges(3));
  });

  it('chooses the variant whose range holds the bucket, or none', () => {
    const ranges = bucketRanges(3, 1, [0.2, 0.3, 0.5]);
    expect([0, 0.19, 0.2, 0.49, 0.5, 0.99].map((b) => chooseVariant(b, ranges))).toEqual([
      0, 0, 1, 1, 2, 2,
    ]);
    expect(chooseVariant(0.3, bucketRanges(2, 0.5))).toBe(-1);
  });

  it('splits 100,000 users within binomial bounds, and always sends a user to the same variant', () => {
    const weights = [0.1, 0.3, 0.6];
    const ranges = bucketRanges(3, 1, weights);
    const counts = [0, 0, 0];
    const users = 100_000;
    for (let i = 0; i < users; i++) {
      const variant = chooseVariant(bucketOf('deployment-a', `user-${i}`), ranges);
      counts[variant] = (counts[variant] ?? 0) + 1;
    }
    weights.forEach((weight, v) => {
      const [low, high] = binomialInterval(users, weight, 1e-6);
      expect(counts[v]).toBeGreaterThanOrEqual(low);
      expect(counts[v]).toBeLessThanOrEqual(high);
    });
    for (let i = 0; i < 1000; i++) {
      const user = `user-${i * 7}`;
      expect(chooseVariant(bucketOf('deployment-a', user), ranges)).toBe(
        chooseVariant(bucketOf('deployment-a', user), ranges),
      );
    }
    // Another seed (deployment) reshuffles users independently.
    const moved = Array.from({ length: 1000 }, (_, i) => `user-${i}`).filter(
      (user) => bucketOf('a', user) !== bucketOf('b', user),
    );
    expect(moved.length).toBeGreaterThan(990);
  });
});
