// Seeded, full-batch training of an iris classifier. Full batches make every epoch
// deterministic without tfjs's unseeded shuffling; the cpu backend makes it bit-stable.
import type { Tensor } from '@tensorflow/tfjs-core';
import type { Logs, Sequential } from '@tensorflow/tfjs-layers';
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

/**
 * Test-set loss and accuracy of the model as it stands, in one forward pass and one read.
 * Computed here rather than through fit's validationData, whose per-epoch evaluate()
 * machinery costs more than the training step itself on a model this small.
 */
function validationMetrics(tf: Tf, model: Sequential, x: Tensor, y: Tensor): [number, number] {
  const both = tf.tidy(() => {
    const predicted = model.predict(x) as Tensor;
    return tf.stack([
      tf.mean(tf.metrics.categoricalCrossentropy(y, predicted)),
      tf.mean(tf.metrics.categoricalAccuracy(y, predicted)),
    ]);
  });
  const [loss = Number.NaN, accuracy = Number.NaN] = both.dataSync();
  both.dispose();
  return [loss, accuracy];
}

function epochMetrics(
  epoch: number,
  logs: Logs | undefined,
  validation: [number, number],
): EpochMetrics {
  return {
    epoch,
    loss: logs?.['loss'] ?? Number.NaN,
    accuracy: logs?.['acc'] ?? Number.NaN,
    val_loss: validation[0],
    val_accuracy: validation[1],
  };
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
    model.compile({ optimizer, loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
    await model.fit(tensors.x, tensors.y, {
      epochs: config.epochs,
      batchSize: split.train.labels.length,
      shuffle: false,
      yieldEvery: 'never',
      verbose: 0,
      callbacks: {
        onEpochEnd: (epoch, logs) => {
          const validation = validationMetrics(tf, model, tensors.xTest, tensors.yTest);
          const metrics = epochMetrics(epoch, logs, validation);
          history.push(metrics);
          onEpoch?.(metrics);
        },
      },
    });
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
