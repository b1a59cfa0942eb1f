// Class probabilities for raw measurement rows: scale as in training, run the model,
// and read the result back without leaving tensors behind.
import type { LayersModel } from '@tensorflow/tfjs-layers';
import type { Tensor } from '@tensorflow/tfjs-core';
import { applyScaler, type Scaler } from '../data/scaling';
import type { Tf } from './load-tf';

export function predictProbabilities(
  tf: Tf,
  model: LayersModel,
  scaler: Scaler,
  rows: readonly (readonly number[])[],
): number[][] {
  if (rows.length === 0) return [];
  const width = rows[0]?.length ?? 0;
  const flat = tf.tidy(() => {
    const input = tf.tensor2d(applyScaler(scaler, rows), [rows.length, width]);
    return (model.predict(input) as Tensor).dataSync();
  });
  const nClasses = flat.length / rows.length;
  return rows.map((_, i) => Array.from(flat.subarray(i * nClasses, (i + 1) * nClasses)));
}

/** Index of the largest probability (the first one on ties). */
export function argmax(values: readonly number[]): number {
  let best = 0;
  values.forEach((v, i) => {
    if (v > (values[best] ?? -Infinity)) best = i;
  });
  return best;
}
