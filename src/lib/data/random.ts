// Seeded pseudo-random numbers (mulberry32) and helpers built on them.
// Every random choice in the app goes through here so that a seed reproduces a run.

export type Random = () => number;

/** A generator of uniform floats in [0, 1) fully determined by a 32-bit seed. */
export function seededRandom(seed: number): Random {
  // The state lives in a typed array: as a closure variable, a uint32 above 2^30 is boxed
  // on every step, which doubles the cost of a draw (a bootstrap makes 30,000 of them).
  const state = new Uint32Array([seed >>> 0]);
  return () => {
    const next = ((state[0] as number) + 0x6d2b79f5) >>> 0;
    state[0] = next;
    let t = next;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates shuffle of a copy of `items`. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}
