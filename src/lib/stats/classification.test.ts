import { describe, expect, it } from 'vitest';
import { classificationScores, confusionMatrix, logLoss } from './classification';

describe('classificationScores', () => {
  it('matches a hand-computed case', () => {
    // truth:     0 0 0 1 1 2
    // predicted: 0 0 1 1 2 2
    const truth = [0, 0, 0, 1, 1, 2];
    const oneHot = (c: number) => [0, 1, 2].map((k) => (k === c ? 0.8 : 0.1));
    const probabilities = [0, 0, 1, 1, 2, 2].map(oneHot);
    expect(confusionMatrix(truth, [0, 0, 1, 1, 2, 2], 3)).toEqual([
      [2, 1, 0],
      [0, 1, 1],
      [0, 0, 1],
    ]);
    const scores = classificationScores(truth, probabilities, 3);
    // precision: 2/2, 1/2, 1/2; recall: 2/3, 1/2, 1/1; f1: 0.8, 0.5, 2/3
    expect(scores.accuracy).toBeCloseTo(4 / 6, 12);
    expect(scores.precision_macro).toBeCloseTo((1 + 0.5 + 0.5) / 3, 12);
    expect(scores.recall_macro).toBeCloseTo((2 / 3 + 0.5 + 1) / 3, 12);
    expect(scores.f1_macro).toBeCloseTo((0.8 + 0.5 + 2 / 3) / 3, 12);
    expect(scores.precision_weighted).toBeCloseTo((3 * 1 + 2 * 0.5 + 1 * 0.5) / 6, 12);
    expect(scores.recall_weighted).toBeCloseTo(4 / 6, 12);
    expect(scores.f1_weighted).toBeCloseTo((3 * 0.8 + 2 * 0.5 + 2 / 3) / 6, 12);
    // true-class probability 0.8 in four rows, 0.1 in two
    expect(scores.log_loss).toBeCloseTo(-(4 * Math.log(0.8) + 2 * Math.log(0.1)) / 6, 12);
  });

  it('scores a class that is never predicted as 0 precision, as scikit-learn does', () => {
    const scores = classificationScores(
      [0, 1],
      [
        [0.9, 0.1],
        [0.6, 0.4],
      ],
      2,
    );
    expect(scores.precision_macro).toBeCloseTo(0.25, 12);
    expect(logLoss([0], [[0]])).toBeCloseTo(-Math.log(1e-15), 6);
  });
});
