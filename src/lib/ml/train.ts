// Seeded, full-batch training of an iris classifier in an explicit optimizer loop.
// Full batches make every epoch deterministic without tfjs's unseeded shuffling, the cpu
// backend makes it bit-stable, and the loop skips fit()'s per-epoch slicing and log
// machinery, which on a model this small costs as much as the training step itself.
import type { Optimizer, Scalar, Tensor, Variable } from '@tensorflow/tfjs-core';
import type { Sequential } from '@tensorflow/tfjs-layers';
import { CLASS_NAMES, FEATURE_NAMES } from '../data/iris-schema';
import type { Dataset } from '../data/csv';
import { applyScaler, fitScaler } from '../data/scaling';
import { stratifiedSplit } from '../data/split';
import { accuracy } from '../stats/classification';
import type { TrainConfig } from './hyperparameters';
import type { Tf } from './load-tf';
import { buildClassifier } from './model';
import { argmax, predictProbabilities } from './predict';
import { serializeModel, type SerializedModel } from './serialize';

export interface EpochMetrics {
  readonly epoch: number;
  readonly loss: number;
  readonly accuracy: number;
  readonly val_loss: number;
  readonly val_accuracy: number;
}

export interface TrainResult {
  readonly history: readonly EpochMetrics[];
  readonly model: SerializedModel;
  /** Final figures: training and test accuracy of the finished model. */
  readonly metrics: Readonly<Record<string, number>>;
}

/** Mean categorical cross-entropy and accuracy of `predicted` against one-hot `y`. */
function lossAndAccuracy(tf: Tf, y: Tensor, predicted: Tensor): [Scalar, Scalar] {
  return [
    tf.mean(tf.metrics.categoricalCrossentropy(y, predicted)),
    tf.mean(tf.metrics.categoricalAccuracy(y, predicted)),
  ];
}

interface EpochTensors {
  readonly x: Tensor;
  readonly y: Tensor;
  readonly xTest: Tensor;
  readonly yTest: Tensor;
}

/**
 * One optimizer step on the full batch, then the test-set figures of the updated model,
 * read back in one go. Training loss and accuracy are those of the forward pass that
 * the step's gradients come from (before the update), as Keras reports them.
 */
function runEpoch(
  tf: Tf,
  model: Sequential,
  optimizer: Optimizer,
  variables: Variable[],
  t: EpochTensors,
): [number, number, number, number] {
  // Kept out of minimize()'s tidy so that the step's own forward pass gives the accuracy.
  let batchAccuracy: Scalar | undefined;
  try {
    const figures = tf.tidy(() => {
      const loss = optimizer.minimize(
        () => {
          const predicted = model.apply(t.x, { training: true }) as Tensor;
          const [cost, accuracyOfBatch] = lossAndAccuracy(tf, t.y, predicted);
          batchAccuracy = tf.keep(accuracyOfBatch);
          return cost;
        },
        true,
        variables,
      );
      if (!loss || !batchAccuracy) throw new Error('the optimizer step returned no loss');
      const [valLoss, valAccuracy] = lossAndAccuracy(tf, t.yTest, model.predict(t.xTest) as Tensor);
      return tf.stack([loss, batchAccuracy, valLoss, valAccuracy]);
    });
    const [loss = NaN, trainAccuracy = NaN, valLoss = NaN, valAccuracy = NaN] = figures.dataSync();
    figures.dispose();
    return [loss, trainAccuracy, valLoss, valAccuracy];
  } finally {
    batchAccuracy?.dispose();
  }
}

export async function trainClassifier(
  tf: Tf,
  config: TrainConfig,
  dataset: Dataset,
  onEpoch?: (metrics: EpochMetrics) => void,
): Promise<TrainResult> {
  const split = stratifiedSplit(dataset, config.test_size, config.seed);
  const scaler = fitScaler(split.train.features);
  const nClasses = CLASS_NAMES.length;
  const model = buildClassifier(tf, config, FEATURE_NAMES.length, nClasses);
  const optimizer = tf.train.adam(config.learning_rate);
  // The slim tfjs bundle has no chained ops (t.toFloat()): use the functional forms.
  const oneHot = (labels: readonly number[]) =>
    tf.cast(tf.oneHot(tf.tensor1d(labels as number[], 'int32'), nClasses), 'float32');
  const tensors = tf.tidy(() => ({
    x: tf.tensor2d(applyScaler(scaler, split.train.features)),
    y: oneHot(split.train.labels),
    xTest: tf.tensor2d(applyScaler(scaler, split.test.features)),
    yTest: oneHot(split.test.labels),
  }));
  const history: EpochMetrics[] = [];
  try {
    const variables = model.trainableWeights.map((w) => w.read() as Variable);
    for (let epoch = 0; epoch < config.epochs; epoch++) {
      const [loss, trainAccuracy, valLoss, valAccuracy] = runEpoch(
        tf,
        model,
        optimizer,
        variables,
        tensors,
      );
      const metrics = {
        epoch,
        loss,
        accuracy: trainAccuracy,
        val_loss: valLoss,
        val_accuracy: valAccuracy,
      };
      history.push(metrics);
      onEpoch?.(metrics);
    }
    const predictTrain = predictProbabilities(tf, model, scaler, split.train.features).map(argmax);
    const predictTest = predictProbabilities(tf, model, scaler, split.test.features).map(argmax);
    const serialized = await serializeModel(tf, model, {
      scaler,
      featureNames: FEATURE_NAMES,
      classNames: CLASS_NAMES,
    });
    const last = history.at(-1);
    return {
      history,
      model: serialized,
      metrics: {
        training_accuracy: accuracy(split.train.labels, predictTrain),
        training_loss: last?.loss ?? Number.NaN,
        test_accuracy: accuracy(split.test.labels, predictTest),
        test_loss: last?.val_loss ?? Number.NaN,
      },
    };
  } finally {
    tf.dispose(tensors);
    model.dispose();
    optimizer.dispose();
  }
}
