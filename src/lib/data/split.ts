// Seeded stratified train/test split: each class keeps its share in both parts.
import type { Dataset } from './csv';
import { seededRandom, shuffled } from './random';

export interface Split {
  readonly train: Dataset;
  readonly test: Dataset;
  /** Row indices into the source data set, so that a split can be recorded and replayed. */
  readonly trainIndices: readonly number[];
  readonly testIndices: readonly number[];
}

/** The split of `dataset` into given row indices (a k-fold fold, say). */
export function splitByIndices(
  dataset: Dataset,
  trainIndices: readonly number[],
  testIndices: readonly number[],
): Split {
  return {
    train: subset(dataset, trainIndices),
    test: subset(dataset, testIndices),
    trainIndices,
    testIndices,
  };
}

function subset(dataset: Dataset, indices: readonly number[]): Dataset {
  return {
    features: indices.map((i) => dataset.features[i] as readonly number[]),
    labels: indices.map((i) => dataset.labels[i] as number),
  };
}

/**
 * Splits `dataset` so that each class contributes round(count * testSize) rows to the
 * test part (at least one of each class with two or more rows), chosen by `seed`.
 */
export function stratifiedSplit(dataset: Dataset, testSize: number, seed: number): Split {
  if (!(testSize > 0 && testSize < 1)) throw new RangeError('testSize must be between 0 and 1');
  const random = seededRandom(seed);
  const byClass = new Map<number, number[]>();
  dataset.labels.forEach((label, i) => {
    const rows = byClass.get(label) ?? [];
    rows.push(i);
    byClass.set(label, rows);
  });
  const trainIndices: number[] = [];
  const testIndices: number[] = [];
  for (const label of [...byClass.keys()].sort((a, b) => a - b)) {
    const rows = shuffled(byClass.get(label) ?? [], random);
    const wanted = Math.round(rows.length * testSize);
    const nTest = rows.length < 2 ? 0 : Math.min(rows.length - 1, Math.max(1, wanted));
    testIndices.push(...rows.slice(0, nTest));
    trainIndices.push(...rows.slice(nTest));
  }
  const trainOrder = shuffled(trainIndices, random);
  const testOrder = testIndices.sort((a, b) => a - b);
  return {
    train: subset(dataset, trainOrder),
    test: subset(dataset, testOrder),
    trainIndices: trainOrder,
    testIndices: testOrder,
  };
}
