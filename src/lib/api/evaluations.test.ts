import { describe, expect, it } from 'vitest';
import { call, startedTrainings, useApiServer } from './testing';

useApiServer();

/** Trains `iris` v1 through the API and waits for it. */
async function trainVersion(): Promise<void> {
  await call('POST', 'api/runs', {
    body: { experiment_id: '0', model: 'softmax', params: { epochs: 40, learning_rate: 0.1 } },
  });
  await Promise.all(startedTrainings);
}

describe('the Validation API', () => {
  it('runs a 3-fold evaluation recorded as a run with folds as child runs, and reads it back', async () => {
    await trainVersion();
    const made = await call('POST', 'api/evaluations', {
      body: { model: 'iris', method: 'kfold', k: 3, seed: 1 },
    });
    expect(made.status).toBe(201);
    expect(made.body.version).toBe(1);
    expect(made.body.metrics.accuracy.values).toHaveLength(3);
    expect(made.body.metrics.accuracy.ci[0]).toBeLessThanOrEqual(made.body.metrics.accuracy.mean);
    expect(made.body.fold_run_ids).toHaveLength(3);
    expect(made.headers.get('Location')).toBe(`/sub/api/evaluations/${made.body.id}`);
    const read = await call('GET', `api/evaluations/${made.body.id}`, { token: null });
    expect(read.body).toEqual(made.body);
    const fold = await call('GET', `api/runs/${made.body.fold_run_ids[0]}`, { token: null });
    expect(fold.body.data.tags['mlflow.parentRunId']).toBe(made.body.id);
    const parent = await call('GET', `api/runs/${made.body.id}`, { token: null });
    expect(parent.body.info.status).toBe('FINISHED');
    expect(parent.body.data.metrics['accuracy_mean']).toBeCloseTo(
      made.body.metrics.accuracy.mean,
      12,
    );
  });

  it('bootstraps the version with 1,000 resamples by default', async () => {
    await trainVersion();
    const made = await call('POST', 'api/evaluations', {
      body: { model: 'iris', version: 1, method: 'bootstrap', confidence: 0.9 },
    });
    expect(made.status).toBe(201);
    expect(made.body.options.n_resamples).toBe(1000);
    expect(made.body.metrics.roc_auc.values).toHaveLength(1000);
  });

  it('answers 404 for an unknown model or evaluation, 422 for bad options, and writes nothing', async () => {
    expect(
      (await call('POST', 'api/evaluations', { body: { model: 'nope', method: 'holdout' } }))
        .status,
    ).toBe(404);
    const bad = await call('POST', 'api/evaluations', {
      body: { model: 'iris', method: 'kfold', k: 1, version: 1, alias: 'champion' },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.detail.map((d: { loc: unknown[] }) => d.loc.join('.'))).toEqual(
      expect.arrayContaining(['body.k']),
    );
    const missing = await call('GET', `api/evaluations/${'0'.repeat(32)}`, { token: null });
    expect(missing.status).toBe(404);
  });
});
