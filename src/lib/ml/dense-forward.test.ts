import { describe, expect, it } from 'vitest';
import { irisDataset } from '../data/iris';
import { DEFAULT_CONFIG } from './hyperparameters';
import { loadTf } from './load-tf';
import { predictProbabilities } from './predict';
import { deserializeModel } from './serialize';
import { forwardPass } from './dense-forward';
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
