// The bootstrap's prepared predictions: one set of predictions laid out once (by confusion
// cell, and in each class's score order) so that every resample is scored from counts alone.

/**
 * Rows are laid out grouped by confusion cell ("slots"), so that a cell's count is a sum
 * over a range of slots (a count per cell bumped at each draw would make every draw wait
 * for the last one that hit the same cell). Each class's score order is sorted once, and
 * its one-vs-rest ROC AUC sweeps only the part where its positives and negatives overlap,
 * the rest following from counts.
 */
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
