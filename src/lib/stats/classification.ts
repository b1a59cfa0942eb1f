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

export interface ClassificationScores {
  readonly accuracy: number;
  readonly precision_macro: number;
  readonly recall_macro: number;
  readonly f1_macro: number;
  readonly precision_weighted: number;
  readonly recall_weighted: number;
  readonly f1_weighted: number;
  readonly log_loss: number;
}

/** Precision, recall and F1 of each class from a confusion matrix; 0 where undefined, as scikit-learn does. */
function perClass(counts: readonly (readonly number[])[]) {
  return counts.map((row, c) => {
    const truePositives = row[c] ?? 0;
    const actual = row.reduce((s, v) => s + v, 0);
    const predicted = counts.reduce((s, r) => s + (r[c] ?? 0), 0);
    const precision = predicted > 0 ? truePositives / predicted : 0;
    const recall = actual > 0 ? truePositives / actual : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return { precision, recall, f1, support: actual };
  });
}

/** scikit-learn's log_loss: mean negative log of the true class's probability, clipped away from 0. */
export function logLoss(truth: readonly number[], probabilities: readonly (readonly number[])[]) {
  if (truth.length === 0) return Number.NaN;
  const eps = 1e-15;
  let sum = 0;
  truth.forEach((label, i) => {
    const p = probabilities[i]?.[label] ?? 0;
    sum -= Math.log(Math.min(1 - eps, Math.max(eps, p)));
  });
  return sum / truth.length;
}

/** The classifier scores MLflow's autolog records, from true labels and class probabilities. */
export function classificationScores(
  truth: readonly number[],
  probabilities: readonly (readonly number[])[],
  nClasses: number,
): ClassificationScores {
  const predicted = probabilities.map((row) => row.indexOf(Math.max(...row)));
  const classes = perClass(confusionMatrix(truth, predicted, nClasses));
  const total = classes.reduce((s, c) => s + c.support, 0);
  const macro = (key: 'precision' | 'recall' | 'f1') =>
    classes.reduce((s, c) => s + c[key], 0) / classes.length;
  const weighted = (key: 'precision' | 'recall' | 'f1') =>
    total > 0 ? classes.reduce((s, c) => s + c[key] * c.support, 0) / total : Number.NaN;
  return {
    accuracy: accuracy(truth, predicted),
    precision_macro: macro('precision'),
    recall_macro: macro('recall'),
    f1_macro: macro('f1'),
    precision_weighted: weighted('precision'),
    recall_weighted: weighted('recall'),
    f1_weighted: weighted('f1'),
    log_loss: logLoss(truth, probabilities),
  };
}
