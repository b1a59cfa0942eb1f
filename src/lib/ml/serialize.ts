// A trained classifier as plain data (tfjs artifacts + scaler) that fits in one IndexedDB
// row and crosses postMessage, and the way back to a tfjs model.
import type { LayersModel } from '@tensorflow/tfjs-layers';
import type { io } from '@tensorflow/tfjs-core';
import type { Scaler } from '../data/scaling';
import type { Tf } from './load-tf';

export interface SerializedModel {
  readonly modelTopology: object;
  readonly weightSpecs: io.WeightsManifestEntry[];
  readonly weightData: ArrayBuffer;
  readonly scaler: Scaler;
  readonly featureNames: readonly string[];
  readonly classNames: readonly string[];
}

type Envelope = Pick<SerializedModel, 'scaler' | 'featureNames' | 'classNames'>;

export async function serializeModel(
  tf: Tf,
  model: LayersModel,
  envelope: Envelope,
): Promise<SerializedModel> {
  let saved: io.ModelArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler((artifacts) => {
      saved = artifacts;
      return Promise.resolve({
        modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' },
      });
    }),
  );
  if (!saved?.modelTopology || !saved.weightSpecs || !saved.weightData) {
    throw new Error('tfjs saved an incomplete model');
  }
  return {
    modelTopology: saved.modelTopology,
    weightSpecs: saved.weightSpecs,
    weightData: tf.io.CompositeArrayBuffer.join(saved.weightData),
    ...envelope,
  };
}

export function deserializeModel(tf: Tf, serialized: SerializedModel): Promise<LayersModel> {
  return tf.loadLayersModel(
    tf.io.fromMemory({
      modelTopology: serialized.modelTopology,
      weightSpecs: serialized.weightSpecs,
      weightData: serialized.weightData,
    }),
  );
}

export interface ModelFile {
  readonly path: string;
  readonly mime_type: string;
  readonly data: ArrayBuffer;
}

/**
 * The model as tfjs's on-disk layout (model.json + weights.bin, loadable by
 * tf.loadLayersModel), with the scaler and names kept in its user-defined metadata.
 */
export function tfjsModelFiles(model: SerializedModel, folder = 'model'): ModelFile[] {
  const modelJson = {
    format: 'layers-model',
    generatedBy: 'iris-mlops-playground',
    convertedBy: null,
    modelTopology: model.modelTopology,
    weightsManifest: [{ paths: ['weights.bin'], weights: model.weightSpecs }],
    userDefinedMetadata: {
      scaler: model.scaler,
      feature_names: model.featureNames,
      class_names: model.classNames,
    },
  };
  const json = new TextEncoder().encode(JSON.stringify(modelJson, null, 2));
  return [
    { path: `${folder}/model.json`, mime_type: 'application/json', data: json.buffer },
    {
      path: `${folder}/weights.bin`,
      mime_type: 'application/octet-stream',
      data: model.weightData,
    },
  ];
}

/** Reads a model back from its tfjs files (the inverse of tfjsModelFiles). */
export function modelFromTfjsFiles(modelJson: ArrayBuffer, weights: ArrayBuffer): SerializedModel {
  const parsed = JSON.parse(new TextDecoder().decode(modelJson)) as {
    modelTopology?: object;
    weightsManifest?: { weights?: io.WeightsManifestEntry[] }[];
    userDefinedMetadata?: { scaler?: Scaler; feature_names?: string[]; class_names?: string[] };
  };
  const meta = parsed.userDefinedMetadata;
  const weightSpecs = parsed.weightsManifest?.flatMap((group) => group.weights ?? []);
  if (
    !parsed.modelTopology ||
    !weightSpecs ||
    !meta?.scaler ||
    !meta.feature_names ||
    !meta.class_names
  ) {
    throw new Error('model.json is not a model saved by this playground');
  }
  return {
    modelTopology: parsed.modelTopology,
    weightSpecs,
    weightData: weights,
    scaler: meta.scaler,
    featureNames: meta.feature_names,
    classNames: meta.class_names,
  };
}
