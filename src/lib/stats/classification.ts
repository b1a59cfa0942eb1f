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
export function perClass(counts: readonly (readonly number[])[]) {
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

/** Every score but log loss, from a confusion matrix (counts may be weights). */
export function scoresFromConfusion(
  counts: readonly (readonly number[])[],
): Omit<ClassificationScores, 'log_loss'> {
  const classes = perClass(counts);
  const total = classes.reduce((s, c) => s + c.support, 0);
  const correct = counts.reduce((s, row, i) => s + (row[i] ?? 0), 0);
  const macro = (key: 'precision' | 'recall' | 'f1') =>
    classes.reduce((s, c) => s + c[key], 0) / classes.length;
  const weighted = (key: 'precision' | 'recall' | 'f1') =>
    total > 0 ? classes.reduce((s, c) => s + c[key] * c.support, 0) / total : Number.NaN;
  return {
    accuracy: total > 0 ? correct / total : Number.NaN,
    precision_macro: macro('precision'),
    recall_macro: macro('recall'),
    f1_macro: macro('f1'),
    precision_weighted: weighted('precision'),
    recall_weighted: weighted('recall'),
    f1_weighted: weighted('f1'),
  };
}

/** The classifier scores MLflow's autolog records, from true labels and class probabilities. */
export function classificationScores(
  truth: readonly number[],
  probabilities: readonly (readonly number[])[],
  nClasses: number,
): ClassificationScores {
  const predicted = probabilities.map((row) => row.indexOf(Math.max(...row)));
  return {
    ...scoresFromConfusion(confusionMatrix(truth, predicted, nClasses)),
    log_loss: logLoss(truth, probabilities),
  };
}

export interface ClassScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

/** Precision, recall, F1 and support of each class, as scikit-learn's classification_report. */
export function perClassScores(
  truth: readonly number[],
  predicted: readonly number[],
  nClasses: number,
): ClassScores[] {
  return perClass(confusionMatrix(truth, predicted, nClasses));
}

/** Each row of a confusion matrix divided by its total (recall on the diagonal). */
export function normalizeConfusion(counts: readonly (readonly number[])[]): number[][] {
  return counts.map((row) => {
    const total = row.reduce((s, v) => s + v, 0);
    return row.map((v) => (total > 0 ? v / total : 0));
  });
}

/**
 * Area under the ROC curve of `scores` for the rows where `positive` holds: the
 * Mann-Whitney U statistic over the rank sum, ties counting half. NaN with one class only.
 */
export function rocAuc(positive: readonly boolean[], scores: readonly number[]): number {
  const order = scores.map((s, i) => [s, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(scores.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.[0] === order[start]?.[0]) end++;
    const rank = (start + end) / 2 + 1;
    for (let j = start; j <= end; j++) ranks[order[j]?.[1] ?? 0] = rank;
    start = end + 1;
  }
  const nPositive = positive.filter(Boolean).length;
  const nNegative = positive.length - nPositive;
  if (nPositive === 0 || nNegative === 0) return Number.NaN;
  const rankSum = positive.reduce((s, p, i) => s + (p ? (ranks[i] ?? 0) : 0), 0);
  return (rankSum - (nPositive * (nPositive + 1)) / 2) / (nPositive * nNegative);
}

/** One-vs-rest ROC AUC of each class, and their macro and support-weighted means. */
export function rocAucOvr(
  truth: readonly number[],
  probabilities: readonly (readonly number[])[],
  nClasses: number,
): { per_class: number[]; macro: number; weighted: number } {
  const perClassAuc = Array.from({ length: nClasses }, (_, c) =>
    rocAuc(
      truth.map((t) => t === c),
      probabilities.map((row) => row[c] ?? 0),
    ),
  );
  const support = Array.from({ length: nClasses }, (_, c) => truth.filter((t) => t === c).length);
  const total = support.reduce((s, v) => s + v, 0);
  return {
    per_class: perClassAuc,
    macro: perClassAuc.reduce((s, v) => s + v, 0) / nClasses,
    weighted: perClassAuc.reduce((s, v, c) => s + v * (support[c] ?? 0), 0) / total,
  };
}
