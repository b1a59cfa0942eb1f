// Scores of one set of predictions under row weights (a bootstrap resample's counts) in
// O(rows × classes) per weighting: confusion counts and the scores drawn from them, log
// loss, and one-vs-rest ROC AUC by one sweep over rows sorted once per class. A thousand
// resamples then cost about what one prediction of the test set costs.
export interface PreparedPredictions {
  readonly nClasses: number;
  /** Per row: truth × nClasses + predicted, its cell in the confusion matrix. */
  readonly cell: Int32Array;
  /** −log of each row's probability of its true class (clipped as log loss clips it). */
  readonly negLogTrue: Float64Array;
  /**
   * Per class: row indices sorted by that class's score, whether each is of the class (1)
   * or not (0) in that order, and whether it ends a run of tied scores (1).
   */
  readonly sorted: readonly {
    readonly rows: Int32Array;
    readonly positive: Uint8Array;
    readonly endsTie: Uint8Array;
  }[];
  /** Confusion counts of the weighting being scored, reused from call to call. */
  readonly scratch: Float64Array;
}

const EPS = 1e-15;

export function preparePredictions(
  truth: readonly number[],
  probabilities: readonly (readonly number[])[],
  nClasses: number,
): PreparedPredictions {
  const n = truth.length;
  const cell = new Int32Array(n);
  const negLogTrue = new Float64Array(n);
  probabilities.forEach((row, i) => {
    const actual = truth[i] ?? 0;
    cell[i] = actual * nClasses + row.indexOf(Math.max(...row));
    const p = row[actual] ?? 0;
    negLogTrue[i] = -Math.log(Math.min(1 - EPS, Math.max(EPS, p)));
  });
  const sorted = Array.from({ length: nClasses }, (_, c) => {
    const score = (row: number) => probabilities[row]?.[c] ?? 0;
    const rows = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => score(a) - score(b));
    const positive = Uint8Array.from(rows, (row) => (truth[row] === c ? 1 : 0));
    const endsTie = Uint8Array.from(rows, (row, i) =>
      i + 1 === n || score(row) !== score(rows[i + 1] ?? 0) ? 1 : 0,
    );
    return { rows, positive, endsTie };
  });
  return { nClasses, cell, negLogTrue, sorted, scratch: new Float64Array(nClasses * nClasses) };
}

/**
 * One-vs-rest ROC AUC of class `c` under `weights`: one sweep up the sorted scores, where
 * each positive beats the negatives below its tie and half of those tied with it.
 */
function weightedAuc(prepared: PreparedPredictions, weights: ArrayLike<number>, c: number): number {
  const sorted = prepared.sorted[c];
  if (!sorted) return Number.NaN;
  const { rows, positive, endsTie } = sorted;
  let negativeBelow = 0;
  let pairs = 0;
  let positives = 0;
  let tiePositive = 0;
  let tieWeight = 0;
  for (let i = 0; i < rows.length; i++) {
    const w = weights[rows[i] as number] as number;
    tieWeight += w;
    tiePositive += w * (positive[i] as number);
    if (endsTie[i] === 1) {
      const tieNegative = tieWeight - tiePositive;
      pairs += tiePositive * (negativeBelow + tieNegative / 2);
      negativeBelow += tieNegative;
      positives += tiePositive;
      tiePositive = 0;
      tieWeight = 0;
    }
  }
  return positives > 0 && negativeBelow > 0 ? pairs / (positives * negativeBelow) : Number.NaN;
}

/** The scores weightedScoresInto writes, in its order. */
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
 * The scores of `scoreSet` with row i counted weights[i] times, written into `out` at
 * `offset`, `offset + stride`, … in WEIGHTED_SCORE_KEYS order (a stride of the number of
 * weightings lays each score out as one contiguous column). Plain loops over typed arrays, no objects: it runs
 * once per resample.
 */
export function weightedScoresInto(
  prepared: PreparedPredictions,
  weights: ArrayLike<number>,
  out: Float64Array,
  offset = 0,
  stride = 1,
): void {
  const { nClasses: k, cell, negLogTrue, scratch: counts } = prepared;
  counts.fill(0);
  let total = 0;
  let loss = 0;
  for (let i = 0; i < cell.length; i++) {
    // No skip of zero weights: the branch would mispredict on a third of the rows.
    const w = weights[i] as number;
    const at = cell[i] as number;
    counts[at] = (counts[at] as number) + w;
    total += w;
    loss += w * (negLogTrue[i] as number);
  }
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
      actual += counts[c * k + j] ?? 0;
      claimed += counts[j * k + c] ?? 0;
    }
    const hits = counts[c * k + c] ?? 0;
    correct += hits;
    const precision = claimed > 0 ? hits / claimed : 0;
    const recall = actual > 0 ? hits / actual : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    precisionSum += precision;
    recallSum += recall;
    f1Sum += f1;
    precisionWeighted += precision * actual;
    f1Weighted += f1 * actual;
  }
  let auc = 0;
  for (let c = 0; c < k; c++) auc += weightedAuc(prepared, weights, c);
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
}

/** weightedScoresInto as an object, for one weighting. */
export function weightedScores(
  prepared: PreparedPredictions,
  weights: ArrayLike<number>,
): Record<string, number> {
  const out = new Float64Array(WEIGHTED_SCORE_KEYS.length);
  weightedScoresInto(prepared, weights, out);
  return Object.fromEntries(WEIGHTED_SCORE_KEYS.map((key, i) => [key, out[i] ?? Number.NaN]));
}
