// The two classifier architectures, built with seeded initializers so that a seed
// reproduces the starting weights. Dropout is not a layer: the training loop applies it
// with a seed per step (a Dropout layer's fixed seed would draw the same mask every step).
import type { Tf } from './load-tf';
import type { TrainConfig } from './hyperparameters';

export function buildClassifier(tf: Tf, config: TrainConfig, nFeatures: number, nClasses: number) {
  const model = tf.sequential();
  const init = (offset: number) => tf.initializers.glorotUniform({ seed: config.seed + offset });
  const hidden = config.model === 'mlp' ? config.hidden_layers : 0;
  for (let layer = 0; layer < hidden; layer++) {
    model.add(
      tf.layers.dense({
        ...(layer === 0 ? { inputShape: [nFeatures] } : {}),
        units: config.hidden_units,
        activation: config.activation,
        kernelInitializer: init(layer),
      }),
    );
  }
  model.add(
    tf.layers.dense({
      ...(hidden === 0 ? { inputShape: [nFeatures] } : {}),
      units: nClasses,
      activation: 'softmax',
      kernelInitializer: init(hidden),
    }),
  );
  return model;
}
