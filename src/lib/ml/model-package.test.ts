import { beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { irisDataset } from '../data/iris';
import { DEFAULT_CONFIG } from './hyperparameters';
import { loadTf } from './load-tf';
import {
  packModel,
  PACKAGE_FORMAT,
  PackageError,
  unpackModel,
  type PackageMetadata,
} from './model-package';
import { deserializeModel, type SerializedModel } from './serialize';
import { argmax, predictProbabilities } from './predict';
import { trainClassifier } from './train';

let model: SerializedModel;
const metadata: PackageMetadata = {
  format: PACKAGE_FORMAT,
  format_version: 1,
  name: 'iris',
  version: 3,
  created_at: '2026-11-22T00:00:00.000Z',
  signature: {},
  lineage: { run_id: 'r', run_name: 'n', experiment_id: '0', dataset_digest: 'd' },
  params: { model: 'mlp' },
  metrics: { val_accuracy: 0.96 },
};

beforeAll(async () => {
  model = (await trainClassifier(await loadTf(), { ...DEFAULT_CONFIG, epochs: 30 }, irisDataset()))
    .model;
});

describe('model packages', () => {
  it('round-trip a model that predicts exactly as before', async () => {
    const unpacked = unpackModel(packModel(model, metadata));
    expect(unpacked.metadata).toEqual(metadata);
    expect(new Uint8Array(unpacked.model.weightData)).toEqual(new Uint8Array(model.weightData));
    const tf = await loadTf();
    const [a, b] = await Promise.all([
      deserializeModel(tf, model),
      deserializeModel(tf, unpacked.model),
    ]);
    const rows = irisDataset().features;
    expect(predictProbabilities(tf, b, unpacked.model.scaler, rows).map(argmax)).toEqual(
      predictProbabilities(tf, a, model.scaler, rows).map(argmax),
    );
    a.dispose();
    b.dispose();
  });

  it('hold a tfjs model that tf.loadLayersModel reads from model.json and weights.bin', async () => {
    const tf = await loadTf();
    const files = unzipSync(packModel(model, metadata));
    const json = JSON.parse(strFromU8(files['model/model.json'] ?? new Uint8Array())) as {
      weightsManifest: { weights: never[] }[];
    };
    const weights = files['model/weights.bin']?.slice().buffer ?? new ArrayBuffer(0);
    const loaded = await tf.loadLayersModel({
      load: () =>
        tf.io.getModelArtifactsForJSON(json as never, () =>
          Promise.resolve([json.weightsManifest.flatMap((g) => g.weights), weights]),
        ),
    });
    const x = tf.tensor2d([[0, 0, 0, 0]]);
    const out = loaded.predict(x) as import('@tensorflow/tfjs-core').Tensor;
    expect(out.shape).toEqual([1, 3]);
    tf.dispose([x, out]);
    loaded.dispose();
  });

  it('refuse corrupt, truncated, foreign, too-new and inconsistent files with a clear message', () => {
    const good = packModel(model, metadata);
    const refusal = (bytes: Uint8Array) => {
      try {
        unpackModel(bytes);
      } catch (error) {
        expect(error).toBeInstanceOf(PackageError);
        return (error as Error).message;
      }
      throw new Error('accepted');
    };
    expect(refusal(strToU8('not a zip at all'))).toMatch(/not a zip/);
    expect(refusal(good.slice(0, good.length / 2))).toMatch(/not a zip|damaged|cut short/);
    expect(refusal(zipSync({ 'readme.txt': strToU8('hi') }))).toMatch(/no metadata.json/);
    const withMeta = (meta: object, extra: Record<string, Uint8Array> = {}) =>
      zipSync({ 'metadata.json': strToU8(JSON.stringify(meta)), ...extra });
    expect(refusal(withMeta({ format: 'mlflow' }))).toMatch(/foreign/);
    expect(refusal(withMeta({ ...metadata, format_version: 2 }))).toMatch(/newer/);
    const files = unzipAll(good);
    expect(
      refusal(withMeta(metadata, { ...files, 'model/weights.bin': new Uint8Array(8) })),
    ).toMatch(/weights.bin has 8 bytes/);
  });
});

function unzipAll(bytes: Uint8Array): Record<string, Uint8Array> {
  const { 'metadata.json': _metadata, ...rest } = unzipSync(bytes);
  return rest;
}
