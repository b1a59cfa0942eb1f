import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from './database';
import {
  listModelVersions,
  listRegisteredModels,
  registerModelVersion,
  resolveModelVersion,
} from './models';
import { createRun, endRun, getRunDetails, logMetricPoints, metricHistory } from './runs';
import { completeTrainingRun } from './training';
import type { SerializedModel } from '../ml/serialize';

const fakeModel: SerializedModel = {
  modelTopology: {},
  weightSpecs: [],
  weightData: new Float32Array([1, 2, 3]).buffer,
  scaler: { mean: [0, 0, 0, 0], std: [1, 1, 1, 1] },
  featureNames: ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'],
  classNames: ['setosa', 'versicolor', 'virginica'],
};

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => db.close());

describe('runs', () => {
  it('creates a RUNNING run in the Default experiment with its params and tags', async () => {
    const run = await createRun({ params: { epochs: '10' }, tags: { source: 'test' }, inputs: [] });
    expect(run.run_id).toMatch(/^[0-9a-f]{32}$/);
    const details = await getRunDetails(run.run_id);
    expect(details?.info.status).toBe('RUNNING');
    expect(details?.info.experiment_id).toBe('0');
    expect(details?.params).toEqual({ epochs: '10' });
    expect(details?.tags).toEqual({ source: 'test' });
    expect((await db.experiments.get('0'))?.name).toBe('Default');
  });

  it('keeps the history and the latest value of every metric', async () => {
    const { run_id } = await createRun({ params: {}, tags: {}, inputs: [] });
    await logMetricPoints([
      { run_id, key: 'loss', value: 0.9, step: 0, timestamp: 1 },
      { run_id, key: 'loss', value: 0.5, step: 1, timestamp: 2 },
    ]);
    await logMetricPoints([{ run_id, key: 'loss', value: 0.7, step: 0, timestamp: 3 }]);
    expect((await getRunDetails(run_id))?.metrics).toEqual({ loss: 0.5 });
    expect((await metricHistory(run_id, 'loss')).map((p) => p.value)).toEqual([0.9, 0.7, 0.5]);
  });

  it('writes nothing of a run whose last write fails', async () => {
    const before = { runs: await db.runs.count(), params: await db.params.count() };
    // A value IndexedDB cannot store makes the last bulkAdd of the transaction fail.
    const unstorable = {
      name: 'iris',
      digest: (() => 'x') as unknown as string,
      context: 'training',
    };
    await expect(
      createRun({ params: { epochs: '10' }, tags: {}, inputs: [unstorable] }),
    ).rejects.toThrow();
    expect({ runs: await db.runs.count(), params: await db.params.count() }).toEqual(before);
  });

  it('ends a run only once', async () => {
    const { run_id } = await createRun({ params: {}, tags: {}, inputs: [] });
    await endRun(run_id, 'FAILED', 'boom');
    await endRun(run_id, 'FINISHED');
    const info = (await getRunDetails(run_id))?.info;
    expect(info?.status).toBe('FAILED');
    expect(info?.error).toBe('boom');
  });
});

describe('registry', () => {
  it('numbers versions from 1 and resolves champion, then latest', async () => {
    const v1 = await registerModelVersion({
      name: 'iris',
      run_id: 'r1',
      model: fakeModel,
      dataset_digest: 'd',
    });
    const v2 = await registerModelVersion({
      name: 'iris',
      run_id: 'r2',
      model: fakeModel,
      dataset_digest: 'd',
    });
    expect([v1.version, v2.version]).toEqual([1, 2]);
    expect((await listModelVersions('iris')).map((v) => v.version)).toEqual([2, 1]);
    expect(await resolveModelVersion('iris', {})).toMatchObject({
      found: true,
      version: { version: 2 },
    });
    await db.aliases.put({ name: 'iris', alias: 'champion', version: 1, updated_at: '' });
    expect(await resolveModelVersion('iris', {})).toMatchObject({
      found: true,
      version: { version: 1 },
    });
    expect(await resolveModelVersion('iris', { alias: 'nope' })).toEqual({
      found: false,
      missing: 'alias',
    });
    expect(await resolveModelVersion('iris', { version: 9 })).toEqual({
      found: false,
      missing: 'version',
    });
    expect(await resolveModelVersion('rose', {})).toEqual({ found: false, missing: 'model' });
    const [summary] = await listRegisteredModels();
    expect(summary).toMatchObject({ name: 'iris', latest_version: 2, aliases: { champion: 1 } });
  });

  it('completes a training run and its version together, or not at all', async () => {
    const { run_id } = await createRun({ params: {}, tags: {}, inputs: [] });
    const version = await completeTrainingRun({
      run_id,
      metrics: [{ run_id, key: 'test_accuracy', value: 0.96, step: 0, timestamp: 1 }],
      artifacts: [
        {
          run_id,
          path: 'model/weights.bin',
          mime_type: 'application/octet-stream',
          data: fakeModel.weightData,
        },
      ],
      model: fakeModel,
      dataset_digest: 'd',
      register_as: 'iris',
    });
    expect(version.version).toBe(1);
    expect((await getRunDetails(run_id))?.info.status).toBe('FINISHED');
    expect(await db.model_weights.get(['iris', 1])).toBeTruthy();

    await expect(
      completeTrainingRun({
        run_id,
        metrics: [],
        artifacts: [],
        model: fakeModel,
        dataset_digest: 'd',
        register_as: 'iris',
      }),
    ).rejects.toThrow(/not running/);
    expect(await db.model_versions.count()).toBe(1);
  });
});
