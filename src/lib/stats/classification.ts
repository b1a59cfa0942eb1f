// Classification metrics from true labels and predicted class indices.

export function accuracy(truth: readonly number[], predicted: readonly number[]): number {
  if (truth.length === 0) return Number.NaN;
  let correct = 0;
  truth.forEach((label, i) => {
    if (predicted[i] === label) correct++;
  });
  return correct / truth.length;
}

/** counts[t][p]: how many rows of true class t were predicted as p. */
export function confusionMatrix(
  truth: readonly number[],
  predicted: readonly number[],
  nClasses: number,
): number[][] {
  const counts = Array.from({ length: nClasses }, () => new Array<number>(nClasses).fill(0));
  truth.forEach((label, i) => {
    const row = counts[label];
    const p = predicted[i];
    if (row && p !== undefined && p >= 0 && p < nClasses) row[p] = (row[p] ?? 0) + 1;
  });
  return counts;
}
