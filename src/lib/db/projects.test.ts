import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { DEFAULT_CONFIG } from '../ml/hyperparameters';
import { formFromConfig } from '../state/config-form';
import { projectConfig } from '../state/projects.svelte';
import { db, PlaygroundDb, SCHEMA_V1 } from './database';
import { ConflictError, NotFoundError } from './errors';
import { deleteProject, listProjects, saveProject } from './projects';

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => db.close());

describe('projects', () => {
  it('saves, lists and deletes; a second project of the same name is a conflict', async () => {
    const spec = {
      name: 'tutorial',
      description: 'elastic net',
      defaults: { ...DEFAULT_CONFIG, model: 'softmax' as const, penalty: 'elasticnet' as const },
      parameters: ['alpha' as const, 'l1_ratio' as const],
    };
    await saveProject(spec);
    await expect(saveProject(spec)).rejects.toBeInstanceOf(ConflictError);
    expect((await listProjects()).map((p) => p.name)).toEqual(['tutorial']);
    await deleteProject('tutorial');
    await expect(deleteProject('tutorial')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('runs with overrides of its parameters only; other fields keep its defaults', async () => {
    const project = await saveProject({
      name: 'p',
      description: '',
      defaults: { ...DEFAULT_CONFIG, model: 'softmax', penalty: 'elasticnet', epochs: 50 },
      parameters: ['l1_ratio'],
    });
    const overrides = { ...formFromConfig(DEFAULT_CONFIG), l1_ratio: 0.1, epochs: 999 };
    const check = projectConfig(project, overrides);
    expect(check.ok && check.config).toMatchObject({ l1_ratio: 0.1, epochs: 50, model: 'softmax' });
    expect(projectConfig(project, { ...overrides, l1_ratio: 2 })).toMatchObject({
      ok: false,
      problems: { l1_ratio: { kind: 'out_of_range' } },
    });
  });
});

describe('schema migrations', () => {
  it('opens a version-1 database with its data intact, projects added and run summaries built', async () => {
    db.close();
    await Dexie.delete('migration-test');
    const v1 = new Dexie('migration-test');
    v1.version(1).stores(SCHEMA_V1);
    const run = {
      run_id: 'r',
      run_name: 'old-run',
      experiment_id: '0',
      status: 'FINISHED',
      start_time: 1,
      end_time: 2,
      lifecycle_stage: 'active',
      parent_run_id: null,
      error: null,
    };
    await v1.table('runs').add(run);
    await v1.table('params').add({ run_id: 'r', key: 'epochs', value: '10' });
    await v1.table('tags').add({ run_id: 'r', key: 'owner', value: 'ana' });
    await v1
      .table('latest_metrics')
      .add({ run_id: 'r', key: 'val_accuracy', value: 0.9, step: 3, timestamp: 5 });
    await v1
      .table('run_inputs')
      .add({ run_id: 'r', name: 'iris', digest: 'd', context: 'training' });
    v1.close();
    const upgraded = new PlaygroundDb('migration-test');
    expect(await upgraded.params.get(['r', 'epochs'])).toEqual({
      run_id: 'r',
      key: 'epochs',
      value: '10',
    });
    expect(await upgraded.projects.count()).toBe(0);
    // v3 built the run's summary from its rows.
    expect(await upgraded.run_summaries.get('r')).toEqual({
      run_id: 'r',
      params: { epochs: '10' },
      tags: { owner: 'ana' },
      metrics: { val_accuracy: 0.9 },
      inputs: [{ name: 'iris', digest: 'd', context: 'training' }],
    });
    expect(upgraded.verno).toBe(4);
    expect(await upgraded.alias_events.count()).toBe(0);
    upgraded.close();
  });
});
