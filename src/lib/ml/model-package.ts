// A model version as one zip file: the tfjs model (model/model.json + model/weights.bin,
// loadable by tf.loadLayersModel) and metadata.json (signature, lineage, the run's params
// and metrics). Unpacking checks everything before anything is used, and says what is wrong.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { CLASS_NAMES, FEATURE_NAMES } from '../data/iris-schema';
import { modelFromTfjsFiles, tfjsModelFiles, type SerializedModel } from './serialize';

export const PACKAGE_FORMAT = 'iris-mlops-playground/model';
export const PACKAGE_VERSION = 1;

export interface PackageMetadata {
  format: typeof PACKAGE_FORMAT;
  format_version: number;
  name: string;
  version: number;
  created_at: string;
  signature: unknown;
  lineage: { run_id: string; run_name: string; experiment_id: string; dataset_digest: string };
  params: Record<string, string>;
  metrics: Record<string, number>;
}

export class PackageError extends Error {
  override readonly name = 'PackageError';
}

export function packModel(model: SerializedModel, metadata: PackageMetadata): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'metadata.json': strToU8(JSON.stringify(metadata, null, 2)),
  };
  for (const file of tfjsModelFiles(model)) files[file.path] = new Uint8Array(file.data);
  return zipSync(files, { level: 6 });
}

const BYTES_PER_VALUE: Record<string, number> = { float32: 4, int32: 4, bool: 1 };

function readJson(bytes: Uint8Array, path: string): unknown {
  try {
    return JSON.parse(strFromU8(bytes));
  } catch {
    throw new PackageError(`${path} is not valid JSON`);
  }
}

function checkMetadata(value: unknown): PackageMetadata {
  const meta = value as Partial<PackageMetadata> | null;
  if (meta?.format !== PACKAGE_FORMAT) {
    throw new PackageError('metadata.json is not from this playground: this is a foreign package');
  }
  if (typeof meta.format_version !== 'number' || meta.format_version > PACKAGE_VERSION) {
    throw new PackageError(
      `this package is format ${String(meta.format_version)}, newer than this app reads (${PACKAGE_VERSION}): update the app`,
    );
  }
  if (typeof meta.name !== 'string' || typeof meta.version !== 'number' || !meta.lineage) {
    throw new PackageError('metadata.json lacks the model name, version or lineage');
  }
  return {
    ...meta,
    params: meta.params ?? {},
    metrics: meta.metrics ?? {},
  } as PackageMetadata;
}

/** Reads and checks a package; throws PackageError saying what is wrong with it. */
export function unpackModel(bytes: Uint8Array): {
  model: SerializedModel;
  metadata: PackageMetadata;
} {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new PackageError('this file is not a zip archive, or it is damaged or cut short');
  }
  const [metaBytes, modelJson, weights] = [
    files['metadata.json'],
    files['model/model.json'],
    files['model/weights.bin'],
  ];
  if (!metaBytes) throw new PackageError('the zip has no metadata.json: it is not a model package');
  const metadata = checkMetadata(readJson(metaBytes, 'metadata.json'));
  if (!modelJson || !weights) {
    throw new PackageError('the package lacks model/model.json or model/weights.bin');
  }
  readJson(modelJson, 'model/model.json');
  let model: SerializedModel;
  try {
    model = modelFromTfjsFiles(modelJson.slice().buffer, weights.slice().buffer);
  } catch (error) {
    throw new PackageError(error instanceof Error ? error.message : String(error));
  }
  const expected = model.weightSpecs.reduce(
    (sum, spec) =>
      sum + spec.shape.reduce((n, d) => n * d, 1) * (BYTES_PER_VALUE[spec.dtype] ?? Number.NaN),
    0,
  );
  if (expected !== weights.byteLength) {
    throw new PackageError(
      `weights.bin has ${weights.byteLength} bytes where model.json describes ${expected}`,
    );
  }
  const same = (a: readonly string[], b: readonly string[]) => a.join() === b.join();
  if (!same(model.featureNames, FEATURE_NAMES) || !same(model.classNames, CLASS_NAMES)) {
    throw new PackageError('this model does not take the four iris measurements and three species');
  }
  return { model, metadata };
}
