// Sequential testing that survives peeking: the mixture sequential probability ratio test
// (mSPRT, Johari et al. "Always valid inference") on the difference of two rates, with a
// normal mixing distribution. Its p-value may be read after every observation: the chance
// it ever drops below alpha under no effect stays at most alpha, unlike a z-test's.
import type { Tally } from './proportions';

/** Mixing variance τ² of the effect: the size of effects the test is tuned to find. */
export const DEFAULT_MIXING_VARIANCE = 0.0025;

/** The mixture likelihood ratio after the data so far (∞-safe: it is compared with 1/alpha). */
export function mixtureLikelihoodRatio(a: Tally, b: Tally, tau2 = DEFAULT_MIXING_VARIANCE): number {
  if (a.trials === 0 || b.trials === 0) return 1;
  const [pa, pb] = [a.successes / a.trials, b.successes / b.trials];
  // Variance of the estimated difference; a floor keeps a 0% or 100% arm from dividing by 0.
  const v = Math.max(
    (pa * (1 - pa)) / a.trials + (pb * (1 - pb)) / b.trials,
    1 / (4 * (a.trials + b.trials) ** 2),
  );
  const theta = pb - pa;
  return Math.sqrt(v / (v + tau2)) * Math.exp((tau2 * theta * theta) / (2 * v * (v + tau2)));
}

/** An always-valid p-value, updated look by look: never larger than at the last look. */
export class SequentialTest {
  private current = 1;

  constructor(private readonly tau2 = DEFAULT_MIXING_VARIANCE) {}

  /** Takes the tallies at this look; answers the always-valid p-value so far. */
  look(a: Tally, b: Tally): number {
    this.current = Math.min(this.current, 1 / mixtureLikelihoodRatio(a, b, this.tau2));
    return this.current;
  }

  get pValue(): number {
    return this.current;
  }
}
