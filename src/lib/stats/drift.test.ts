import { describe, expect, it } from 'vitest';
import { seededRandom } from '../data/random';
import { ksCriticalValue, ksStatistic, populationStabilityIndex, PSI_ALERT } from './drift';

describe('drift', () => {
  it('computes the KS statistic by hand-checked cases', () => {
    expect(ksStatistic([1, 2, 3, 4], [3, 4, 5, 6])).toBe(0.5);
    expect(ksStatistic([1, 2, 3], [1, 2, 3])).toBe(0);
    expect(ksStatistic([1, 2], [3, 4])).toBe(1);
    // c(0.05) = 1.3581: the textbook constant.
    expect(ksCriticalValue(100, 100)).toBeCloseTo(1.3581 * Math.sqrt(200 / 10000), 4);
  });

  it('sees no drift between samples of one distribution, and a shift of the mean', () => {
    const random = seededRandom(3);
    const normal = (shift: number) =>
      Array.from({ length: 2000 }, () => {
        const u = Math.max(random(), 1e-12);
        return shift + Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
      });
    const reference = normal(0);
    const same = normal(0);
    const shifted = normal(0.8);
    expect(populationStabilityIndex(reference, same)).toBeLessThan(0.05);
    expect(populationStabilityIndex(reference, shifted)).toBeGreaterThan(PSI_ALERT);
    expect(ksStatistic(reference, same)).toBeLessThan(ksCriticalValue(2000, 2000));
    expect(ksStatistic(reference, shifted)).toBeGreaterThan(ksCriticalValue(2000, 2000));
  });
});
