// The model registry: registered models, their numbered versions with weights, aliases.
import { db } from './database';
import type {
  AliasRecord,
  ModelSignature,
  ModelVersionRecord,
  ModelWeightsRecord,
  RegisteredModelRecord,
} from './records';
import type { SerializedModel } from '../ml/serialize';

export interface RegisteredModelSummary extends Omit<RegisteredModelRecord, 'next_version'> {
  latest_version: number | null;
  aliases: Record<string, number>;
}

export interface NewModelVersion {
  name: string;
  run_id: string;
  model: SerializedModel;
  dataset_digest: string;
  description?: string;
  tags?: Record<string, string>;
}

export function irisSignature(model: SerializedModel): ModelSignature {
  return {
    inputs: model.featureNames.map((name) => ({ name, type: 'float', unit: 'cm' })),
    outputs: { name: 'species', type: 'class', classes: [...model.classNames] },
  };
}

/**
 * Registers the next version of `name` (creating the registered model on first use, as
 * MLflow's register_model does). The version row and its weights are written in one
 * transaction, so a version never exists without its weights.
 */
export async function registerModelVersion(
  spec: NewModelVersion,
  now = new Date(),
): Promise<ModelVersionRecord> {
  const stamp = now.toISOString();
  return db.transaction(
    'rw',
    [db.registered_models, db.model_versions, db.model_weights],
    async () => {
      const existing = await db.registered_models.get(spec.name);
      const registered: RegisteredModelRecord = existing ?? {
        name: spec.name,
        description: '',
        tags: {},
        next_version: 1,
        created_at: stamp,
        updated_at: stamp,
      };
      const version: ModelVersionRecord = {
        name: spec.name,
        version: registered.next_version,
        run_id: spec.run_id,
        source: `runs:/${spec.run_id}/model`,
        status: 'READY',
        description: spec.description ?? '',
        tags: spec.tags ?? {},
        signature: irisSignature(spec.model),
        dataset_digest: spec.dataset_digest,
        created_at: stamp,
      };
      await Promise.all([
        db.registered_models.put({
          ...registered,
          next_version: version.version + 1,
          updated_at: stamp,
        }),
        db.model_versions.add(version),
        db.model_weights.add({ name: spec.name, version: version.version, model: spec.model }),
      ]);
      return version;
    },
  );
}

async function summarize(model: RegisteredModelRecord): Promise<RegisteredModelSummary> {
  const [latest, aliases] = await Promise.all([
    db.model_versions.where('name').equals(model.name).last(),
    db.aliases.where('name').equals(model.name).toArray(),
  ]);
  const { next_version: _unused, ...rest } = model;
  return {
    ...rest,
    latest_version: latest?.version ?? null,
    aliases: Object.fromEntries(aliases.map((a: AliasRecord) => [a.alias, a.version])),
  };
}

export async function listRegisteredModels(): Promise<RegisteredModelSummary[]> {
  return db.transaction('r', [db.registered_models, db.model_versions, db.aliases], async () => {
    const models = await db.registered_models.orderBy('name').toArray();
    return Promise.all(models.map(summarize));
  });
}

export async function countRegisteredModels(): Promise<number> {
  return db.registered_models.count();
}

export async function listModelVersions(name: string): Promise<ModelVersionRecord[]> {
  return db.model_versions.where('name').equals(name).reverse().sortBy('version');
}

export type VersionSelector = { version: number } | { alias: string } | Record<string, never>;

export type ResolvedVersion =
  | { found: true; version: ModelVersionRecord }
  | { found: false; missing: 'model' | 'version' | 'alias' };

/**
 * Finds the version a request means: an explicit version, an alias, or by default the
 * `champion` alias and else the latest version.
 */
export async function resolveModelVersion(
  name: string,
  selector: VersionSelector,
): Promise<ResolvedVersion> {
  return db.transaction('r', [db.registered_models, db.model_versions, db.aliases], async () => {
    if (!(await db.registered_models.get(name))) return { found: false, missing: 'model' };
    let number: number | undefined;
    if ('version' in selector) number = selector.version;
    else if ('alias' in selector) {
      number = (await db.aliases.get([name, selector.alias]))?.version;
      if (number === undefined) return { found: false, missing: 'alias' };
    } else {
      number =
        (await db.aliases.get([name, 'champion']))?.version ??
        (await db.model_versions.where('name').equals(name).last())?.version;
    }
    const version = number === undefined ? undefined : await db.model_versions.get([name, number]);
    return version ? { found: true, version } : { found: false, missing: 'version' };
  });
}

export async function getModelWeights(
  name: string,
  version: number,
): Promise<ModelWeightsRecord | undefined> {
  return db.model_weights.get([name, version]);
}
