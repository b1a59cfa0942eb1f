// Serving registered model versions: remembers which version a request means until the
// registry changes, keeps a few loaded tfjs models in memory (least recently used first
// out), and predicts with them.
import type { LayersModel } from '@tensorflow/tfjs-layers';
import { getModelWeights, resolveModelVersion } from '../db/models';
import { watchRegistry } from '../db/registry-feed';
import { type VersionSelector } from '../db/version-selector';
import type { ModelVersionRecord } from '../db/records';
import { loadTf } from '../ml/load-tf';
import { argmax, predictProbabilities } from '../ml/predict';
import { deserializeModel, type SerializedModel } from '../ml/serialize';

const CACHE_SIZE = 8;

export interface Prediction {
  prediction: string;
  class_index: number;
  score: number;
  probabilities: Record<string, number>;
}

interface Loaded {
  model: LayersModel;
  serialized: SerializedModel;
}

const cache = new Map<string, Promise<Loaded>>();

/** Resolved versions by model and selector; emptied whenever the registry changes. */
const resolved = new Map<string, Promise<ModelVersionRecord>>();
let watching = false;

/** The version a request means (see resolveModelVersion), without reading IndexedDB each time. */
export function findVersion(name: string, selector: VersionSelector): Promise<ModelVersionRecord> {
  if (!watching) {
    watching = true;
    watchRegistry(() => resolved.clear());
  }
  const key = `${name}\u0000${JSON.stringify(selector)}`;
  let found = resolved.get(key);
  if (!found) {
    found = resolveModelVersion(name, selector);
    resolved.set(key, found);
    found.catch(() => resolved.delete(key));
  }
  return found;
}

async function load(version: ModelVersionRecord): Promise<Loaded> {
  // A number alone is not enough: after a workspace reset or a replacing import, `iris/1`
  // is another model. Its run and registration time tell them apart.
  const key = `${version.name}/${version.version}/${version.run_id}/${version.created_at}`;
  let entry = cache.get(key);
  if (entry) {
    cache.delete(key);
  } else {
    entry = (async () => {
      const weights = await getModelWeights(version.name, version.version);
      if (!weights) throw new Error(`weights of ${version.name}/${version.version} are missing`);
      const tf = await loadTf();
      return { model: await deserializeModel(tf, weights.model), serialized: weights.model };
    })();
    entry.catch(() => cache.delete(key));
  }
  cache.set(key, entry);
  for (const [oldKey, old] of cache) {
    if (cache.size <= CACHE_SIZE) break;
    cache.delete(oldKey);
    void old.then(
      ({ model }) => model.dispose(),
      () => undefined,
    );
  }
  return entry;
}

/**
 * Probabilities to 6 decimals: the float32 model has no more precision than that, and
 * the 17 digits of a float32 printed as a double would make a 10,000-row answer ~40%
 * larger to send and parse.
 */
function roundProbability(p: number): number {
  return Math.round(p * 1e6) / 1e6;
}

export async function predict(
  version: ModelVersionRecord,
  rows: readonly (readonly number[])[],
): Promise<Prediction[]> {
  const [{ model, serialized }, tf] = await Promise.all([load(version), loadTf()]);
  return predictProbabilities(tf, model, serialized.scaler, rows).map((raw) => {
    const probabilities = raw.map(roundProbability);
    const index = argmax(probabilities);
    return {
      prediction: serialized.classNames[index] ?? String(index),
      class_index: index,
      score: probabilities[index] ?? 0,
      probabilities: Object.fromEntries(
        serialized.classNames.map((name, i) => [name, probabilities[i] ?? 0]),
      ),
    };
  });
}
