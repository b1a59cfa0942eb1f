// The weights of a model in training as plain data (a DenseNetwork), read between epochs so
// that the page can draw what the model answers while it learns; and the same picture of a
// finished training's model.
import type { Sequential } from '@tensorflow/tfjs-layers';
import type { Scaler } from '../data/scaling';
import { denseNetwork, type DenseNetwork } from './dense-forward';
import type { SerializedModel } from './serialize';

/** The model's weights after `epoch` (0-based). */
export interface NetworkSnapshot {
  readonly epoch: number;
  readonly network: DenseNetwork;
}

/**
 * Copies the current weights of `model` (Dense layers only, as buildClassifier makes it).
 * getWeights() hands out the variables themselves, not clones, so nothing is left to
 * dispose; dataSync() may return the backend's own buffer, which the next step overwrites,
 * hence the copies.
 */
export function snapshotNetwork(model: Sequential, scaler: Scaler): DenseNetwork {
  return {
    scaler,
    layers: model.layers.map((layer) => {
      const [kernel, bias] = layer.getWeights();
      const [inputs = 0, units = 0] = kernel?.shape ?? [];
      const activation = layer.getConfig()['activation'];
      return {
        kernel: Float32Array.from(kernel?.dataSync() ?? []),
        bias: Float32Array.from(bias?.dataSync() ?? []),
        inputs,
        units,
        activation: typeof activation === 'string' ? activation : 'linear',
      };
    }),
  };
}

/** The finished model of a training that ran `epochs` epochs. */
export function finalSnapshot(model: SerializedModel, epochs: number): NetworkSnapshot {
  return { epoch: epochs - 1, network: denseNetwork(model) };
}
