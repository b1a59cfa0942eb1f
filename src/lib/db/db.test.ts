import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from './database';
import { ConflictError, NotFoundError } from './errors';
import {
  createRegisteredModel,
  deleteModelVersion,
  exportTag,
  deleteRegisteredModel,
  listModelVersions,
  listRegisteredModels,
  registerModelVersion,
  resolveModelVersion,
  setModelVersionTags,
} from './models';
import { getSettings, setApiBaseUrl, watchSettings } from './settings';
import { setAlias } from './aliases';
import { deleteTag } from './run-writes';
import { createRun, endRun, logBatch, updateRun } from './run-writes';
import { getRunDetails, listRunDetails } from './run-queries';
import { logMetricPoints, metricHistory } from './metric-history';
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
  const version = (run_id: string, createModel = false) =>
    registerModelVersion({
      name: 'iris',
      run_id,
      model: fakeModel,
      dataset_digest: 'd',
      createModel,
    });

  it('numbers versions from 1 and resolves champion, then latest', async () => {
    await expect(version('r0')).rejects.toThrow(
      new NotFoundError("Registered model 'iris' not found"),
    );
    const v1 = await version('r1', true);
    const v2 = await version('r2');
    expect([v1.version, v2.version]).toEqual([1, 2]);
    expect((await listModelVersions('iris')).map((v) => v.version)).toEqual([2, 1]);
    expect(await resolveModelVersion('iris', {})).toMatchObject({ version: 2 });
    await setAlias('iris', 'champion', 1);
    expect(await resolveModelVersion('iris', {})).toMatchObject({ version: 1 });
    await expect(resolveModelVersion('iris', { alias: 'nope' })).rejects.toThrow(
      "Alias 'nope' not found for model 'iris'",
    );
    await expect(resolveModelVersion('iris', { version: 9 })).rejects.toThrow(
      "Version 9 of model 'iris' not found",
    );
    await expect(resolveModelVersion('rose', {})).rejects.toThrow(NotFoundError);
    const [summary] = await listRegisteredModels();
    expect(summary).toMatchObject({ name: 'iris', latest_version: 2, aliases: { champion: 1 } });
  });

  it('never reuses a version number, and deleting a version drops its weights and aliases', async () => {
    await version('r1', true);
    await version('r2');
    await setAlias('iris', 'challenger', 2);
    await deleteModelVersion('iris', 2);
    expect(await db.model_weights.get(['iris', 2])).toBeUndefined();
    expect(await db.aliases.get(['iris', 'challenger'])).toBeUndefined();
    expect((await version('r3')).version).toBe(3);
    await expect(setAlias('iris', 'champion', 2)).rejects.toThrow(NotFoundError);
  });

  it('refuses a duplicate model and deletes a model with everything it holds', async () => {
    await createRegisteredModel({ name: 'iris', description: 'first' });
    await expect(createRegisteredModel({ name: 'iris' })).rejects.toThrow(ConflictError);
    await version('r1');
    await setAlias('iris', 'champion', 1);
    await deleteRegisteredModel('iris');
    const counts = await Promise.all(
      [db.registered_models, db.model_versions, db.model_weights, db.aliases].map((t) => t.count()),
    );
    expect(counts).toEqual([0, 0, 0, 0]);
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
    expect(version?.version).toBe(1);
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

describe('run summaries', () => {
  it('stay equal to the per-key rows through every kind of write', async () => {
    const { run_id } = await createRun({
      params: { a: '1' },
      tags: { t: 'x' },
      inputs: [{ name: 'iris', digest: 'd', context: 'training' }],
    });
    await logBatch(run_id, {
      params: [{ key: 'b', value: '2' }],
      metrics: [
        { key: 'm', value: 1, step: 0 },
        { key: 'm', value: 2, step: 1 },
      ],
      tags: [{ key: 'u', value: 'y' }],
    });
    await logMetricPoints([{ run_id, key: 'm', value: 0.5, step: 0, timestamp: 9 }]);
    await updateRun(run_id, { tags: { t: 'z' } });
    await deleteTag(run_id, 'u');
    const [listed] = await listRunDetails(() => true);
    const direct = await getRunDetails(run_id);
    expect(listed).toEqual(direct);
    expect(listed?.metrics).toEqual({ m: 2 });
    expect(listed?.tags).toEqual({ t: 'z' });
    expect(listed?.params).toEqual({ a: '1', b: '2' });
  });
});

describe('settings', () => {
  it('keeps the API base URL until it is set back to this playground, telling watchers', async () => {
    expect((await getSettings()).apiBaseUrl).toBeNull();
    const seen: (string | null)[] = [];
    const stop = watchSettings((settings) => seen.push(settings.apiBaseUrl));
    await setApiBaseUrl('http://127.0.0.1:8000/');
    expect((await getSettings()).apiBaseUrl).toBe('http://127.0.0.1:8000/');
    await setApiBaseUrl(null);
    expect((await getSettings()).apiBaseUrl).toBeNull();
    stop();
    expect(seen).toContain('http://127.0.0.1:8000/');
    expect(seen.at(-1)).toBeNull();
  });
});

describe('model version tags', () => {
  it('adds tags to a version and keeps the others; an unknown version is not found', async () => {
    await createRegisteredModel({ name: 'iris' });
    await registerModelVersion({
      name: 'iris',
      run_id: 'a'.repeat(32),
      model: fakeModel,
      dataset_digest: 'd',
      tags: { owner: 'me' },
    });
    const tagged = await setModelVersionTags('iris', 1, { [exportTag('fastapi')]: 'then' });
    expect(tagged.tags).toEqual({ owner: 'me', 'exported.fastapi': 'then' });
    expect((await listModelVersions('iris'))[0]?.tags).toEqual(tagged.tags);
    await expect(setModelVersionTags('iris', 2, { a: 'b' })).rejects.toBeInstanceOf(NotFoundError);
  });
});
