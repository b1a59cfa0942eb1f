// The registry page's state for one registered model: its versions with their runs (the
// lineage), its aliases and their history, and the edits a user makes: move an alias (the
// champion behind its promotion rules), change the rules or the description; and taking a
// version away (a package to import again, or a FastAPI project to run).
import { aliasHistory, listAliases } from '../db/alias-rules';
import { deleteAlias, setAlias } from '../db/aliases';
import { fetchFile } from '../api/client';
import {
  exportTag,
  getModelVersion,
  getModelWeights,
  registerModelVersion,
  updateRegisteredModel,
} from '../db/models';
import { importModelVersion } from '../db/model-import';
import type { ModelVersionRecord } from '../db/records';
import { getRunDetails, getRunModelFiles } from '../db/run-queries';
import { packModel, PACKAGE_FORMAT, PACKAGE_VERSION, unpackModel } from '../ml/model-package';
import { modelFromTfjsFiles, tfjsModelFiles } from '../ml/serialize';
import { parseRule, RuleSyntaxError } from '../stats/promotion-rules';
import { attempt } from '../services/attempt';
import { downloadFile } from '../services/download';
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

/** Downloads a version as a zip: the tfjs model and its metadata (signature, lineage, params, metrics). */
export async function exportVersion(name: string, version: number): Promise<string | null> {
  return attempt(async () => {
    const [record, weights] = await Promise.all([
      getModelVersion(name, version),
      getModelWeights(name, version),
    ]);
    if (!weights) throw new Error(`Version ${version} of '${name}' has no weights`);
    const run = await getRunDetails(record.run_id);
    const zip = packModel(weights.model, {
      format: PACKAGE_FORMAT,
      format_version: PACKAGE_VERSION,
      name,
      version,
      created_at: record.created_at,
      signature: record.signature,
      lineage: {
        run_id: record.run_id,
        run_name: run?.info.run_name ?? '',
        experiment_id: run?.info.experiment_id ?? '',
        dataset_digest: record.dataset_digest,
      },
      params: run?.params ?? {},
      metrics: run?.metrics ?? {},
    });
    downloadFile(`${name}-v${version}.zip`, zip.slice().buffer, 'application/zip');
  });
}

/**
 * Downloads a version as a FastAPI project through the API (GET …/fastapi), which also
 * tags the version with the export's time.
 */
export async function exportFastApiProject(name: string, version: number): Promise<string | null> {
  return attempt(async () => {
    const file = await fetchFile(
      `api/models/${encodeURIComponent(name)}/versions/${version}/fastapi`,
    );
    downloadFile(file.filename, file.bytes, 'application/zip');
  });
}

/** When a version was last exported as a FastAPI project, if it was. */
export function fastApiExportTime(version: ModelVersionRecord): string | undefined {
  return version.tags[exportTag('fastapi')];
}

/** Imports a package as the next version of `name`; a bad file is refused, nothing written. */
export async function importPackage(name: string, file: Blob): Promise<string | null> {
  return attempt(async () => {
    const { model, metadata } = unpackModel(new Uint8Array(await file.arrayBuffer()));
    await importModelVersion(name, {
      model,
      files: tfjsModelFiles(model),
      origin: {
        name: metadata.name,
        version: metadata.version,
        run_id: metadata.lineage.run_id,
        dataset_digest: metadata.lineage.dataset_digest,
      },
      params: metadata.params,
      metrics: metadata.metrics,
    });
  });
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
