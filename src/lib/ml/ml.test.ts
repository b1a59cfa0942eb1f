import { describe, expect, it } from 'vitest';
import type { Tensor } from '@tensorflow/tfjs-core';
import { irisDataset } from '../data/iris';
import { applyScaler } from '../data/scaling';
import { stratifiedSplit } from '../data/split';
import { DEFAULT_CONFIG, checkConfig, type TrainConfig } from './hyperparameters';
import { loadTf } from './load-tf';
import { argmax, predictProbabilities } from './predict';
import { deserializeModel } from './serialize';
import { trainClassifier } from './train';

const quick: TrainConfig = { ...DEFAULT_CONFIG, epochs: 30 };

describe('trainClassifier', () => {
  it('reproduces the same metrics from the same seed and config', async () => {
    const tf = await loadTf();
    const a = await trainClassifier(tf, quick, irisDataset());
    const b = await trainClassifier(tf, quick, irisDataset());
    expect(b.history).toEqual(a.history);
    expect(b.metrics).toEqual(a.metrics);
    expect(new Float32Array(b.model.weightData)).toEqual(new Float32Array(a.model.weightData));
    const c = await trainClassifier(tf, { ...quick, seed: 7 }, irisDataset());
    expect(c.history).not.toEqual(a.history);
  });

  it('learns iris with both architectures', async () => {
    const tf = await loadTf();
    for (const model of ['mlp', 'softmax'] as const) {
      const result = await trainClassifier(tf, { ...DEFAULT_CONFIG, model }, irisDataset());
      expect(result.history).toHaveLength(DEFAULT_CONFIG.epochs);
      expect(result.history.at(-1)?.val_accuracy).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('leaves no tensor behind after training and 1,000 predictions', async () => {
    const tf = await loadTf();
    const before = tf.memory().numTensors;
    const result = await trainClassifier(tf, quick, irisDataset());
    const model = await deserializeModel(tf, result.model);
    const afterLoad = tf.memory().numTensors;
    for (let i = 0; i < 1000; i++) {
      predictProbabilities(tf, model, result.model.scaler, [[5.1, 3.5, 1.4, 0.2]]);
    }
    expect(tf.memory().numTensors).toBe(afterLoad);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('restores a serialized model that predicts as the original did', async () => {
    const tf = await loadTf();
    const result = await trainClassifier(tf, DEFAULT_CONFIG, irisDataset());
    const model = await deserializeModel(tf, result.model);
    const probabilities = predictProbabilities(
      tf,
      model,
      result.model.scaler,
      irisDataset().features,
    );
    model.dispose();
    const predicted = probabilities.map(argmax);
    const correct = predicted.filter((p, i) => p === irisDataset().labels[i]).length;
    expect(correct / 150).toBeGreaterThan(0.9);
    for (const row of probabilities) expect(row.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 5);
  });
});

describe('validation metrics', () => {
  it('agree with tfjs evaluate() on the final model and with its confusion matrix', async () => {
    const tf = await loadTf();
    const result = await trainClassifier(tf, quick, irisDataset());
    const last = result.history.at(-1);
    const counts = result.confusion.flat().reduce((s, v) => s + v, 0);
    const correct = result.confusion.reduce((s, row, i) => s + (row[i] ?? 0), 0);
    expect(last?.val_accuracy).toBeCloseTo(correct / counts, 6);
    expect(last?.val_loss).toBeCloseTo(result.metrics['val_log_loss'] ?? Number.NaN, 5);

    const split = stratifiedSplit(irisDataset(), quick.test_size, quick.seed);
    const model = await deserializeModel(tf, result.model);
    model.compile({ optimizer: 'sgd', loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
    const x = tf.tensor2d(applyScaler(result.model.scaler, split.test.features));
    const y = tf.oneHot(tf.tensor1d(split.test.labels as number[], 'int32'), 3);
    const [loss, accuracy] = model.evaluate(x, tf.cast(y, 'float32')) as Tensor[];
    expect(last?.val_loss).toBeCloseTo(loss?.dataSync()[0] ?? Number.NaN, 5);
    expect(last?.val_accuracy).toBeCloseTo(accuracy?.dataSync()[0] ?? Number.NaN, 6);
    tf.dispose([x, y, loss, accuracy]);
    model.dispose();
  });
});

describe('checkConfig', () => {
  it('accepts the defaults and names every out-of-range field', () => {
    expect(checkConfig(DEFAULT_CONFIG)).toEqual({ ok: true, config: DEFAULT_CONFIG });
    const bad = checkConfig({
      ...DEFAULT_CONFIG,
      model: 'svm',
      epochs: 0,
      learning_rate: Number.NaN,
      hidden_units: 2.5,
      penalty: 'ridge',
      standardize: 'yes',
    });
    expect(bad).toEqual({
      ok: false,
      problems: {
        model: { kind: 'not_a_choice', options: ['softmax', 'mlp'] },
        penalty: { kind: 'not_a_choice', options: ['none', 'l2', 'l1', 'elasticnet'] },
        standardize: { kind: 'not_a_boolean' },
        epochs: { kind: 'out_of_range', min: 1, max: 1000 },
        learning_rate: { kind: 'not_a_number' },
        hidden_units: { kind: 'not_an_integer' },
      },
    });
  });
});
