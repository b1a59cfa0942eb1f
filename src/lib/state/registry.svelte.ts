// The registry page's state for one registered model: its versions with their runs (the
// lineage), its aliases and their history, and the edits a user makes: move an alias (the
// champion behind its promotion rules), change the rules or the description.
import { aliasHistory, listAliases } from '../db/alias-rules';
import { deleteAlias, registerModelVersion, setAlias, updateRegisteredModel } from '../db/models';
import { getRunModelFiles } from '../db/runs';
import { modelFromTfjsFiles } from '../ml/serialize';
import { parseRule, RuleSyntaxError } from '../stats/promotion-rules';
import { attempt } from './attempt';
import { LiveQuery } from './live-query.svelte';
import { versionsWithRuns } from './workspace-queries.svelte';

export class ModelRegistryView {
  readonly versions;
  readonly aliases;
  readonly history;

  constructor(readonly name: string) {
    this.versions = versionsWithRuns(name);
    this.aliases = new LiveQuery(() => listAliases(name));
    this.history = new LiveQuery(() => aliasHistory(name));
  }

  moveAlias(alias: string, version: number): Promise<string | null> {
    return attempt(() => setAlias(this.name, alias.trim(), version, 'ui'));
  }

  removeAlias(alias: string): Promise<string | null> {
    return attempt(() => deleteAlias(this.name, alias, 'ui'));
  }

  describe(description: string): Promise<string | null> {
    return attempt(() => updateRegisteredModel(this.name, { description }));
  }

  /** Saves one rule per line; a line that is not a rule is refused with its message. */
  setRules(text: string): Promise<string | null> {
    const rules = text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    try {
      rules.forEach(parseRule);
    } catch (error) {
      if (error instanceof RuleSyntaxError) return Promise.resolve(error.message);
      throw error;
    }
    return attempt(() => updateRegisteredModel(this.name, { promotion_rules: rules }));
  }
}

/** Registers a run's logged model as the next version of `name` (the run page's button). */
export function registerRun(runId: string, name: string): Promise<string | null> {
  return attempt(async () => {
    const files = await getRunModelFiles(runId);
    await registerModelVersion({
      name,
      run_id: runId,
      model: modelFromTfjsFiles(files.modelJson, files.weights),
      dataset_digest: files.datasetDigest,
      createModel: true,
    });
  });
}
