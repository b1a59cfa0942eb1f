// What guards and remembers alias moves: the champion's promotion gates, checked against
// the latest metrics of the version's run, and the history of every move. Called inside
// the alias writes' transactions (scope: registered_models, run_summaries, alias_events).
import { failedRules, parseRule, type RuleFailure } from '../stats/promotion-rules';
import { db } from './database';
import { ConflictError } from './errors';
import type {
  AliasEventRecord,
  AliasRecord,
  ModelVersionRecord,
  RegisteredModelRecord,
} from './records';

/** The alias that promotion gates guard. */
export const GATED_ALIAS = 'champion';

function describe(failure: RuleFailure): string {
  return failure.actual === null
    ? `${failure.rule} (the run never logged ${failure.metric})`
    : `${failure.rule} (is ${+failure.actual.toFixed(4)}, short by ${+(failure.short_by ?? 0).toFixed(4)})`;
}

/** Throws a 409-mapped ConflictError naming each failed rule when `version` may not be champion. */
export async function checkPromotion(
  model: RegisteredModelRecord,
  version: ModelVersionRecord,
  alias: string,
): Promise<void> {
  const rules = model.promotion_rules ?? [];
  if (alias !== GATED_ALIAS || rules.length === 0) return;
  const summary = await db.run_summaries.get(version.run_id);
  const failures = failedRules(rules.map(parseRule), summary?.metrics ?? {});
  if (failures.length === 0) return;
  throw new ConflictError(
    `Version ${version.version} of '${model.name}' may not be ${alias}: it fails ${failures.map(describe).join('; ')}`,
    { failed_rules: failures },
  );
}

export async function recordAliasEvent(event: Omit<AliasEventRecord, 'id'>): Promise<void> {
  await db.alias_events.add(event);
}

/** Every move of the model's aliases, newest first. */
export async function aliasHistory(name: string): Promise<AliasEventRecord[]> {
  const events = await db.alias_events.where('name').equals(name).toArray();
  return events.sort((a, b) => (b.id ?? 0) - (a.id ?? 0));
}

export async function listAliases(name: string): Promise<AliasRecord[]> {
  const aliases = await db.aliases.where('name').equals(name).toArray();
  return aliases.sort((a, b) => a.alias.localeCompare(b.alias));
}
