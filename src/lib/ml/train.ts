// Seeded training of an iris classifier in an explicit optimizer loop. The cpu backend
// makes it bit-stable; mini-batch order, dropout masks and initial weights all come from
// the seed. The loop skips fit()'s per-epoch slicing and log machinery, which on a model
// this small costs as much as the training step itself, and reads back once per epoch.
import type { Optimizer, Scalar, Tensor, Variable } from '@tensorflow/tfjs-core';
import type { Sequential } from '@tensorflow/tfjs-layers';
import { CLASS_NAMES, FEATURE_NAMES } from '../data/iris-schema';
import type { Dataset } from '../data/csv';
import { seededRandom, shuffled, type Random } from '../data/random';
import { applyScaler, fitScaler, identityScaler } from '../data/scaling';
import { stratifiedSplit, type Split } from '../data/split';
import { classificationScores, confusionMatrix } from '../stats/classification';
import type { TrainConfig } from './hyperparameters';
import type { Tf } from './load-tf';
import { buildClassifier } from './model';
import type { DenseNetwork } from './dense-forward';
import { snapshotNetwork } from './network-snapshot';
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
  /** Final scores of the finished model: `training_*` and `val_*` (val_accuracy is the history's last). */
  readonly metrics: Readonly<Record<string, number>>;
  /** Confusion matrix of the finished model on the validation rows: counts[true][predicted]. */
  readonly confusion: readonly (readonly number[])[];
  /** The finished model's class probabilities for each validation row, in split order. */
  readonly testProbabilities: readonly (readonly number[])[];
}

/**
 * Called between epochs: may return a promise (to let the worker read its messages), and
 * rejects with TrainingCancelled to stop the training.
 */
export type Checkpoint = () => Promise<void> | undefined;

export class TrainingCancelled extends Error {
  constructor() {
    super('training was cancelled');
    this.name = 'TrainingCancelled';
  }
}

interface TrainingTensors {
  readonly x: Tensor;
  readonly y: Tensor;
  readonly xTest: Tensor;
  readonly yTest: Tensor;
}

/** The L1 share of the penalty: l2 is ridge, l1 is lasso, elasticnet mixes them. */
function l1Share(config: TrainConfig): number {
  if (config.penalty === 'l1') return 1;
  if (config.penalty === 'elasticnet') return config.l1_ratio;
  return 0;
}

class EpochRunner {
  readonly #variables: Variable[];
  readonly #kernels: Variable[];
  readonly #random: Random;
  #step = 0;

  constructor(
    private readonly tf: Tf,
    private readonly model: Sequential,
    private readonly optimizer: Optimizer,
    private readonly config: TrainConfig,
    private readonly t: TrainingTensors,
  ) {
    this.#variables = model.trainableWeights.map((w) => w.read() as Variable);
    this.#kernels = model.trainableWeights
      .filter((w) => w.name.includes('kernel'))
      .map((w) => w.read() as Variable);
    this.#random = seededRandom(config.seed ^ 0x5eed);
  }

  /** The model's output; in training, dropout after each hidden layer with a fresh seeded mask. */
  #forward(x: Tensor): Tensor {
    const { tf, model, config } = this;
    let h = x;
    model.layers.forEach((layer, i) => {
      h = layer.apply(h, { training: true }) as Tensor;
      if (config.dropout > 0 && i < model.layers.length - 1) {
        h = tf.dropout(h, config.dropout, undefined, config.seed * 7919 + this.#step * 31 + i);
      }
    });
    return h;
  }

  #penalty(): Scalar | undefined {
    const { tf, config } = this;
    if (config.model !== 'softmax' || config.penalty === 'none' || config.alpha === 0) return;
    const share = l1Share(config);
    const terms = this.#kernels.map((w) =>
      tf.add(tf.mul(share, tf.sum(tf.abs(w))), tf.mul((1 - share) / 2, tf.sum(tf.square(w)))),
    );
    return tf.mul<Scalar>(config.alpha, tf.addN(terms));
  }

  /** Row indices of each mini-batch, reshuffled every epoch; undefined for one full batch. */
  #batches(rows: number): number[][] | undefined {
    if (this.config.batch_size >= rows) return undefined;
    const order = shuffled(
      Array.from({ length: rows }, (_, i) => i),
      this.#random,
    );
    const batches: number[][] = [];
    for (let start = 0; start < rows; start += this.config.batch_size) {
      batches.push(order.slice(start, start + this.config.batch_size));
    }
    return batches;
  }

  /**
   * One epoch of optimizer steps, then the validation figures of the updated model, read
   * back in one go. Training loss (penalty included) and accuracy are those of the forward
   * passes the steps' gradients come from, averaged over rows, as Keras reports them.
   */
  run(): [number, number, number, number] {
    const { tf, t } = this;
    const rows = t.x.shape[0] ?? 0;
    const batches = this.#batches(rows);
    const kept: Tensor[] = [];
    try {
      const figures = tf.tidy(() => {
        const sums: Scalar[] = [];
        for (const indices of batches ?? [undefined]) {
          const [x, y] = indices ? [tf.gather(t.x, indices), tf.gather(t.y, indices)] : [t.x, t.y];
          const weight = (indices?.length ?? rows) / rows;
          let batchAccuracy: Scalar | undefined;
          const loss = this.optimizer.minimize(
            () => {
              const predicted = this.#forward(x);
              const cost = tf.mean<Scalar>(tf.metrics.categoricalCrossentropy(y, predicted));
              const accuracy = tf.keep(tf.mean(tf.metrics.categoricalAccuracy(y, predicted)));
              kept.push(accuracy);
              batchAccuracy = accuracy as Scalar;
              const penalty = this.#penalty();
              return penalty ? tf.add<Scalar>(cost, penalty) : cost;
            },
            true,
            this.#variables,
          );
          this.#step++;
          if (!loss || !batchAccuracy) throw new Error('the optimizer step returned no loss');
          // A full batch needs no weighting: every tfjs op costs as much as this whole model.
          sums.push(
            indices ? tf.mul(loss, weight) : loss,
            indices ? tf.mul(batchAccuracy, weight) : batchAccuracy,
          );
        }
        const predicted = this.model.predict(t.xTest) as Tensor;
        const valLoss = tf.mean(tf.metrics.categoricalCrossentropy(t.yTest, predicted));
        const valAccuracy = tf.mean(tf.metrics.categoricalAccuracy(t.yTest, predicted));
        const total = (parts: Tensor[]) =>
          parts.length === 1 && parts[0] ? parts[0] : tf.addN(parts);
        const loss = total(sums.filter((_, i) => i % 2 === 0));
        const accuracy = total(sums.filter((_, i) => i % 2 === 1));
        return tf.stack([loss, accuracy, valLoss, valAccuracy]);
      });
      const [loss = NaN, accuracy = NaN, valLoss = NaN, valAccuracy = NaN] = figures.dataSync();
      figures.dispose();
      return [loss, accuracy, valLoss, valAccuracy];
    } finally {
      tf.dispose(kept);
    }
  }
}

/** Keras' EarlyStopping on val_loss: the epoch at which training should stop, if any. */
class EarlyStopping {
  #best = Infinity;
  #wait = 0;
  constructor(private readonly patience: number) {}

  shouldStop(valLoss: number): boolean {
    if (this.patience === 0) return false;
    if (valLoss < this.#best) {
      this.#best = valLoss;
      this.#wait = 0;
      return false;
    }
    return ++this.#wait >= this.patience;
  }
}

function prefixed(prefix: string, scores: object): Record<string, number> {
  return Object.fromEntries(
    Object.entries(scores).map(([key, value]) => [`${prefix}_${key}`, value as number]),
  );
}

export async function trainClassifier(
  tf: Tf,
  config: TrainConfig,
  dataset: Dataset,
  /** After each epoch; `network()` copies the model's weights at that point, when wanted. */
  onEpoch?: (metrics: EpochMetrics, network: () => DenseNetwork) => void,
  checkpoint?: Checkpoint,
  /** The rows to train and validate on; by default a stratified split by test_size and seed. */
  given?: Split,
): Promise<TrainResult> {
  const split = given ?? stratifiedSplit(dataset, config.test_size, config.seed);
  const scaler = config.standardize
    ? fitScaler(split.train.features)
    : identityScaler(FEATURE_NAMES.length);
  const nClasses = CLASS_NAMES.length;
  const model = buildClassifier(tf, config, FEATURE_NAMES.length, nClasses);
  const optimizer =
    config.optimizer === 'sgd'
      ? tf.train.sgd(config.learning_rate)
      : tf.train.adam(config.learning_rate);
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
    const runner = new EpochRunner(tf, model, optimizer, config, tensors);
    const early = new EarlyStopping(config.patience);
    let stoppedEarly = false;
    for (let epoch = 0; epoch < config.epochs; epoch++) {
      const waiting = checkpoint?.();
      if (waiting) await waiting;
      const [loss, accuracy, valLoss, valAccuracy] = runner.run();
      const metrics = { epoch, loss, accuracy, val_loss: valLoss, val_accuracy: valAccuracy };
      history.push(metrics);
      onEpoch?.(metrics, () => snapshotNetwork(model, scaler));
      if (early.shouldStop(valLoss)) {
        stoppedEarly = true;
        break;
      }
    }
    const trainProbabilities = predictProbabilities(tf, model, scaler, split.train.features);
    const testProbabilities = predictProbabilities(tf, model, scaler, split.test.features);
    const serialized = await serializeModel(tf, model, {
      scaler,
      featureNames: FEATURE_NAMES,
      classNames: CLASS_NAMES,
    });
    const { accuracy: _valAccuracy, ...valScores } = classificationScores(
      split.test.labels,
      testProbabilities,
      nClasses,
    );
    return {
      history,
      model: serialized,
      metrics: {
        ...prefixed(
          'training',
          classificationScores(split.train.labels, trainProbabilities, nClasses),
        ),
        ...prefixed('val', valScores),
        ...(stoppedEarly ? { stopped_epoch: history.length - 1 } : {}),
      },
      confusion: confusionMatrix(split.test.labels, testProbabilities.map(argmax), nClasses),
      testProbabilities,
    };
  } finally {
    tf.dispose(tensors);
    model.dispose();
    optimizer.dispose();
  }
}
