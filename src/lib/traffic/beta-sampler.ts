// Draws from Beta distributions (stdlib's sampler) driven by the simulation's seeded
// uniform numbers, so that Thompson sampling reproduces from a seed.
import beta from '@stdlib/random-base-beta';
import type { Random } from '../data/random';

export function betaSampler(random: Random): (alpha: number, beta: number) => number {
  return beta.factory({ prng: random });
}
