// Scores of one set of predictions under row weights (a bootstrap resample's counts) in
// O(rows × classes) per weighting: confusion counts and the scores drawn from them, log
// loss, and one-vs-rest ROC AUC by one sweep over rows sorted once per class. A thousand
// resamples then cost about what one prediction of the test set costs.
export interface PreparedPredictions {
  readonly nClasses: number;
  readonly truth: Int32Array;
  readonly predicted: Int32Array;
  /** −log of each row's probability of its true class (clipped as log loss clips it). */
  readonly negLogTrue: Float64Array;
  /** Per class: row indices sorted by that class's score, and where each run of ties ends. */
  readonly sorted: readonly { readonly rows: Int32Array; readonly groupEnds: Int32Array }[];
}

const EPS = 1e-15;

export function preparePredictions(
  truth: readonly number[],
  probabilities: readonly (readonly number[])[],
  nClasses: number,
): PreparedPredictions {
  const n = truth.length;
  const predicted = new Int32Array(n);
  const negLogTrue = new Float64Array(n);
  probabilities.forEach((row, i) => {
    predicted[i] = row.indexOf(Math.max(...row));
    const p = row[truth[i] ?? 0] ?? 0;
    negLogTrue[i] = -Math.log(Math.min(1 - EPS, Math.max(EPS, p)));
  });
  const sorted = Array.from({ length: nClasses }, (_, c) => {
    const rows = Int32Array.from({ length: n }, (_, i) => i).sort(
      (a, b) => (probabilities[a]?.[c] ?? 0) - (probabilities[b]?.[c] ?? 0),
    );
    const ends: number[] = [];
    for (let i = 0; i < n; i++) {
      const here = probabilities[rows[i] ?? 0]?.[c];
      const next = i + 1 < n ? probabilities[rows[i + 1] ?? 0]?.[c] : undefined;
      if (next !== here) ends.push(i + 1);
    }
    return { rows, groupEnds: Int32Array.from(ends) };
  });
  return { nClasses, truth: Int32Array.from(truth), predicted, negLogTrue, sorted };
}

function weightedAuc(prepared: PreparedPredictions, weights: ArrayLike<number>, c: number): number {
  const { rows, groupEnds } = prepared.sorted[c] ?? {
    rows: new Int32Array(),
    groupEnds: new Int32Array(),
  };
  let negativeBelow = 0;
  let pairs = 0;
  let positives = 0;
  let start = 0;
  for (const end of groupEnds) {
    let groupPositive = 0;
    let groupNegative = 0;
    for (let i = start; i < end; i++) {
      const row = rows[i] ?? 0;
      const w = weights[row] ?? 0;
      if (prepared.truth[row] === c) groupPositive += w;
      else groupNegative += w;
    }
    pairs += groupPositive * (negativeBelow + groupNegative / 2);
    negativeBelow += groupNegative;
    positives += groupPositive;
    start = end;
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
 * `offset` in WEIGHTED_SCORE_KEYS order. Plain loops over typed arrays, no objects: it runs
 * once per resample.
 */
export function weightedScoresInto(
  prepared: PreparedPredictions,
  weights: ArrayLike<number>,
  out: Float64Array,
  offset = 0,
): void {
  const { nClasses: k, truth, predicted, negLogTrue } = prepared;
  const counts = new Float64Array(k * k);
  let total = 0;
  let loss = 0;
  for (let i = 0; i < truth.length; i++) {
    const w = weights[i] ?? 0;
    if (w === 0) continue;
    const cell = (truth[i] ?? 0) * k + (predicted[i] ?? 0);
    counts[cell] = (counts[cell] ?? 0) + w;
    total += w;
    loss += w * (negLogTrue[i] ?? 0);
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
  out[offset + 1] = precisionSum / k;
  out[offset + 2] = recallSum / k;
  out[offset + 3] = f1Sum / k;
  out[offset + 4] = total > 0 ? precisionWeighted / total : Number.NaN;
  // Support-weighted recall is the accuracy.
  out[offset + 5] = accuracy;
  out[offset + 6] = total > 0 ? f1Weighted / total : Number.NaN;
  out[offset + 7] = total > 0 ? loss / total : Number.NaN;
  out[offset + 8] = auc / k;
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
