// The whole workspace to one file and back: export reads every table in one read
// transaction; import checks the file completely, then writes in one transaction that
// either replaces the workspace or merges into it, so a bad file or a full disk leaves
// the database exactly as it was. Reset clears every table.
import {
  BackupError,
  packBackup,
  unpackBackup,
  type BackupManifest,
  type TableRows,
} from '../data/backup-archive';
import { db, DEFAULT_EXPERIMENT_ID, defaultExperiment } from './database';
import { asStorageFull } from './errors';
import { flushApiJournal } from './api-journal';
import { flushPredictionLog } from './prediction-log';
import type { ExperimentRecord, RunRecord } from './records';
import { buildSummaries } from './summary-builder';

export type ImportMode = 'replace' | 'merge';

export interface ImportReport {
  mode: ImportMode;
  schema_version: number;
  created_at: string;
  /** Rows written per table. */
  added: Record<string, number>;
  /** What merge kept from this workspace instead of the backup's copy. */
  kept: { runs: number; models: string[]; experiments: number };
}

/** Tables whose rows belong to one run (by run_id): merge adds them with their run. */
const RUN_TABLES = [
  'params',
  'tags',
  'metric_chunks',
  'latest_metrics',
  'run_inputs',
  'artifacts',
  'run_summaries',
];
/** Tables whose rows belong to one registered model (by name). */
const MODEL_TABLES = ['model_versions', 'model_weights', 'aliases', 'alias_events'];

export async function exportWorkspace(appVersion: string, now = new Date()): Promise<Uint8Array> {
  await Promise.all([flushPredictionLog(), flushApiJournal()]);
  const tables: TableRows = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) tables[table.name] = await table.toArray();
  });
  return packBackup(
    { schema_version: db.verno, app_version: appVersion, created_at: now.toISOString() },
    tables,
  );
}

/** Every row has the fields of its table's primary key, as strings or numbers. */
function checkKeys(tables: TableRows): void {
  for (const [name, rows] of Object.entries(tables)) {
    const keyPath = db.table(name).schema.primKey.keyPath;
    if (!keyPath) continue;
    const fields = Array.isArray(keyPath) ? keyPath : [keyPath];
    const auto = db.table(name).schema.primKey.auto;
    const bad = rows.findIndex((row) =>
      fields.some((field) => {
        const value = (row as Record<string, unknown>)[field];
        return !(typeof value === 'string' || typeof value === 'number') && !(auto && !value);
      }),
    );
    if (bad >= 0) {
      throw new BackupError(
        `Row ${bad + 1} of ${name} lacks its key (${fields.join(', ')}): the file is corrupt.`,
      );
    }
  }
}

/** A run exported while it trained can never finish here: it arrives KILLED. */
function settleRunningRuns(tables: TableRows, now: number): void {
  tables['runs'] = (tables['runs'] ?? []).map((row) => {
    const run = row as RunRecord;
    return run.status === 'RUNNING'
      ? { ...run, status: 'KILLED', end_time: now, error: 'It was still running when exported.' }
      : run;
  });
}

/** A backup from before schema 3 has no run summaries: build them as the v3 upgrade does. */
function addMissingSummaries(tables: TableRows): void {
  if (tables['run_summaries']) return;
  const rows = <T>(name: string) => (tables[name] ?? []) as T[];
  tables['run_summaries'] = buildSummaries(
    rows<RunRecord>('runs').map((r) => r.run_id),
    {
      params: rows('params'),
      tags: rows('tags'),
      metrics: rows('latest_metrics'),
      inputs: rows('run_inputs'),
    },
  );
}

async function replaceAll(tables: TableRows): Promise<Record<string, number>> {
  await Promise.all(db.tables.map((table) => table.clear()));
  const added: Record<string, number> = {};
  for (const table of db.tables) {
    const rows = tables[table.name] ?? [];
    await table.bulkAdd(rows);
    added[table.name] = rows.length;
  }
  // A workspace always has its Default experiment.
  if (!(await db.experiments.get(DEFAULT_EXPERIMENT_ID))) {
    await db.experiments.add(defaultExperiment());
  }
  return added;
}

/**
 * Adds what the backup has and this workspace lacks: runs with all their rows, models with
 * all their versions, experiments, datasets, projects and labs' progress. Where both hold the
 * same run, model, experiment, dataset, project or lab, this workspace's copy is kept;
 * settings are kept, and so is this workspace's request journal.
 */
async function merge(tables: TableRows, report: ImportReport): Promise<void> {
  const rows = (name: string) => (tables[name] ?? []) as Record<string, unknown>[];
  const add = async (name: string, picked: Record<string, unknown>[]) => {
    await db.table(name).bulkAdd(picked);
    report.added[name] = picked.length;
  };
  const has = async (name: string) =>
    new Set((await db.table(name).toCollection().primaryKeys()).map(String));

  const runIds = await has('runs');
  const newRuns = rows('runs').filter((r) => !runIds.has(String(r['run_id'])));
  report.kept.runs = rows('runs').length - newRuns.length;
  const added = new Set(newRuns.map((r) => String(r['run_id'])));
  await add('runs', newRuns);
  for (const name of RUN_TABLES) {
    await add(
      name,
      rows(name).filter((r) => added.has(String(r['run_id']))),
    );
  }

  const modelNames = await has('registered_models');
  const newModels = rows('registered_models').filter((m) => !modelNames.has(String(m['name'])));
  const addedModels = new Set(newModels.map((m) => String(m['name'])));
  report.kept.models = rows('registered_models')
    .map((m) => String(m['name']))
    .filter((name) => !addedModels.has(name));
  await add('registered_models', newModels);
  for (const name of MODEL_TABLES) {
    const picked = rows(name).filter((r) => addedModels.has(String(r['name'])));
    // Alias events number themselves here: the backup's ids may be taken.
    await add(name, name === 'alias_events' ? picked.map(({ id: _id, ...r }) => r) : picked);
  }

  const experiments = await db.experiments.toArray();
  const ids = new Set(experiments.map((e) => e.experiment_id));
  const names = new Set(experiments.map((e) => e.name));
  const newExperiments = (rows('experiments') as unknown as ExperimentRecord[])
    .filter((e) => !ids.has(e.experiment_id))
    .map((e) => (names.has(e.name) ? { ...e, name: `${e.name} (imported)` } : e));
  report.kept.experiments = rows('experiments').length - newExperiments.length;
  await add('experiments', newExperiments as unknown as Record<string, unknown>[]);

  const datasets = await db.datasets.toArray();
  const digests = new Set(datasets.map((d) => d.digest));
  await add(
    'datasets',
    rows('datasets').filter((d) => !digests.has(String(d['digest']))),
  );
  const projects = await has('projects');
  await add(
    'projects',
    rows('projects').filter((p) => !projects.has(String(p['name']))),
  );
  // A lab this workspace has not begun arrives with the backup's progress in it.
  const labs = await has('lab_progress');
  await add(
    'lab_progress',
    rows('lab_progress').filter((l) => !labs.has(String(l['lab']))),
  );
}

/**
 * Reads a backup and writes it in one transaction. Throws BackupError for a file that
 * cannot be imported and StorageFullError when the disk is full; either way nothing is
 * written.
 */
export async function importWorkspace(
  bytes: Uint8Array,
  mode: ImportMode,
  now = Date.now(),
): Promise<ImportReport> {
  const { manifest, tables } = await unpackBackup(bytes, {
    schemaVersion: db.verno,
    tables: db.tables.map((t) => t.name),
  });
  checkKeys(tables);
  settleRunningRuns(tables, now);
  addMissingSummaries(tables);
  const report = newReport(mode, manifest);
  try {
    await db.transaction('rw', db.tables, async () => {
      if (mode === 'replace') report.added = await replaceAll(tables);
      else await merge(tables, report);
    });
  } catch (caught) {
    const error = asStorageFull(caught);
    if (error instanceof Error && ['ConstraintError', 'BulkError'].includes(error.name)) {
      throw new BackupError(
        `The backup holds two records with the same key, or one this workspace already has: ${error.message}`,
      );
    }
    throw error;
  }
  return report;
}

function newReport(mode: ImportMode, manifest: BackupManifest): ImportReport {
  return {
    mode,
    schema_version: manifest.schema_version,
    created_at: manifest.created_at,
    added: {},
    kept: { runs: 0, models: [], experiments: 0 },
  };
}

/** Clears every table, then gives the workspace back its Default experiment. */
export async function resetWorkspace(): Promise<void> {
  await db.transaction('rw', db.tables, () => replaceAll({}));
}
