// Workspace backup in the page: export and import of a workspace of 1,000 runs (100 metric
// steps each) and 50 model versions with weights, against a raw bulkAdd of the same rows
// into emptied tables in one transaction (the least an import can cost).
import { exportWorkspace, importWorkspace, resetWorkspace } from '../../../src/lib/db/backup';
import { db } from '../../../src/lib/db/database';
import { seededRandom } from '../../../src/lib/data/random';

const RUNS = 1000;
const STEPS = 100;
const VERSIONS = 50;
const METRICS = ['loss', 'accuracy', 'val_loss', 'val_accuracy'];

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const round = (x: number) => Math.round(x * 10) / 10;

/** Rows of every table of such a workspace, shaped as the app writes them. */
function workspaceRows(): Record<string, unknown[]> {
  const random = seededRandom(7);
  const rows: Record<string, unknown[]> = Object.fromEntries(db.tables.map((t) => [t.name, []]));
  const push = (table: string, row: unknown) => rows[table]?.push(row);
  const at = new Date(0).toISOString();
  push('experiments', {
    experiment_id: '0',
    name: 'Default',
    lifecycle_stage: 'active',
    tags: {},
    created_at: at,
    updated_at: at,
  });
  push('registered_models', {
    name: 'iris',
    description: '',
    tags: {},
    next_version: VERSIONS + 1,
    created_at: at,
    updated_at: at,
  });
  for (let r = 0; r < RUNS; r++) {
    const run_id = `run-${String(r).padStart(4, '0')}`;
    push('runs', {
      run_id,
      run_name: run_id,
      experiment_id: '0',
      status: 'FINISHED',
      start_time: r,
      end_time: r + 1,
      lifecycle_stage: 'active',
      parent_run_id: null,
      error: null,
    });
    const params = { epochs: String(STEPS), learning_rate: String(random()), model: 'mlp' };
    const tags = { source: 'ui', seed: String(r) };
    const latest: Record<string, number> = {};
    for (const [key, value] of Object.entries(params)) push('params', { run_id, key, value });
    for (const [key, value] of Object.entries(tags)) push('tags', { run_id, key, value });
    for (const key of METRICS) {
      const values = Array.from({ length: STEPS }, () => random());
      push('metric_chunks', {
        run_id,
        key,
        steps: values.map((_, i) => i),
        values,
        timestamps: values.map((_, i) => 1000 + i),
      });
      latest[key] = values[STEPS - 1] ?? 0;
      push('latest_metrics', { run_id, key, value: latest[key], step: STEPS - 1, timestamp: 1099 });
    }
    push('run_inputs', { run_id, name: 'iris', digest: 'd', context: 'training' });
    push('run_summaries', { run_id, params, tags, metrics: latest, inputs: [] });
    if (r < VERSIONS) {
      const weightData = Float32Array.from({ length: 512 }, () => random()).buffer;
      push('artifacts', {
        run_id,
        path: 'model/weights.bin',
        mime_type: 'application/octet-stream',
        data: weightData,
      });
      push('model_versions', {
        name: 'iris',
        version: r + 1,
        run_id,
        source: `runs:/${run_id}/model`,
        status: 'READY',
        description: '',
        tags: {},
        signature: {},
        dataset_digest: 'd',
        created_at: at,
      });
      push('model_weights', {
        name: 'iris',
        version: r + 1,
        model: {
          modelTopology: {},
          weightSpecs: [],
          weightData,
          scaler: { mean: [], std: [] },
          featureNames: [],
          classNames: [],
        },
      });
    }
  }
  return rows;
}

async function rawBulkAdd(rows: Record<string, unknown[]>): Promise<number> {
  await resetWorkspace();
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
  const started = performance.now();
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.bulkAdd(rows[table.name] ?? []);
  });
  return performance.now() - started;
}

export async function runBackupBench(repeats: number) {
  const rows = workspaceRows();
  const exports: number[] = [];
  const imports: number[] = [];
  const raw: number[] = [];
  let size = 0;
  for (let i = 0; i < repeats; i++) {
    raw.push(await rawBulkAdd(rows));
    let started = performance.now();
    const backup = await exportWorkspace('bench');
    exports.push(performance.now() - started);
    size = backup.length;
    await resetWorkspace();
    started = performance.now();
    await importWorkspace(backup, 'replace');
    imports.push(performance.now() - started);
  }
  const counted = await db.metric_chunks.count();
  await resetWorkspace();
  return {
    target_ratio: 2,
    runs: RUNS,
    metric_steps_per_run: STEPS * METRICS.length,
    model_versions: VERSIONS,
    rows: Object.values(rows).reduce((n, r) => n + r.length, 0),
    metric_chunks_after_import: counted,
    backup_mb: round(size / 1e6),
    export_ms: round(median(exports)),
    import_ms: round(median(imports)),
    raw_bulk_add_ms: round(median(raw)),
    ratio: Math.round((median(imports) / median(raw)) * 100) / 100,
  };
}
