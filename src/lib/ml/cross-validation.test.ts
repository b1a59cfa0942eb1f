import { describe, expect, it } from 'vitest';
import { stratifiedKFold } from '../data/folds';
import { irisDataset } from '../data/iris';
import { splitByIndices } from '../data/split';
import { mean } from '../stats/resampling';
import { DEFAULT_CONFIG, type TrainConfig } from './hyperparameters';
import { loadTf } from './load-tf';
import { trainClassifier } from './train';

describe('5-fold cross-validation of softmax regression on standardized iris', () => {
  it("scores about what scikit-learn's LogisticRegression scores (0.95-0.97 mean accuracy)", async () => {
    const tf = await loadTf();
    const dataset = irisDataset();
    // lbfgs runs to convergence; full-batch Adam needs a few hundred epochs to get there.
    const config: TrainConfig = {
      ...DEFAULT_CONFIG,
      model: 'softmax',
      epochs: 500,
      learning_rate: 0.1,
      // scikit-learn's default C = 1 is an L2 penalty of 1 / (C · n_train) on the mean loss.
      penalty: 'l2',
      alpha: 1 / 120,
    };
    const accuracies: number[] = [];
    for (const fold of stratifiedKFold(dataset.labels, 5, 0)) {
      const split = splitByIndices(dataset, fold.train, fold.test);
      const result = await trainClassifier(tf, config, dataset, undefined, undefined, split);
      accuracies.push(result.history.at(-1)?.val_accuracy ?? 0);
    }
    const score = mean(accuracies);
    // Measured 0.953 with these folds (0.947 without the penalty: it overfits a little).
    expect(score).toBeGreaterThanOrEqual(0.945);
    expect(score).toBeLessThanOrEqual(0.975);
  });
});
