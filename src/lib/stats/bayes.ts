// The Bayesian reading of an A/B test on a success rate: with uniform Beta(1, 1) priors,
// the posterior of each rate is Beta(1 + successes, 1 + failures), and the chance that B's
// rate beats A's has a closed form (Evan Miller's sum) for integer counts.
import betaln from '@stdlib/math-base-special-betaln';
import type { Tally } from './proportions';

/** P(rate_B > rate_A | data), summing over B's successes (exact for integer counts). */
export function probabilityBBeatsA(a: Tally, b: Tally): number {
  const [alphaA, betaA] = [1 + a.successes, 1 + a.trials - a.successes];
  const [alphaB, betaB] = [1 + b.successes, 1 + b.trials - b.successes];
  let total = 0;
  for (let i = 0; i < alphaB; i++) {
    total += Math.exp(
      betaln(alphaA + i, betaA + betaB) -
        Math.log(betaB + i) -
        betaln(1 + i, betaB) -
        betaln(alphaA, betaA),
    );
  }
  return Math.min(1, Math.max(0, total));
}
