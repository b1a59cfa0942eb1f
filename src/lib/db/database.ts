// The app's IndexedDB database: one typed Dexie class, one instance, every schema
// version declared here in order. This folder is the only door to IndexedDB.
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type {
  AliasEventRecord,
  ApiJournalRecord,
  AliasRecord,
  ArtifactRecord,
  DatasetRecord,
  DeploymentEventRecord,
  DeploymentRecord,
  DeploymentRequestRecord,
  ExperimentRecord,
  LabProgressRecord,
  MetricChunk,
  MetricPoint,
  ModelVersionRecord,
  ModelWeightsRecord,
  ParamRecord,
  PredictionLogRecord,
  ProjectRecord,
  RegisteredModelRecord,
  RunInputRecord,
  RunRecord,
  RunSummaryRecord,
  SettingRecord,
  TagRecord,
} from './records';
import { DATABASE_NAME } from './database-name';
import { buildSummaries } from './summary-builder';

export { DATABASE_NAME };
export const DEFAULT_EXPERIMENT_ID = '0';

/** The first schema, frozen: later versions only add to it (migration tests open it). */
const SCHEMA_V1 = {
  experiments: '&experiment_id, &name, lifecycle_stage',
  runs: '&run_id, experiment_id, status, start_time, parent_run_id, lifecycle_stage',
  params: '[run_id+key], run_id',
  tags: '[run_id+key], run_id',
  metric_chunks: '++, [run_id+key]',
  latest_metrics: '[run_id+key], run_id, key',
  run_inputs: '++, run_id, digest',
  artifacts: '[run_id+path], run_id',
  registered_models: '&name',
  model_versions: '[name+version], name, run_id',
  model_weights: '[name+version]',
  aliases: '[name+alias], name',
  settings: '&key',
  datasets: '&id, &digest',
} as const;

/**
 * Every schema version's changes, in order and frozen: a version only adds to the ones
 * before it, and the migration tests open a database written by each.
 */
export const SCHEMA_CHANGES: readonly {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}[] = [
  { version: 1, stores: SCHEMA_V1 },
  // v2: saved training setups (projects). A new table only: existing rows need no change.
  { version: 2, stores: { projects: '&name' } },
  // v3: one summary row per run (params, tags, latest metrics, inputs), built by
  // buildRunSummaries from the per-key rows of every existing run.
  { version: 3, stores: { run_summaries: '&run_id' }, upgrade: buildRunSummaries },
  // v4: the history of alias moves (it starts empty: earlier moves were not recorded).
  { version: 4, stores: { alias_events: '++id, [name+alias], name' } },
  // v5: the prediction log (it starts empty).
  { version: 5, stores: { prediction_log: '++id, at' } },
  // v6: deployments, the requests they served (with feedback) and their decisions.
  {
    version: 6,
    stores: {
      deployments: '&name',
      deployment_requests: '&request_id, [deployment+at], at',
      deployment_events: '++id, deployment',
    },
  },
  // v7: the API's request journal and the labs' progress (both start empty).
  { version: 7, stores: { api_journal: '++id, at', lab_progress: '&lab' } },
];

/** The v3 upgrade: a summary row for every existing run. */
async function buildRunSummaries(tx: Transaction): Promise<void> {
  const [runIds, params, tags, metrics, inputs] = await Promise.all([
    tx.table<RunRecord, string>('runs').toCollection().primaryKeys(),
    tx.table<ParamRecord>('params').toArray(),
    tx.table<TagRecord>('tags').toArray(),
    tx.table<MetricPoint>('latest_metrics').toArray(),
    tx.table<RunInputRecord>('run_inputs').toArray(),
  ]);
  const summaries = buildSummaries(runIds, { params, tags, metrics, inputs });
  await tx.table<RunSummaryRecord>('run_summaries').bulkAdd(summaries);
}

/** The experiment every workspace starts with, and gets back after a reset. */
export function defaultExperiment(now = new Date()): ExperimentRecord {
  const at = now.toISOString();
  return {
    experiment_id: DEFAULT_EXPERIMENT_ID,
    name: 'Default',
    lifecycle_stage: 'active',
    tags: {},
    created_at: at,
    updated_at: at,
  };
}

export class PlaygroundDb extends Dexie {
  experiments!: EntityTable<ExperimentRecord, 'experiment_id'>;
  runs!: EntityTable<RunRecord, 'run_id'>;
  params!: Table<ParamRecord, [string, string]>;
  tags!: Table<TagRecord, [string, string]>;
  metric_chunks!: Table<MetricChunk, number>;
  latest_metrics!: Table<MetricPoint, [string, string]>;
  run_inputs!: Table<RunInputRecord, number>;
  artifacts!: Table<ArtifactRecord, [string, string]>;
  registered_models!: EntityTable<RegisteredModelRecord, 'name'>;
  model_versions!: Table<ModelVersionRecord, [string, number]>;
  model_weights!: Table<ModelWeightsRecord, [string, number]>;
  aliases!: Table<AliasRecord, [string, string]>;
  settings!: EntityTable<SettingRecord, 'key'>;
  datasets!: EntityTable<DatasetRecord, 'id'>;
  projects!: EntityTable<ProjectRecord, 'name'>;
  run_summaries!: EntityTable<RunSummaryRecord, 'run_id'>;
  alias_events!: EntityTable<AliasEventRecord, 'id'>;
  prediction_log!: EntityTable<PredictionLogRecord, 'id'>;
  deployments!: EntityTable<DeploymentRecord, 'name'>;
  deployment_requests!: EntityTable<DeploymentRequestRecord, 'request_id'>;
  deployment_events!: EntityTable<DeploymentEventRecord, 'id'>;
  api_journal!: EntityTable<ApiJournalRecord, 'id'>;
  lab_progress!: EntityTable<LabProgressRecord, 'lab'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_CHANGES) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    this.on('populate', (tx) => {
      void tx.table<ExperimentRecord>('experiments').add(defaultExperiment());
    });
  }
}

export const db = new PlaygroundDb();

// Another tab opened a newer schema: close this connection at once so that its upgrade
// is never blocked, then reload so that this tab stops running code written for the
// old schema. Registered here because only an open connection can receive it.
db.on('versionchange', () => {
  db.close();
  if (typeof location !== 'undefined') location.reload();
  return false;
});
