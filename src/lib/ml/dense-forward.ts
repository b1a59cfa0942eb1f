// A trained classifier's forward pass in plain JavaScript, read from its serialized form
// (the Dense layers of a tfjs Sequential model, float32 weights): microseconds per row with
// no tensors, for the simulator's fast-forward mode, where tfjs's per-call cost would
// bound it at a few thousand requests per second. Same weights, same arithmetic order as
// a dense layer, so its answers match tfjs's. The layers as plain data serve exports too.
import type { SerializedModel } from './serialize';

type Activation = (values: Float64Array) => void;

const linear: Activation = () => undefined;

const ACTIVATIONS: Record<string, Activation> = {
  linear,
  relu: (v) => v.forEach((x, i) => (v[i] = Math.max(0, x))),
  tanh: (v) => v.forEach((x, i) => (v[i] = Math.tanh(x))),
  sigmoid: (v) => v.forEach((x, i) => (v[i] = 1 / (1 + Math.exp(-x)))),
  softmax: (v) => {
    const max = Math.max(...v);
    let sum = 0;
    v.forEach((x, i) => {
      v[i] = Math.exp(x - max);
      sum += v[i] ?? 0;
    });
    v.forEach((x, i) => (v[i] = x / sum));
  },
};

/** One Dense layer as plain data: kernel[i * units + u] links input i to unit u. */
export interface DenseLayer {
  kernel: Float32Array;
  bias: Float32Array;
  inputs: number;
  units: number;
  activation: string;
}

export class ForwardPassError extends Error {}

/**
 * The Dense layers of a serialized Sequential model, in order, with their weights; a
 * layer of another kind or an activation this pass lacks is a ForwardPassError.
 */
export function denseLayers(model: SerializedModel): DenseLayer[] {
  const topology = model.modelTopology as {
    config?: { layers?: { class_name: string; config: { units: number; activation?: string } }[] };
  };
  const layers = topology.config?.layers ?? [];
  let offset = 0;
  let spec = 0;
  return layers.map((layer) => {
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
  });
}

/** A function from one row of measurements (cm) to its class probabilities. */
export function forwardPass(model: SerializedModel): (row: readonly number[]) => Float64Array {
  const layers = denseLayers(model).map((layer) => ({
    ...layer,
    activate: ACTIVATIONS[layer.activation] ?? linear,
  }));
  const { mean, std } = model.scaler;
  return (row) => {
    let values = Float64Array.from(row, (x, j) => (x - (mean[j] ?? 0)) / (std[j] ?? 1));
    for (const layer of layers) {
      const out = new Float64Array(layer.units);
      for (let u = 0; u < layer.units; u++) {
        let sum = layer.bias[u] ?? 0;
        for (let i = 0; i < layer.inputs; i++) {
          sum += (values[i] ?? 0) * (layer.kernel[i * layer.units + u] ?? 0);
        }
        out[u] = sum;
      }
      layer.activate(out);
      values = out;
    }
    return values;
  };
}
