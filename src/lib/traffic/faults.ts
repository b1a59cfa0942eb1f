// Injected faults, as Istio's fault injection does on a route: a variant that fails a share
// of its requests, or answers late. Whether a request fails is drawn from a seeded stream,
// only for variants that have a failure rate, so that a fault on one variant does not shift
// the draws of a run without it.
import type { Random } from '../data/random';

export interface VariantFault {
  /** Share of the variant's requests that fail (0 to 1). */
  fail_rate: number;
  /** Milliseconds added to each of its answers. */
  delay_ms: number;
}

export class FaultInjector {
  constructor(
    private readonly faults: readonly (VariantFault | null | undefined)[],
    private readonly random: Random,
  ) {}

  /** Whether this request to the variant fails. */
  fails(variant: number): boolean {
    const rate = this.faults[variant]?.fail_rate ?? 0;
    return rate > 0 && this.random() < rate;
  }

  delayOf(variant: number): number {
    return this.faults[variant]?.delay_ms ?? 0;
  }
}
