import { describe, expect, it, vi } from 'vitest';
import { call, snapshot, startedTrainings, useApiServer } from './testing';

useApiServer();

describe('POST /api/runs', () => {
  it('starts training in the background: 202, then the run finishes and registers its model', async () => {
    const started = await call('POST', 'api/runs', {
      body: {
        experiment_id: '0',
        run_name: 'via-api',
        model: 'softmax',
        params: { epochs: 40 },
        seed: 7,
      },
    });
    expect(started.status).toBe(202);
    const runId: string = started.body.info.run_id;
    expect(runId).toMatch(/^[0-9a-f]{32}$/);
    expect(started.headers.get('Location')).toBe(`/sub/api/runs/${runId}`);
    expect(started.body.info).toMatchObject({
      run_name: 'via-api',
      experiment_id: '0',
      status: 'RUNNING',
      end_time: null,
    });
    expect(started.body.data.params).toMatchObject({
      model: 'softmax',
      epochs: '40',
      seed: '7',
      learning_rate: '0.05',
    });
    expect(started.body.data.params.hidden_units).toBeUndefined();
    expect(started.body.data.tags).toMatchObject({ source: 'api', model_type: 'softmax' });

    await vi.waitFor(
      async () =>
        expect((await call('GET', `api/runs/${runId}`)).body.info.status).toBe('FINISHED'),
      {
        timeout: 20_000,
        interval: 50,
      },
    );
    const finished = await call('GET', `api/runs/${runId}`);
    expect(finished.body.data.metrics['val_accuracy']).toBeGreaterThan(0.8);
    expect(finished.body.inputs.datasets).toEqual([
      { name: 'iris', digest: expect.stringMatching(/^[0-9a-f]{64}$/), context: 'training' },
    ]);
    const versions = await call('GET', 'api/models/iris/versions');
    expect(versions.body.items[0]).toMatchObject({ version: 1, run_id: runId });
    const artifacts = await call('GET', `api/runs/${runId}/artifacts`);
    expect(artifacts.body.files.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining([
        'confusion_matrix.svg',
        'training_curves.svg',
        'decision_regions.svg',
      ]),
    );
    const regions = await call('GET', `api/runs/${runId}/artifacts/decision_regions.svg`);
    expect(regions.headers.get('Content-Type')).toContain('image/svg+xml');
    expect(regions.body).toContain('Decision regions after epoch 40');
    expect(regions.body).toContain('petal_length (cm)');
  });

  it('creates an empty RUNNING run without a model: 201', async () => {
    const created = await call('POST', 'api/runs', { body: { experiment_id: '0' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      info: { status: 'RUNNING' },
      data: { params: {}, metrics: {} },
    });
    expect(created.headers.get('Location')).toBe(`/sub/api/runs/${created.body.info.run_id}`);
    await Promise.all(startedTrainings);
  });

  it('rejects bad hyperparameters, an unknown experiment and a missing token, changing nothing', async () => {
    const before = await snapshot();
    const bad = await call('POST', 'api/runs', {
      body: {
        experiment_id: '0',
        model: 'mlp',
        params: { epochs: 0, hidden_units: 2.5, momentum: 1 },
      },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.detail).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'greater_than_equal', loc: ['body', 'params', 'epochs'] }),
        expect.objectContaining({
          type: 'int_from_float',
          loc: ['body', 'params', 'hidden_units'],
        }),
        expect.objectContaining({ type: 'extra_forbidden', loc: ['body', 'params', 'momentum'] }),
      ]),
    );
    const model = await call('POST', 'api/runs', { body: { experiment_id: '0', model: 'svm' } });
    expect(model.body.detail[0]).toMatchObject({ type: 'literal_error', loc: ['body', 'model'] });
    expect(
      await call('POST', 'api/runs', { body: { experiment_id: '42', model: 'mlp' } }),
    ).toMatchObject({
      status: 404,
      body: { detail: "Experiment '42' not found" },
    });
    expect(
      (await call('POST', 'api/runs', { body: { experiment_id: '0', model: 'mlp' }, token: null }))
        .status,
    ).toBe(401);
    expect(await snapshot()).toEqual(before);
  });
});

describe('GET /api/runs/{run_id}', () => {
  it('answers 404 for an unknown run and 422 for a malformed id', async () => {
    expect((await call('GET', `api/runs/${'0'.repeat(32)}`)).body).toEqual({
      detail: `Run '${'0'.repeat(32)}' not found`,
    });
    expect((await call('GET', 'api/runs/xyz')).body.detail[0]).toMatchObject({
      type: 'string_pattern_mismatch',
      loc: ['path', 'run_id'],
    });
  });
});
