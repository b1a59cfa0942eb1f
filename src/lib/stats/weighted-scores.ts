// The bootstrap's inner loop: the scores of one set of predictions under each resample's
// row counts, without running the model again and without an object per resample. Each
// draw bumps its row's count; the scores then come from integer tallies:
//  - confusion counts: rows are laid out grouped by confusion cell ("slots"), so that a
//    cell's count is a sum over a range of slots (a count per cell bumped at each draw
//    would make every draw wait for the last one that hit the same cell);
//  - log loss, summed as rows are drawn;
//  - one-vs-rest ROC AUC, by a sweep over only the part of each class's score order where
//    its positives and negatives overlap (sorted once), the rest following from counts.
import { seededRandom } from '../data/random';

export interface PreparedPredictions {
  readonly nClasses: number;
  readonly rows: number;
  /** Per row: its slot. */
  readonly slotOfRow: Int32Array;
  /** Per confusion cell (truth × nClasses + predicted): the slot after its last. */
  readonly cellEnd: Int32Array;
  /** Per slot: −log of its row's probability of the true class (clipped as log loss clips it). */
  readonly negLogTrue: Float64Array;
  /** At c × rows + i: the slot with the i-th lowest score for class c. */
  readonly order: Int32Array;
  /** Same layout: −1 if that slot's row is of class c, else 0 (a mask for its weight). */
  readonly positiveMask: Int32Array;
  /** Same layout: 1 where a run of tied scores for class c ends. */
  readonly endsTie: Uint8Array;
  /** Per class: 1 if two rows tie on its score, so that its sweep must handle runs. */
  readonly hasTies: Uint8Array;
  /**
   * Per class c, the part of its order where positives and negatives overlap: from the
   * lowest-scored positive to the highest-scored negative, widened to whole runs of ties
   * (empty if the class's scores separate it). Below it lie only negatives, above it
   * only positives, so the sweep covers only this part.
   */
  readonly overlapFrom: Int32Array;
  readonly overlapTo: Int32Array;
}

const EPS = 1e-15;

/**
 * Indices 0 … keys.length − 1 sorted by their key, ties in index order: by insertion on
 * test-set sizes (a few dozen rows, where it is several times faster than sort() with a
 * comparator), by sort() beyond.
 */
function indicesSortedBy(keys: Float64Array): Int32Array {
  const n = keys.length;
  const sorted = new Int32Array(n);
  if (n > 64) {
    for (let i = 0; i < n; i++) sorted[i] = i;
    return sorted.sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
  }
  for (let i = 0; i < n; i++) {
    const key = keys[i] as number;
    let j = i - 1;
    for (; j >= 0 && (keys[sorted[j] as number] as number) > key; j--) {
      sorted[j + 1] = sorted[j] as number;
    }
    sorted[j + 1] = i;
  }
  return sorted;
}

/** Index of the largest probability of a row (the first on ties), as argmax. */
function predictedClass(row: readonly number[]): number {
  let best = 0;
  for (let j = 1; j < row.length; j++) if ((row[j] as number) > (row[best] as number)) best = j;
  return best;
}

/**
 * Slots for the rows, by a counting sort on their confusion cell (rows in order within a
 * cell), each cell's end, and each slot's log loss term.
 */
function slotsByCell(
  truth: readonly number[],
  probabilities: readonly (readonly number[])[],
  nClasses: number,
): Pick<PreparedPredictions, 'slotOfRow' | 'cellEnd' | 'negLogTrue'> {
  const n = truth.length;
  const cellOf = new Int32Array(n);
  const cellEnd = new Int32Array(nClasses * nClasses);
  for (let row = 0; row < n; row++) {
    const cell = (truth[row] ?? 0) * nClasses + predictedClass(probabilities[row] ?? []);
    cellOf[row] = cell;
    cellEnd[cell] = (cellEnd[cell] as number) + 1;
  }
  const nextSlot = new Int32Array(cellEnd.length);
  for (let cell = 0, end = 0; cell < cellEnd.length; cell++) {
    nextSlot[cell] = end;
    end += cellEnd[cell] as number;
    cellEnd[cell] = end;
  }
  const slotOfRow = new Int32Array(n);
  const negLogTrue = new Float64Array(n);
  for (let row = 0; row < n; row++) {
    const cell = cellOf[row] as number;
    const slot = nextSlot[cell] as number;
    nextSlot[cell] = slot + 1;
    slotOfRow[row] = slot;
    const p = probabilities[row]?.[truth[row] ?? 0] ?? 0;
    negLogTrue[slot] = -Math.log(Math.min(1 - EPS, Math.max(EPS, p)));
  }
  return { slotOfRow, cellEnd, negLogTrue };
}

/**
 * Where class c's positives and negatives overlap in `sorted` (rows by ascending `score`):
 * from its lowest-scored positive to its highest-scored negative, widened to whole runs of
 * ties; from === to if the scores separate the class.
 */
function overlapOf(
  sorted: Int32Array,
  score: Float64Array,
  isPositive: (row: number) => boolean,
): { from: number; to: number } {
  const n = sorted.length;
  const tied = (i: number, j: number) => score[sorted[i] as number] === score[sorted[j] as number];
  let from = 0;
  while (from < n && !isPositive(sorted[from] as number)) from++;
  let to = n;
  while (to > 0 && isPositive(sorted[to - 1] as number)) to--;
  if (from >= to) return { from, to: from };
  while (from > 0 && tied(from - 1, from)) from--;
  while (to < n && tied(to - 1, to)) to++;
  return { from, to };
}

export function preparePredictions(
  truth: readonly number[],
  probabilities: readonly (readonly number[])[],
  nClasses: number,
): PreparedPredictions {
  const n = truth.length;
  const slots = slotsByCell(truth, probabilities, nClasses);
  const order = new Int32Array(nClasses * n);
  const positiveMask = new Int32Array(nClasses * n);
  const endsTie = new Uint8Array(nClasses * n);
  const hasTies = new Uint8Array(nClasses);
  const overlapFrom = new Int32Array(nClasses);
  const overlapTo = new Int32Array(nClasses);
  const score = new Float64Array(n);
  for (let c = 0; c < nClasses; c++) {
    for (let row = 0; row < n; row++) score[row] = probabilities[row]?.[c] ?? 0;
    const sorted = indicesSortedBy(score);
    for (let i = 0; i < n; i++) {
      const row = sorted[i] as number;
      const at = c * n + i;
      order[at] = slots.slotOfRow[row] as number;
      positiveMask[at] = truth[row] === c ? -1 : 0;
      const ends = i + 1 === n || score[row] !== score[sorted[i + 1] as number];
      endsTie[at] = ends ? 1 : 0;
      if (!ends) hasTies[c] = 1;
    }
    const { from, to } = overlapOf(sorted, score, (row) => truth[row] === c);
    overlapFrom[c] = c * n + from;
    overlapTo[c] = c * n + to;
  }
  return {
    nClasses,
    rows: n,
    ...slots,
    order,
    positiveMask,
    endsTie,
    hasTies,
    overlapFrom,
    overlapTo,
  };
}

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
