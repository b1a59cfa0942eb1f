// Why peeking needs sequential tests: simulated A/A tests (no real difference) read after
// every batch of users. Stopping at the first z-test p < alpha "finds" an effect far more
// often than alpha; the always-valid p-value of the mSPRT does not; a single look at the
// end is the baseline.
import { seededRandom } from '../data/random';
import { compareProportions, type Tally } from './proportions';
import { SequentialTest } from './sequential';

export interface PeekingSetup {
  experiments: number;
  usersPerArm: number;
  looks: number;
  rate: number;
  alpha: number;
  seed: number;
}

export interface PeekingOutcome {
  /** Share of A/A tests declared significant by stopping at the first z-test p < alpha. */
  naive_peeking: number;
  /** The same with the mSPRT's always-valid p-value. */
  sequential: number;
  /** One z-test at the end. */
  single_look: number;
}

export function simulatePeeking(setup: PeekingSetup): PeekingOutcome {
  const random = seededRandom(setup.seed);
  const batch = Math.max(1, Math.floor(setup.usersPerArm / setup.looks));
  let naive = 0;
  let sequential = 0;
  let single = 0;
  for (let e = 0; e < setup.experiments; e++) {
    const a: Tally = { successes: 0, trials: 0 };
    const b: Tally = { successes: 0, trials: 0 };
    const test = new SequentialTest();
    let peekedSignificant = false;
    for (let look = 0; look < setup.looks; look++) {
      for (let i = 0; i < batch; i++) {
        a.successes += random() < setup.rate ? 1 : 0;
        b.successes += random() < setup.rate ? 1 : 0;
      }
      a.trials += batch;
      b.trials += batch;
      if (compareProportions(a, b).p_value < setup.alpha) peekedSignificant = true;
      test.look(a, b);
    }
    naive += peekedSignificant ? 1 : 0;
    sequential += test.pValue < setup.alpha ? 1 : 0;
    single += compareProportions(a, b).p_value < setup.alpha ? 1 : 0;
  }
  return {
    naive_peeking: naive / setup.experiments,
    sequential: sequential / setup.experiments,
    single_look: single / setup.experiments,
  };
}
