// A trained classifier's forward pass in plain JavaScript, read from its serialized form
// (the Dense layers of a tfjs Sequential model, float32 weights) or from the plain weights
// the training worker posts while it trains: microseconds per row with no tensors, for the
// simulator's fast-forward mode (where tfjs's per-call cost would bound it at a few
// thousand requests per second), the live decision regions and exports. Same weights, same
// arithmetic order as a dense layer, so its answers match tfjs's.
import type { Scaler } from '../data/scaling';
import type { SerializedModel } from './serialize';

type Activation = (values: Float64Array) => void;

// Plain loops: these run for every row of a 60×60 picture several times a second.
const ACTIVATIONS: Record<string, Activation> = {
  linear: () => undefined,
  relu: (v) => {
    for (let i = 0; i < v.length; i++) v[i] = Math.max(0, v[i] ?? 0);
  },
  tanh: (v) => {
    for (let i = 0; i < v.length; i++) v[i] = Math.tanh(v[i] ?? 0);
  },
  sigmoid: (v) => {
    for (let i = 0; i < v.length; i++) v[i] = 1 / (1 + Math.exp(-(v[i] ?? 0)));
  },
  softmax: (v) => {
    let max = -Infinity;
    for (let i = 0; i < v.length; i++) max = Math.max(max, v[i] ?? 0);
    let sum = 0;
    for (let i = 0; i < v.length; i++) {
      const e = Math.exp((v[i] ?? 0) - max);
      v[i] = e;
      sum += e;
    }
    for (let i = 0; i < v.length; i++) v[i] = (v[i] ?? 0) / sum;
  },
};

/** One Dense layer's weights: kernel[input * units + unit], as tfjs stores them. */
export interface DenseLayerWeights {
  readonly kernel: Float32Array;
  readonly bias: Float32Array;
  readonly inputs: number;
  readonly units: number;
  readonly activation: string;
}

/** A classifier as plain data (its scaler and Dense layers): it crosses postMessage as is. */
export interface DenseNetwork {
  readonly scaler: Scaler;
  readonly layers: readonly DenseLayerWeights[];
}

export class ForwardPassError extends Error {}

/**
 * The Dense layers of a serialized Sequential model, in order, with their weights; a
 * layer of another kind or an activation this pass lacks is a ForwardPassError.
 */
export function denseNetwork(model: SerializedModel): DenseNetwork {
  const topology = model.modelTopology as {
    config?: { layers?: { class_name: string; config: { units: number; activation?: string } }[] };
  };
  const layers = topology.config?.layers ?? [];
  let offset = 0;
  let spec = 0;
  return {
    scaler: model.scaler,
    layers: layers.map((layer) => {
      if (layer.class_name !== 'Dense') {
        throw new ForwardPassError(`a ${layer.class_name} layer has no plain forward pass here`);
      }
      const kernelSpec = model.weightSpecs[spec++];
      const biasSpec = model.weightSpecs[spec++];
      const [inputs = 0, units = 0] = kernelSpec?.shape ?? [];
      const kernel = new Float32Array(model.weightData, offset, inputs * units);
      offset += inputs * units * 4;
      const bias = new Float32Array(model.weightData, offset, units);
      offset += units * 4;
      if (biasSpec?.shape[0] !== units) throw new ForwardPassError('kernel and bias do not match');
      const activation = layer.config.activation ?? 'linear';
      if (!(activation in ACTIVATIONS)) {
        throw new ForwardPassError(`unknown activation ${activation}`);
      }
      return { kernel, bias, inputs, units, activation };
    }),
  };
}

/** Multiply-adds per row: what one forward pass costs. */
export function networkCost(network: DenseNetwork): number {
  return network.layers.reduce((sum, layer) => sum + layer.inputs * layer.units, 0);
}

/**
 * A function from one row of measurements (cm) to its class probabilities, written into
 * one buffer that the next call overwrites: no allocation per row, for callers that read
 * the answer at once (thousands of rows per picture).
 */
export function reusingForwardPass(
  network: DenseNetwork,
): (row: readonly number[]) => Float64Array {
  const layers = network.layers.map((layer) => {
    const activation = ACTIVATIONS[layer.activation];
    if (!activation) throw new ForwardPassError(`unknown activation ${layer.activation}`);
    return { ...layer, apply: activation, out: new Float64Array(layer.units) };
  });
  const { mean, std } = network.scaler;
  const input = new Float64Array(mean.length);
  return (row) => {
    for (let j = 0; j < input.length; j++)
      input[j] = ((row[j] ?? 0) - (mean[j] ?? 0)) / (std[j] ?? 1);
    let values = input;
    for (const { kernel, bias, inputs, units, out, apply } of layers) {
      for (let u = 0; u < units; u++) {
        let sum = bias[u] ?? 0;
        for (let i = 0; i < inputs; i++) sum += (values[i] ?? 0) * (kernel[i * units + u] ?? 0);
        out[u] = sum;
      }
      apply(out);
      values = out;
    }
    return values;
  };
}

/** A function from one row of measurements (cm) to its class probabilities. */
export function networkForwardPass(
  network: DenseNetwork,
): (row: readonly number[]) => Float64Array {
  const forward = reusingForwardPass(network);
  return (row) => forward(row).slice();
}

/** The forward pass of a serialized model. */
export function forwardPass(model: SerializedModel): (row: readonly number[]) => Float64Array {
  return networkForwardPass(denseNetwork(model));
}
