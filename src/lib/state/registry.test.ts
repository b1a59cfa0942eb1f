import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/database';
import { listModelVersions } from '../db/models';
import { getRunDetails } from '../db/run-queries';
import { irisDataset } from '../data/iris';
import { DEFAULT_CONFIG } from '../ml/hyperparameters';
import { loadTf } from '../ml/load-tf';
import { packModel, PACKAGE_FORMAT } from '../ml/model-package';
import { trainClassifier } from '../ml/train';
import { importPackage } from './registry.svelte';

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => db.close());

async function counts() {
  return Promise.all(db.tables.map((table) => table.count()));
}

describe('importing a model package', () => {
  it('adds one version with a FINISHED run carrying its lineage, params and metrics', async () => {
    const { model } = await trainClassifier(
      await loadTf(),
      { ...DEFAULT_CONFIG, epochs: 10 },
      irisDataset(),
    );
    const zip = packModel(model, {
      format: PACKAGE_FORMAT,
      format_version: 1,
      name: 'iris',
      version: 7,
      created_at: '2026-11-22T00:00:00.000Z',
      signature: {},
      lineage: { run_id: 'abc', run_name: 'old', experiment_id: '0', dataset_digest: 'd1' },
      params: { model: 'mlp' },
      metrics: { val_accuracy: 0.9 },
    });
    expect(await importPackage('iris', new Blob([zip.slice().buffer]))).toBeNull();
    const [version] = await listModelVersions('iris');
    expect(version?.version).toBe(1);
    const run = await getRunDetails(version?.run_id ?? '');
    expect(run?.info.status).toBe('FINISHED');
    expect(run?.params).toEqual({ model: 'mlp' });
    expect(run?.metrics).toEqual({ val_accuracy: 0.9 });
    expect(run?.tags['imported_from']).toBe('iris v7 (run abc)');
    expect(run?.inputs).toEqual([{ name: 'iris', digest: 'd1', context: 'training' }]);
  });

  it('refuses a damaged file with its message and writes nothing', async () => {
    const before = await counts();
    const message = await importPackage('iris', new Blob(['PK garbage']));
    expect(message).toMatch(/not a zip/);
    expect(await counts()).toEqual(before);
  });
});
