// Decision regions over two measurements: the grid that spans them (the other measurements
// held at their training mean), each cell's class probabilities under a classifier, and
// the training flowers with the class it gives them. Work comes as generators that pause
// every so many cells or flowers, so that the caller can spread a slow model over tasks.

export interface RegionAxes {
  /** Column of the measurement across (FEATURE_NAMES order). */
  readonly x: number;
  /** Column of the measurement up. */
  readonly y: number;
}

/** Petal length across, petal width up: the two measurements that tell the species apart. */
export const DEFAULT_REGION_AXES: RegionAxes = { x: 2, y: 3 };

export interface AxisRange {
  readonly min: number;
  readonly max: number;
}

export interface GridSpec {
  readonly axes: RegionAxes;
  readonly x: AxisRange;
  readonly y: AxisRange;
  /** Cells per side. */
  readonly resolution: number;
  /** The row every cell starts from: the training mean of each measurement. */
  readonly base: readonly number[];
}

export interface DecisionGrid extends GridSpec {
  readonly classes: number;
  /**
   * Class probabilities of each cell: cell (i across, j up) starts at
   * ((j * resolution) + i) * classes, so the first row is the bottom one.
   */
  readonly probabilities: Float32Array;
}

/** A training flower as the picture shows it: where it sits, its species and the model's. */
export interface RegionPoint {
  readonly x: number;
  readonly y: number;
  readonly label: number;
  readonly predicted: number;
}

export type Classify = (row: readonly number[]) => ArrayLike<number>;

/** The axes with `which` set to `feature`; choosing the other axis's feature swaps them. */
export function withAxis(axes: RegionAxes, which: 'x' | 'y', feature: number): RegionAxes {
  const other = which === 'x' ? 'y' : 'x';
  if (axes[other] === feature) return { x: axes.y, y: axes.x };
  return { ...axes, [which]: feature };
}

const tenth = (value: number) => Math.round(value * 10) / 10;

/** The range of a measurement with a margin, in tenths; never below 0 for lengths. */
export function featureRange(rows: readonly (readonly number[])[], feature: number): AxisRange {
  const values = rows.map((row) => row[feature] ?? Number.NaN);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const margin = Math.max((high - low) * 0.05, 0.1);
  const min = tenth(Math.floor((low - margin) * 10) / 10);
  return {
    min: low >= 0 ? Math.max(0, min) : min,
    max: tenth(Math.ceil((high + margin) * 10) / 10),
  };
}

export function columnMeans(rows: readonly (readonly number[])[]): number[] {
  const width = rows[0]?.length ?? 0;
  const sums = new Array<number>(width).fill(0);
  for (const row of rows) row.forEach((v, j) => (sums[j] = (sums[j] ?? 0) + v));
  return sums.map((sum) => sum / rows.length);
}

/**
 * The grid over `axes`: each axis spans its range over `allRows` (so that the picture keeps
 * its frame whatever the split), the other measurements sit at their mean over `trainingRows`.
 */
export function gridSpec(
  allRows: readonly (readonly number[])[],
  trainingRows: readonly (readonly number[])[],
  axes: RegionAxes,
  resolution: number,
): GridSpec {
  const width = allRows[0]?.length ?? 0;
  const column = (j: number) => Number.isInteger(j) && j >= 0 && j < width;
  if (!column(axes.x) || !column(axes.y) || axes.x === axes.y) {
    throw new RangeError('the axes must be two different measurements');
  }
  if (!Number.isInteger(resolution) || resolution < 2) {
    throw new RangeError('the resolution must be a whole number of at least 2');
  }
  if (trainingRows.length === 0) throw new RangeError('there are no training rows');
  return {
    axes,
    x: featureRange(allRows, axes.x),
    y: featureRange(allRows, axes.y),
    resolution,
    base: columnMeans(trainingRows),
  };
}

/** The measurements at the centre of cell (i across, j up), written into `row`. */
function placeInCell(spec: GridSpec, i: number, j: number, row: number[]): number[] {
  const { x, y, resolution, axes } = spec;
  row[axes.x] = x.min + ((i + 0.5) * (x.max - x.min)) / resolution;
  row[axes.y] = y.min + ((j + 0.5) * (y.max - y.min)) / resolution;
  return row;
}

/** The measurements at the centre of cell (i across, j up). */
export function cellRow(spec: GridSpec, i: number, j: number): number[] {
  return placeInCell(spec, i, j, spec.base.slice());
}

/**
 * Classifies every cell, bottom row first, pausing after every `pauseEvery` cells.
 * `classify` may answer in a buffer of its own that its next call overwrites: each answer
 * is copied at once.
 */
export function* fillGrid(
  spec: GridSpec,
  classes: number,
  classify: Classify,
  pauseEvery = spec.resolution,
): Generator<void, DecisionGrid> {
  const { resolution } = spec;
  const probabilities = new Float32Array(resolution * resolution * classes);
  const row = spec.base.slice();
  for (let cell = 0; cell < resolution * resolution; cell++) {
    const i = cell % resolution;
    const j = (cell - i) / resolution;
    const answer = classify(placeInCell(spec, i, j, row));
    for (let c = 0; c < classes; c++) probabilities[cell * classes + c] = answer[c] ?? 0;
    if ((cell + 1) % pauseEvery === 0) yield;
  }
  return { ...spec, classes, probabilities };
}

/** Index of the largest of `count` values from `start` (the first one on ties). */
function largest(values: ArrayLike<number>, start = 0, count = values.length): number {
  let best = 0;
  for (let c = 1; c < count; c++) {
    if ((values[start + c] ?? -Infinity) > (values[start + best] ?? -Infinity)) best = c;
  }
  return best;
}

/** The class a cell goes to and its probability. */
export function cellWinner(
  grid: DecisionGrid,
  i: number,
  j: number,
): { label: number; confidence: number } {
  const start = (j * grid.resolution + i) * grid.classes;
  const label = largest(grid.probabilities, start, grid.classes);
  return { label, confidence: grid.probabilities[start + label] ?? 0 };
}

/** The flowers with the class `classify` gives them (on all their measurements); pauses as fillGrid does. */
export function* classifyPoints(
  rows: readonly (readonly number[])[],
  labels: readonly number[],
  axes: RegionAxes,
  classify: Classify,
  pauseEvery = 60,
): Generator<void, RegionPoint[]> {
  const points: RegionPoint[] = [];
  for (const [n, row] of rows.entries()) {
    points.push({
      x: row[axes.x] ?? Number.NaN,
      y: row[axes.y] ?? Number.NaN,
      label: labels[n] ?? 0,
      predicted: largest(classify(row)),
    });
    if ((n + 1) % pauseEvery === 0) yield;
  }
  return points;
}

/** A short fingerprint of the grid's probabilities (to 1/256): tells two pictures apart. */
export function gridDigest(grid: DecisionGrid): string {
  let hash = 0x811c9dc5;
  const { probabilities } = grid;
  for (let k = 0; k < probabilities.length; k++) {
    hash ^= Math.round((probabilities[k] ?? 0) * 256);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
