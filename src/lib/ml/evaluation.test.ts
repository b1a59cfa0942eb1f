import { describe, expect, it } from 'vitest';
import { irisDataset } from '../data/iris';
import { DEFAULT_CONFIG, type TrainConfig } from './hyperparameters';
import { bootstrap, crossValidate, holdOut } from './evaluation';
import { loadTf } from './load-tf';

const softmax: TrainConfig = {
  ...DEFAULT_CONFIG,
  model: 'softmax',
  epochs: 60,
  learning_rate: 0.1,
};

describe('offline evaluation', () => {
  it('cross-validates with k folds: every metric with its per-fold values, the same each time', async () => {
    const tf = await loadTf();
    const progress: number[] = [];
    const options = { k: 5, seed: 3, confidence: 0.95 };
    const a = await crossValidate(tf, softmax, irisDataset(), options, (done) =>
      progress.push(done),
    );
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    const accuracy = a.metrics['accuracy'];
    expect(accuracy?.values).toHaveLength(5);
    expect(accuracy?.mean).toBeGreaterThan(0.85);
    expect(accuracy?.interval[0]).toBeLessThanOrEqual(accuracy?.mean ?? 0);
    for (const key of ['f1_macro', 'precision_weighted', 'recall_macro', 'log_loss', 'roc_auc']) {
      expect(a.metrics[key]?.values).toHaveLength(5);
    }
    expect(a.confusion.flat().reduce((s, v) => s + v, 0)).toBe(150);
    const b = await crossValidate(tf, softmax, irisDataset(), options);
    expect(b.metrics).toEqual(a.metrics);
  });

  it('bootstraps one set of predictions with percentile intervals around the point estimate', async () => {
    const tf = await loadTf();
    const held = await holdOut(tf, softmax, irisDataset(), { test_size: 0.3, seed: 1 });
    const predictions = held.predictions[0];
    if (!predictions) throw new Error('no predictions');
    const boot = bootstrap(predictions, { resamples: 500, seed: 2, confidence: 0.9 });
    const point = held.metrics['accuracy']?.mean ?? 0;
    const [low, high] = boot.metrics['accuracy']?.interval ?? [0, 0];
    expect(boot.metrics['accuracy']?.values).toHaveLength(500);
    expect(low).toBeLessThanOrEqual(point);
    expect(high).toBeGreaterThanOrEqual(point);
    expect(bootstrap(predictions, { resamples: 500, seed: 2, confidence: 0.9 })).toEqual(boot);
  });
});
