// Feature drift of recent traffic: the last N requests' features, kept per feature in a
// ring, measured against the training data by PSI and the two-sample KS test.
import type { Dataset } from '../data/csv';
import { ksCriticalValue, ksStatistic, populationStabilityIndex, PSI_ALERT } from '../stats/drift';

export interface FeatureDrift {
  psi: number;
  ks: number;
  /** PSI above the usual threshold, or KS beyond its 1% critical value. */
  alert: boolean;
}

/** Fewer requests than this say little about ten deciles: no measure until then. */
const MIN_SAMPLE = 200;
/** Strict, because every feature is tested again at every timeline point. */
const KS_ALPHA = 0.01;

export class DriftWindow {
  private readonly reference: number[][];
  private readonly rings: Float64Array[];
  private count = 0;

  constructor(
    data: Dataset,
    private readonly size: number,
  ) {
    const width = data.features[0]?.length ?? 0;
    this.reference = Array.from({ length: width }, (_, j) => data.features.map((r) => r[j] ?? 0));
    this.rings = this.reference.map(() => new Float64Array(size));
  }

  add(features: readonly number[]): void {
    const slot = this.count++ % this.size;
    this.rings.forEach((ring, j) => (ring[slot] = features[j] ?? 0));
  }

  /** Each feature's drift over the window so far (empty before MIN_SAMPLE requests). */
  measure(): FeatureDrift[] {
    const filled = Math.min(this.count, this.size);
    if (filled < MIN_SAMPLE) return [];
    return this.rings.map((ring, j) => {
      const recent = Array.from(ring.subarray(0, filled));
      const reference = this.reference[j] ?? [];
      const psi = populationStabilityIndex(reference, recent);
      const ks = ksStatistic(reference, recent);
      return {
        psi,
        ks,
        alert: psi > PSI_ALERT || ks > ksCriticalValue(reference.length, filled, KS_ALPHA),
      };
    });
  }
}
