// Which variant answers a request: by weight, either sticky (GrowthBook's hash of the
// deployment's seed and the user's id, so a user keeps a variant while the weights stay)
// or drawn per request from the simulation's seeded random numbers.
import type { Random } from '../data/random';
import { bucketOf, bucketRanges, chooseVariant } from './hashing';

export interface AssignOptions {
  /** Weights per variant, summing to 1. */
  weights: readonly number[];
  sticky: boolean;
  hashSeed: string;
  userId?: string | undefined;
  random: Random;
}

/** The index of the variant that serves the request (sticky needs a user id; without one it draws). */
export function assignVariant({
  weights,
  sticky,
  hashSeed,
  userId,
  random,
}: AssignOptions): number {
  const position = sticky && userId !== undefined ? bucketOf(hashSeed, userId) : random();
  const chosen = chooseVariant(position, bucketRanges(weights.length, 1, weights));
  // Rounding can leave a sliver past the last range: it belongs to the last variant.
  return chosen >= 0 ? chosen : weights.length - 1;
}
