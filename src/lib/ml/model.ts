// The two classifier architectures, built with seeded initializers so that a seed
// reproduces the starting weights.
import type { Tf } from './load-tf';
import type { TrainConfig } from './hyperparameters';

export function buildClassifier(tf: Tf, config: TrainConfig, nFeatures: number, nClasses: number) {
  const model = tf.sequential();
  const init = (offset: number) => tf.initializers.glorotUniform({ seed: config.seed + offset });
  if (config.model === 'mlp') {
    model.add(
      tf.layers.dense({
        inputShape: [nFeatures],
        units: config.hidden_units,
        activation: 'relu',
        kernelInitializer: init(0),
      }),
    );
    model.add(
      tf.layers.dense({ units: nClasses, activation: 'softmax', kernelInitializer: init(1) }),
    );
  } else {
    model.add(
      tf.layers.dense({
        inputShape: [nFeatures],
        units: nClasses,
        activation: 'softmax',
        kernelInitializer: init(0),
      }),
    );
  }
  return model;
}
