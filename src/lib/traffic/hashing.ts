// Sticky assignment of users to variants as GrowthBook's SDKs do it: FNV-1a 32-bit over
// UTF-16 code units, hash version 2 (the hash of the hash, in 10,000 buckets), and bucket
// ranges laid out in variant order by weight, shrunk by coverage.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, 32-bit, over the string's UTF-16 code units (as GrowthBook hashes). */
export function fnv1a32(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/**
 * A user's position in [0, 1) for a seed: version 2 hashes `seed + value`, then hashes the
 * decimal string of that (better spread for similar seeds); version 1 is the older form.
 */
export function bucketOf(seed: string, value: string, version: 1 | 2 = 2): number {
  if (version === 1) return (fnv1a32(value + seed) % 1000) / 1000;
  return (fnv1a32(String(fnv1a32(seed + value))) % 10000) / 10000;
}

export type BucketRange = readonly [start: number, end: number];

/**
 * Where each variant's users fall in [0, 1): ranges laid end to end in variant order, each
 * its weight wide times `coverage` (the share of users in the test at all). Weights that
 * do not sum to 1 (within 0.01), or of the wrong count, fall back to equal weights.
 */
export function bucketRanges(
  count: number,
  coverage = 1,
  weights?: readonly number[],
): BucketRange[] {
  const cover = Math.min(1, Math.max(0, coverage));
  const equal = Array.from({ length: count }, () => 1 / count);
  const sum = weights?.reduce((s, w) => s + w, 0) ?? 0;
  const chosen = weights && weights.length === count && Math.abs(sum - 1) <= 0.01 ? weights : equal;
  let start = 0;
  return chosen.map((weight) => {
    const range: BucketRange = [start, start + cover * weight];
    start += weight;
    return range;
  });
}

/** The variant whose range holds `bucket`, or -1 when none does (outside coverage). */
export function chooseVariant(bucket: number, ranges: readonly BucketRange[]): number {
  return ranges.findIndex(([start, end]) => bucket >= start && bucket < end);
}
