// The model registry: registered models and their numbered versions with weights, and
// which version a request means (alias moves live in aliases.ts).
import { db } from './database';
import { deploymentsServing } from './deployments';
import { AlreadyExistsError, ConflictError, NotFoundError } from './errors';
import { committed } from './registry-feed';
import type { VersionSelector } from './version-selector';
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
  /** Create the registered model on first use (MLflow's register_model) instead of failing. */
  createModel?: boolean;
}

export function irisSignature(model: SerializedModel): ModelSignature {
  return {
    inputs: model.featureNames.map((name) => ({ name, type: 'float', unit: 'cm' })),
    outputs: { name: 'species', type: 'class', classes: [...model.classNames] },
  };
}

export const modelNotFound = (name: string) =>
  new NotFoundError(`Registered model '${name}' not found`);

export async function createRegisteredModel(
  spec: { name: string; description?: string; tags?: Record<string, string> },
  now = new Date(),
): Promise<RegisteredModelSummary> {
  const stamp = now.toISOString();
  const record: RegisteredModelRecord = {
    name: spec.name,
    description: spec.description ?? '',
    tags: spec.tags ?? {},
    next_version: 1,
    created_at: stamp,
    updated_at: stamp,
  };
  await committed(
    db.transaction('rw', db.registered_models, async () => {
      if (await db.registered_models.get(spec.name)) {
        throw new AlreadyExistsError(`Registered model '${spec.name}' already exists`);
      }
      await db.registered_models.add(record);
    }),
  );
  return summarize(record, [], []);
}

/**
 * Registers the next version of `name`. The version row and its weights are written in
 * one transaction, so a version never exists without its weights.
 */
export async function registerModelVersion(
  spec: NewModelVersion,
  now = new Date(),
): Promise<ModelVersionRecord> {
  const stamp = now.toISOString();
  return committed(
    db.transaction('rw', [db.registered_models, db.model_versions, db.model_weights], async () => {
      const existing = await db.registered_models.get(spec.name);
      if (!existing && !spec.createModel) throw modelNotFound(spec.name);
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
    }),
  );
}

function summarize(
  model: RegisteredModelRecord,
  versions: readonly ModelVersionRecord[],
  aliases: readonly AliasRecord[],
): RegisteredModelSummary {
  const { next_version: _unused, ...rest } = model;
  const latest = versions.reduce<number | null>(
    (max, v) => (max === null || v.version > max ? v.version : max),
    null,
  );
  return {
    ...rest,
    latest_version: latest,
    aliases: Object.fromEntries(aliases.map((a) => [a.alias, a.version])),
  };
}

async function summaryOf(model: RegisteredModelRecord): Promise<RegisteredModelSummary> {
  const [versions, aliases] = await Promise.all([
    db.model_versions.where('name').equals(model.name).toArray(),
    db.aliases.where('name').equals(model.name).toArray(),
  ]);
  return summarize(model, versions, aliases);
}

export async function listRegisteredModels(): Promise<RegisteredModelSummary[]> {
  return db.transaction('r', [db.registered_models, db.model_versions, db.aliases], async () => {
    const models = await db.registered_models.orderBy('name').toArray();
    return Promise.all(models.map(summaryOf));
  });
}

export async function getRegisteredModel(name: string): Promise<RegisteredModelSummary> {
  return db.transaction('r', [db.registered_models, db.model_versions, db.aliases], async () => {
    const model = await db.registered_models.get(name);
    if (!model) throw modelNotFound(name);
    return summaryOf(model);
  });
}

export async function updateRegisteredModel(
  name: string,
  changes: { description?: string; tags?: Record<string, string>; promotion_rules?: string[] },
  now = new Date(),
): Promise<RegisteredModelSummary> {
  return committed(
    db.transaction('rw', [db.registered_models, db.model_versions, db.aliases], async () => {
      const model = await db.registered_models.get(name);
      if (!model) throw modelNotFound(name);
      const updated = { ...model, ...changes, updated_at: now.toISOString() };
      await db.registered_models.put(updated);
      return summaryOf(updated);
    }),
  );
}

/** Deletes a registered model with all its versions, weights and aliases, together. */
export async function deleteRegisteredModel(name: string): Promise<void> {
  await committed(
    db.transaction(
      'rw',
      [
        db.registered_models,
        db.model_versions,
        db.model_weights,
        db.aliases,
        db.alias_events,
        db.deployments,
      ],
      async () => {
        if (!(await db.registered_models.get(name))) throw modelNotFound(name);
        const serving = await deploymentsServing(name);
        if (serving.length > 0) {
          throw new ConflictError(
            `Model '${name}' is served by deployment ${serving.map((d) => `'${d}'`).join(', ')}: delete or change it first`,
          );
        }
        await Promise.all([
          db.alias_events.where('name').equals(name).delete(),
          db.registered_models.delete(name),
          db.model_versions.where('name').equals(name).delete(),
          db.model_weights.where('[name+version]').between([name, 0], [name, Infinity]).delete(),
          db.aliases.where('name').equals(name).delete(),
        ]);
      },
    ),
  );
}

/** Versions of a model, newest first (none for a model that does not exist). */
export async function listModelVersions(name: string): Promise<ModelVersionRecord[]> {
  return db.model_versions.where('name').equals(name).reverse().sortBy('version');
}

export async function getModelVersion(name: string, version: number): Promise<ModelVersionRecord> {
  return db.transaction('r', [db.registered_models, db.model_versions], async () => {
    if (!(await db.registered_models.get(name))) throw modelNotFound(name);
    const found = await db.model_versions.get([name, version]);
    if (!found) throw new NotFoundError(`Version ${version} of model '${name}' not found`);
    return found;
  });
}

/** The tag an export leaves on a version, `exported.<format>`; its value says when (ISO 8601). */
export const exportTag = (format: 'fastapi') => `exported.${format}`;

/** Sets tags on one version (MLflow's set-model-version-tag), keeping its other tags. */
export async function setModelVersionTags(
  name: string,
  version: number,
  tags: Record<string, string>,
): Promise<ModelVersionRecord> {
  return committed(
    db.transaction('rw', [db.registered_models, db.model_versions], async () => {
      const record = await getModelVersion(name, version);
      const tagged = { ...record, tags: { ...record.tags, ...tags } };
      await db.model_versions.put(tagged);
      return tagged;
    }),
  );
}

/** Deletes one version, its weights and the aliases that point at it, together. */
export async function deleteModelVersion(name: string, version: number): Promise<void> {
  await committed(
    db.transaction(
      'rw',
      [db.registered_models, db.model_versions, db.model_weights, db.aliases],
      async () => {
        await getModelVersion(name, version);
        await Promise.all([
          db.model_versions.delete([name, version]),
          db.model_weights.delete([name, version]),
          db.aliases
            .where('name')
            .equals(name)
            .and((a) => a.version === version)
            .delete(),
        ]);
      },
    ),
  );
}

/**
 * Finds the version a request means: an explicit version, an alias, or by default the
 * `champion` alias and else the latest version.
 */
export async function resolveModelVersion(
  name: string,
  selector: VersionSelector,
): Promise<ModelVersionRecord> {
  return db.transaction('r', [db.registered_models, db.model_versions, db.aliases], async () => {
    if (!(await db.registered_models.get(name))) throw modelNotFound(name);
    if ('version' in selector) return getModelVersion(name, selector.version);
    if ('alias' in selector) {
      const alias = await db.aliases.get([name, selector.alias]);
      if (!alias)
        throw new NotFoundError(`Alias '${selector.alias}' not found for model '${name}'`);
      return getModelVersion(name, alias.version);
    }
    const number =
      (await db.aliases.get([name, 'champion']))?.version ??
      (await db.model_versions.where('name').equals(name).last())?.version;
    if (number === undefined) throw new NotFoundError(`Registered model '${name}' has no versions`);
    return getModelVersion(name, number);
  });
}

export async function getModelWeights(
  name: string,
  version: number,
): Promise<ModelWeightsRecord | undefined> {
  return db.model_weights.get([name, version]);
}
