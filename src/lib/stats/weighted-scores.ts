// The bootstrap's inner loop: the scores of one set of predictions under each resample's
// row counts, from integer tallies, without running the model again or an object per resample.
import { seededRandom } from '../data/random';
import type { PreparedPredictions } from './prepared-predictions';

/**
 * One-vs-rest ROC AUC of class `c` under `weights`, given its weighted positives and
 * negatives: each positive beats the negatives below it and half of those tied with it.
 * One sweep up the overlap, as negatives below it are below every positive in it, and
 * positives above it beat every negative. Pairs count twice over, so that the halves of
 * ties stay integers.
 */
function weightedAuc(
  prepared: PreparedPredictions,
  weights: Int32Array,
  c: number,
  positives: number,
  negatives: number,
): number {
  const { order, positiveMask, endsTie } = prepared;
  const from = prepared.overlapFrom[c] as number;
  const to = prepared.overlapTo[c] as number;
  let negativeBelow = 0;
  let positivesIn = 0;
  let doublePairs = 0;
  if (prepared.hasTies[c] === 0) {
    for (let i = from; i < to; i++) {
      const w = weights[order[i] as number] as number;
      const positive = w & (positiveMask[i] as number);
      doublePairs += positive * negativeBelow;
      positivesIn += positive;
      negativeBelow += w - positive;
    }
    doublePairs *= 2;
  } else {
    let tieWeight = 0;
    let tiePositive = 0;
    for (let i = from; i < to; i++) {
      const w = weights[order[i] as number] as number;
      tieWeight += w;
      tiePositive += w & (positiveMask[i] as number);
      if (endsTie[i] === 1) {
        const tieNegative = tieWeight - tiePositive;
        doublePairs += tiePositive * (2 * negativeBelow + tieNegative);
        negativeBelow += tieNegative;
        positivesIn += tiePositive;
        tiePositive = 0;
        tieWeight = 0;
      }
    }
  }
  const negativesUnder = negatives - negativeBelow;
  doublePairs += 2 * (negativesUnder * positivesIn + negatives * (positives - positivesIn));
  return positives > 0 && negatives > 0 ? doublePairs / (2 * positives * negatives) : Number.NaN;
}

/** The scores of a weighting, in the order written. */
export const WEIGHTED_SCORE_KEYS = [
  'accuracy',
  'precision_macro',
  'recall_macro',
  'f1_macro',
  'precision_weighted',
  'recall_weighted',
  'f1_weighted',
  'log_loss',
  'roc_auc',
] as const;

/**
 * Writes the scores of a weighting, given its count per slot and summed log loss, into
 * `out` at `offset`, `offset + stride`, … in WEIGHTED_SCORE_KEYS order. Leaves `counts`
 * all zero, ready for the next weighting; `confusion` is scratch.
 */
function scoresInto(
  prepared: PreparedPredictions,
  counts: Int32Array,
  confusion: Int32Array,
  loss: number,
  out: Float64Array,
  offset: number,
  stride: number,
): void {
  const { nClasses: k, cellEnd } = prepared;
  let total = 0;
  let slot = 0;
  for (let cell = 0; cell < k * k; cell++) {
    let count = 0;
    for (const end = cellEnd[cell] as number; slot < end; slot++) count += counts[slot] as number;
    confusion[cell] = count;
    total += count;
  }
  let auc = 0;
  let correct = 0;
  let precisionSum = 0;
  let recallSum = 0;
  let f1Sum = 0;
  let precisionWeighted = 0;
  let f1Weighted = 0;
  for (let c = 0; c < k; c++) {
    let actual = 0;
    let claimed = 0;
    for (let j = 0; j < k; j++) {
      actual += confusion[c * k + j] as number;
      claimed += confusion[j * k + c] as number;
    }
    const hits = confusion[c * k + c] as number;
    correct += hits;
    auc += weightedAuc(prepared, counts, c, actual, total - actual);
    const precision = claimed > 0 ? hits / claimed : 0;
    const recall = actual > 0 ? hits / actual : 0;
    // F1 = 2TP / (2TP + FP + FN): the harmonic mean of precision and recall, one division.
    const f1 = hits > 0 ? (2 * hits) / (actual + claimed) : 0;
    precisionSum += precision;
    recallSum += recall;
    f1Sum += f1;
    precisionWeighted += precision * actual;
    f1Weighted += f1 * actual;
  }
  const accuracy = total > 0 ? correct / total : Number.NaN;
  out[offset] = accuracy;
  out[offset + stride] = precisionSum / k;
  out[offset + 2 * stride] = recallSum / k;
  out[offset + 3 * stride] = f1Sum / k;
  out[offset + 4 * stride] = total > 0 ? precisionWeighted / total : Number.NaN;
  // Support-weighted recall is the accuracy.
  out[offset + 5 * stride] = accuracy;
  out[offset + 6 * stride] = total > 0 ? f1Weighted / total : Number.NaN;
  out[offset + 7 * stride] = total > 0 ? loss / total : Number.NaN;
  out[offset + 8 * stride] = auc / k;
  for (let i = 0; i < counts.length; i++) counts[i] = 0;
}

/**
 * `resamples` bootstrap resamples of the rows (n draws with replacement each from
 * seededRandom(seed), row ⌊u × n⌋ per draw) and their scores, column-major: score j of
 * resample r at j × resamples + r, so that each score's column is contiguous. Each draw
 * counts its row's slot at once: plain loops over typed arrays, no objects, as this runs
 * a thousand times.
 */
export function resampledScores(
  prepared: PreparedPredictions,
  resamples: number,
  seed: number,
): Float64Array {
  const { rows: n, slotOfRow, negLogTrue } = prepared;
  const table = new Float64Array(resamples * WEIGHTED_SCORE_KEYS.length);
  const counts = new Int32Array(n);
  const confusion = new Int32Array(prepared.nClasses * prepared.nClasses);
  const random = seededRandom(seed);
  for (let r = 0; r < resamples; r++) {
    let loss = 0;
    for (let draw = 0; draw < n; draw++) {
      const slot = slotOfRow[Math.floor(random() * n)] as number;
      counts[slot] = (counts[slot] as number) + 1;
      loss += negLogTrue[slot] as number;
    }
    scoresInto(prepared, counts, confusion, loss, table, r, resamples);
  }
  return table;
}
