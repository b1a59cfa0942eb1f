import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../ml/hyperparameters';
import { formFromConfig } from '../services/config-form';
import { projectConfig } from '../state/projects.svelte';
import { db } from './database';
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
