// Alias moves: point an alias at a version (guarded by the model's promotion rules for
// `champion`) or remove it, each recorded in the alias history in the same transaction.
import { checkPromotion, recordAliasEvent } from './alias-rules';
import { db } from './database';
import { NotFoundError } from './errors';
import { getModelVersion, modelNotFound } from './models';
import type { AliasEventRecord, AliasRecord } from './records';
import { committed } from './registry-feed';

/**
 * Points an alias at a version, if the model's promotion gates allow it (for `champion`),
 * and records the move; the check, the move and its record are one transaction.
 */
export async function setAlias(
  name: string,
  alias: string,
  version: number,
  actor: AliasEventRecord['actor'] = 'api',
  now = new Date(),
): Promise<AliasRecord> {
  const tables = [
    db.registered_models,
    db.model_versions,
    db.aliases,
    db.run_summaries,
    db.alias_events,
  ];
  return committed(
    db.transaction('rw', tables, async () => {
      const target = await getModelVersion(name, version);
      const [model, previous] = await Promise.all([
        db.registered_models.get(name),
        db.aliases.get([name, alias]),
      ]);
      if (model) await checkPromotion(model, target, alias);
      const record: AliasRecord = { name, alias, version, updated_at: now.toISOString() };
      await Promise.all([
        db.aliases.put(record),
        recordAliasEvent({
          name,
          alias,
          from_version: previous?.version ?? null,
          to_version: version,
          at: record.updated_at,
          actor,
        }),
      ]);
      return record;
    }),
  );
}

export async function deleteAlias(
  name: string,
  alias: string,
  actor: AliasEventRecord['actor'] = 'api',
  now = new Date(),
): Promise<void> {
  await committed(
    db.transaction('rw', [db.registered_models, db.aliases, db.alias_events], async () => {
      if (!(await db.registered_models.get(name))) throw modelNotFound(name);
      const existing = await db.aliases.get([name, alias]);
      if (!existing) throw new NotFoundError(`Alias '${alias}' not found for model '${name}'`);
      await Promise.all([
        db.aliases.delete([name, alias]),
        recordAliasEvent({
          name,
          alias,
          from_version: existing.version,
          to_version: null,
          at: now.toISOString(),
          actor,
        }),
      ]);
    }),
  );
}
