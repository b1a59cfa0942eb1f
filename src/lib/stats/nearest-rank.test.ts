import { describe, expect, it } from 'vitest';
import { nearestRank, percentileOf } from './nearest-rank';

describe('percentiles by nearest rank', () => {
  it('answers the ⌈q·n⌉-th smallest value, one of the values, and 0 for none', () => {
    const oneToTwenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(nearestRank(oneToTwenty, 0.95)).toBe(19);
    expect(nearestRank(oneToTwenty, 0.5)).toBe(10);
    expect(nearestRank(oneToTwenty, 0)).toBe(1);
    expect(nearestRank(oneToTwenty, 1)).toBe(20);
    expect(percentileOf([30, 10, 20], 0.5)).toBe(20);
    expect(percentileOf([4, 1, 3, 2], 0.5)).toBe(2);
    expect(percentileOf([], 0.95)).toBe(0);
  });
});
