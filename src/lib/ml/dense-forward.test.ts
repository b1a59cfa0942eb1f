import { describe, expect, it } from 'vitest';
import { irisDataset } from '../data/iris';
import { DEFAULT_CONFIG } from './hyperparameters';
import { loadTf } from './load-tf';
import { predictProbabilities } from './predict';
import { deserializeModel } from './serialize';
import { forwardPass, networkForwardPass } from './dense-forward';
import { finalSnapshot, type NetworkSnapshot } from './network-snapshot';
import { trainClassifier } from './train';

describe('plain forward pass', () => {
  it.each([
    ['the default MLP', { ...DEFAULT_CONFIG, epochs: 30 }],
    [
      'a two-layer tanh MLP',
      { ...DEFAULT_CONFIG, epochs: 30, hidden_layers: 2, activation: 'tanh' as const },
    ],
    ['softmax regression', { ...DEFAULT_CONFIG, epochs: 30, model: 'softmax' as const }],
  ])('answers as tfjs does for %s', async (_, config) => {
    const tf = await loadTf();
    const data = irisDataset();
    const { model: serialized } = await trainClassifier(tf, config, data);
    const model = await deserializeModel(tf, serialized);
    const expected = predictProbabilities(tf, model, serialized.scaler, data.features);
    model.dispose();
    const forward = forwardPass(serialized);
    data.features.forEach((row, i) => {
      const probabilities = Array.from(forward(row));
      (expected[i] ?? []).forEach((p, c) => expect(probabilities[c]).toBeCloseTo(p, 5));
    });
  });
});

describe('weights while training', () => {
  it('copies them between epochs: the first answers otherwise than the last, which is the finished model', async () => {
    const tf = await loadTf();
    const data = irisDataset();
    const tensorsBefore = tf.memory().numTensors;
    const snapshots: NetworkSnapshot[] = [];
    const result = await trainClassifier(
      tf,
      { ...DEFAULT_CONFIG, epochs: 30 },
      data,
      (m, network) => snapshots.push({ epoch: m.epoch, network: network() }),
    );
    expect(tf.memory().numTensors).toBe(tensorsBefore);
    expect(snapshots.map((s) => s.epoch)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(snapshots[0]?.network.layers.map((l) => [l.inputs, l.units, l.activation])).toEqual([
      [4, 16, 'relu'],
      [16, 3, 'softmax'],
    ]);
    const first = networkForwardPass(
      snapshots[0]?.network ?? { scaler: result.model.scaler, layers: [] },
    );
    const last = networkForwardPass(
      snapshots[29]?.network ?? { scaler: result.model.scaler, layers: [] },
    );
    const finished = forwardPass(result.model);
    let moved = 0;
    for (const row of data.features) {
      const expected = Array.from(finished(row));
      Array.from(last(row)).forEach((p, c) => expect(p).toBeCloseTo(expected[c] ?? NaN, 6));
      moved = Math.max(
        moved,
        ...Array.from(first(row), (p, c) => Math.abs(p - (expected[c] ?? 0))),
      );
    }
    expect(moved).toBeGreaterThan(0.2);
    expect(finalSnapshot(result.model, result.history.length).epoch).toBe(29);
  });
});
