// Stratified k-fold splitting (scikit-learn's StratifiedKFold with shuffle): each class's
// rows are shuffled with the seed and dealt to the folds in turn, so that the folds
// partition the data and each fold's class counts are within one row of the overall ratio.
import { seededRandom, shuffled } from './random';

export interface Fold {
  readonly train: readonly number[];
  readonly test: readonly number[];
}

export function stratifiedKFold(labels: readonly number[], k: number, seed: number): Fold[] {
  if (!Number.isInteger(k) || k < 2) throw new RangeError('k must be a whole number of at least 2');
  const byClass = new Map<number, number[]>();
  labels.forEach((label, i) => byClass.set(label, [...(byClass.get(label) ?? []), i]));
  const smallest = Math.min(...[...byClass.values()].map((rows) => rows.length));
  if (k > smallest) {
    throw new RangeError(`k = ${k} is more than the ${smallest} rows of the smallest class`);
  }
  const random = seededRandom(seed);
  const tests: number[][] = Array.from({ length: k }, () => []);
  // Dealing continues across classes, so that fold sizes also differ by at most one.
  let next = 0;
  for (const label of [...byClass.keys()].sort((a, b) => a - b)) {
    for (const row of shuffled(byClass.get(label) ?? [], random)) {
      tests[next % k]?.push(row);
      next++;
    }
  }
  return tests.map((test) => {
    const held = new Set(test);
    return {
      test: [...test].sort((a, b) => a - b),
      train: labels.map((_, i) => i).filter((i) => !held.has(i)),
    };
  });
}
