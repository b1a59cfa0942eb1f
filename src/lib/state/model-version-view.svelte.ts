// One model version's page, as MLflow shows one: the version, the run it came from, the
// aliases that point at it now and every move that concerned it, how it stands against its
// model's promotion rules, and a predict form that asks the API for this version.
import { aliasHistory } from '../db/alias-rules';
import { NotFoundError } from '../db/errors';
import { getModelVersion, getRegisteredModel, type RegisteredModelSummary } from '../db/models';
import type { AliasEventRecord, ModelVersionRecord } from '../db/records';
import { getRunDetails, type RunDetails } from '../db/run-queries';
import { checkRules, parseRule, type RuleCheck } from '../stats/promotion-rules';
import { LiveQuery } from './live-query.svelte';
import { PredictionConsole } from './prediction-console.svelte';
import { exportVersion } from './registry.svelte';

export interface VersionDetails {
  version: ModelVersionRecord;
  model: RegisteredModelSummary;
  run: RunDetails | undefined;
  /** The aliases that point at this version now. */
  aliases: string[];
  /** Moves of any alias to or from this version, newest first. */
  history: AliasEventRecord[];
  rules: RuleCheck[];
}

/** `iris/3` (the page's subpath) as a model name and a version number; null when it is not one. */
export function versionAddress(subpath: string): { name: string; version: number } | null {
  const slash = subpath.lastIndexOf('/');
  const [name, number] = [subpath.slice(0, slash), subpath.slice(slash + 1)];
  return slash > 0 && /^[1-9]\d*$/.test(number) ? { name, version: Number(number) } : null;
}

async function detailsOf(name: string, number: number): Promise<VersionDetails | null> {
  try {
    const [version, model, history] = await Promise.all([
      getModelVersion(name, number),
      getRegisteredModel(name),
      aliasHistory(name),
    ]);
    const run = await getRunDetails(version.run_id);
    return {
      version,
      model,
      run,
      aliases: Object.entries(model.aliases)
        .filter(([, target]) => target === number)
        .map(([alias]) => alias)
        .sort(),
      history: history.filter((e) => e.from_version === number || e.to_version === number),
      rules: checkRules((model.promotion_rules ?? []).map(parseRule), run?.metrics ?? {}),
    };
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export class ModelVersionView {
  readonly details;
  readonly predictor = new PredictionConsole();
  problem = $state<string | null>(null);

  constructor(
    readonly name: string,
    readonly number: number,
  ) {
    this.details = new LiveQuery(() => detailsOf(name, number));
  }

  async export(): Promise<void> {
    this.problem = await exportVersion(this.name, this.number);
  }

  predict(row: readonly number[]): Promise<void> {
    return this.predictor.send(this.name, 'features', row, this.number);
  }
}
