import { describe, expect, it } from 'vitest';
import { irisDataset } from '../data/iris';
import { DEFAULT_CONFIG, configParams, type TrainConfig } from './hyperparameters';
import { loadTf } from './load-tf';
import { TrainingCancelled, trainClassifier } from './train';

const softmax: TrainConfig = { ...DEFAULT_CONFIG, model: 'softmax', epochs: 40 };
const l1Norm = (weights: Float32Array, count: number) =>
  Array.from(weights.subarray(0, count)).reduce((s, w) => s + Math.abs(w), 0);

describe('training options', () => {
  it('shrinks softmax weights with a stronger penalty (l2, l1, elastic net)', async () => {
    const tf = await loadTf();
    const kernel = 4 * 3;
    const free = await trainClassifier(tf, softmax, irisDataset());
    for (const penalty of ['l2', 'l1', 'elasticnet'] as const) {
      const held = await trainClassifier(
        tf,
        { ...softmax, penalty, alpha: 0.5, l1_ratio: 0.1 },
        irisDataset(),
      );
      expect(l1Norm(new Float32Array(held.model.weightData), kernel)).toBeLessThan(
        l1Norm(new Float32Array(free.model.weightData), kernel),
      );
      // The training loss includes the penalty, so it sits above the unpenalized one.
      expect(held.history.at(-1)?.loss).toBeGreaterThan(free.history.at(-1)?.loss ?? Infinity);
    }
  });

  it('reproduces mini-batch training with dropout, sgd and tanh from the seed', async () => {
    const tf = await loadTf();
    const config: TrainConfig = {
      ...DEFAULT_CONFIG,
      epochs: 15,
      batch_size: 16,
      dropout: 0.3,
      optimizer: 'sgd',
      learning_rate: 0.1,
      activation: 'tanh',
      hidden_layers: 2,
    };
    const before = tf.memory().numTensors;
    const a = await trainClassifier(tf, config, irisDataset());
    const b = await trainClassifier(tf, config, irisDataset());
    expect(tf.memory().numTensors).toBe(before);
    expect(b.history).toEqual(a.history);
    const fullBatch = await trainClassifier(tf, { ...config, batch_size: 512 }, irisDataset());
    expect(fullBatch.history).not.toEqual(a.history);
    expect(a.model.modelTopology).toMatchObject({ config: { layers: expect.any(Array) } });
  });

  it('stops early when validation loss stops improving, and logs where', async () => {
    const tf = await loadTf();
    const result = await trainClassifier(
      tf,
      { ...DEFAULT_CONFIG, epochs: 1000, learning_rate: 0.2, patience: 5 },
      irisDataset(),
    );
    expect(result.history.length).toBeLessThan(1000);
    expect(result.metrics['stopped_epoch']).toBe(result.history.length - 1);
    const losses = result.history.map((h) => h.val_loss);
    const best = Math.min(...losses);
    expect(losses.slice(-5).every((l) => l >= best)).toBe(true);
  });

  it('trains on raw measurements when standardization is off', async () => {
    const tf = await loadTf();
    const result = await trainClassifier(tf, { ...softmax, standardize: false }, irisDataset());
    expect(result.model.scaler).toEqual({ mean: [0, 0, 0, 0], std: [1, 1, 1, 1] });
  });

  it('records every autolog score for training and validation rows', async () => {
    const tf = await loadTf();
    const result = await trainClassifier(tf, softmax, irisDataset());
    for (const prefix of ['training', 'val']) {
      for (const score of ['precision', 'recall', 'f1']) {
        for (const average of ['macro', 'weighted']) {
          const value = result.metrics[`${prefix}_${score}_${average}`];
          expect(value).toBeGreaterThan(0.5);
          expect(value).toBeLessThanOrEqual(1);
        }
      }
      expect(result.metrics[`${prefix}_log_loss`]).toBeGreaterThan(0);
    }
    expect(result.metrics['training_accuracy']).toBeGreaterThan(0.8);
  });

  it('stops with TrainingCancelled when its checkpoint says so, leaving no tensor', async () => {
    const tf = await loadTf();
    const before = tf.memory().numTensors;
    let epochs = 0;
    const training = trainClassifier(
      tf,
      DEFAULT_CONFIG,
      irisDataset(),
      () => epochs++,
      () => (epochs >= 3 ? Promise.reject(new TrainingCancelled()) : undefined),
    );
    await expect(training).rejects.toBeInstanceOf(TrainingCancelled);
    expect(epochs).toBe(3);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('configParams', () => {
  it('logs only the fields that the model (and penalty) use', () => {
    expect(Object.keys(configParams(DEFAULT_CONFIG)).sort()).toEqual(
      [
        'model',
        'learning_rate',
        'epochs',
        'optimizer',
        'batch_size',
        'patience',
        'standardize',
        'test_size',
        'seed',
        'hidden_layers',
        'hidden_units',
        'activation',
        'dropout',
      ].sort(),
    );
    const elastic = configParams({ ...softmax, penalty: 'elasticnet', l1_ratio: 0.1 });
    expect(elastic).toMatchObject({ penalty: 'elasticnet', alpha: '0.01', l1_ratio: '0.1' });
    expect(elastic['hidden_units']).toBeUndefined();
    expect(configParams(softmax)['alpha']).toBeUndefined();
  });
});
