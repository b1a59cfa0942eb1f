// Contract tests of MLflow's tracking endpoints (/api/2.0/mlflow/), written from MLflow's REST
// API reference: paths, methods, bodies, answers, error codes and statuses.
import { describe, expect, it } from 'vitest';
import { call, snapshot, useApiServer } from './testing';

useApiServer();

const M = 'api/2.0/mlflow';
const T0 = 1_767_225_600_000;

async function newRun(body: Record<string, unknown> = {}) {
  const made = await call('POST', `${M}/runs/create`, {
    body: { experiment_id: '0', start_time: T0, ...body },
  });
  expect(made.status).toBe(200);
  return made.body.run.info.run_id as string;
}

describe('experiments', () => {
  it('creates, gets by id and by name, and searches', async () => {
    const made = await call('POST', `${M}/experiments/create`, {
      body: { name: 'sweeps', tags: [{ key: 'team', value: 'ml' }] },
    });
    expect(made).toMatchObject({ status: 200, body: { experiment_id: '1' } });
    const byId = await call('GET', `${M}/experiments/get?experiment_id=1`);
    expect(byId.body.experiment).toEqual({
      experiment_id: '1',
      name: 'sweeps',
      artifact_location: 'mlflow-artifacts:/1',
      lifecycle_stage: 'active',
      creation_time: expect.any(Number),
      last_update_time: expect.any(Number),
      tags: [{ key: 'team', value: 'ml' }],
    });
    const byName = await call('GET', `${M}/experiments/get-by-name?experiment_name=sweeps`);
    expect(byName.body).toEqual(byId.body);

    const search = async (body: unknown) =>
      (await call('POST', `${M}/experiments/search`, { body })).body;
    const all = await search({});
    expect(all.experiments.map((e: { name: string }) => e.name)).toEqual(['Default', 'sweeps']);
    expect((await search({ filter: "name LIKE 'sw%'" })).experiments).toHaveLength(1);
    expect((await search({ filter: "tags.team = 'ml'" })).experiments[0].name).toBe('sweeps');
    const ordered = await search({ order_by: ['name DESC'], max_results: 1 });
    expect(ordered.experiments[0].name).toBe('sweeps');
    const next = await search({ order_by: ['name DESC'], page_token: ordered.next_page_token });
    expect(next.experiments.map((e: { name: string }) => e.name)).toEqual(['Default']);
    expect(next.next_page_token).toBeUndefined();
  });

  it('answers MLflow’s error codes and statuses', async () => {
    await call('POST', `${M}/experiments/create`, { body: { name: 'taken' } });
    expect(
      await call('POST', `${M}/experiments/create`, { body: { name: 'taken' } }),
    ).toMatchObject({
      status: 400,
      body: { error_code: 'RESOURCE_ALREADY_EXISTS', message: expect.stringContaining('taken') },
    });
    expect(await call('GET', `${M}/experiments/get?experiment_id=99`)).toMatchObject({
      status: 404,
      body: { error_code: 'RESOURCE_DOES_NOT_EXIST' },
    });
    expect(await call('GET', `${M}/experiments/get-by-name?experiment_name=nope`)).toMatchObject({
      status: 404,
      body: {
        error_code: 'RESOURCE_DOES_NOT_EXIST',
        message: "Could not find experiment with name 'nope'",
      },
    });
    expect(await call('POST', `${M}/experiments/create`, { body: {} })).toEqual(
      expect.objectContaining({
        status: 400,
        body: {
          error_code: 'INVALID_PARAMETER_VALUE',
          message:
            "Missing value for required parameter 'name'. See the API docs for more information about request parameters.",
        },
      }),
    );
    const badFilter = await call('POST', `${M}/experiments/search`, {
      body: { filter: 'name ~~ 1' },
    });
    expect(badFilter).toMatchObject({
      status: 400,
      body: { error_code: 'INVALID_PARAMETER_VALUE' },
    });
    expect(
      (await call('POST', `${M}/experiments/search`, { body: { page_token: 'zzz' } })).body
        .error_code,
    ).toBe('INVALID_PARAMETER_VALUE');
  });
});

describe('runs', () => {
  it('creates a run, logs each way, ends it, and reads it back in MLflow’s shape', async () => {
    const runId = await newRun({
      run_name: 'notebook',
      user_id: 'ada',
      tags: [{ key: 'mlflow.source.type', value: 'NOTEBOOK' }],
    });
    expect(runId).toMatch(/^[0-9a-f]{32}$/);
    const ok = async (endpoint: string, body: unknown) => {
      const answer = await call('POST', `${M}/${endpoint}`, { body });
      expect(answer, endpoint).toMatchObject({ status: 200, body: {} });
      expect(Object.keys(answer.body)).toEqual([]);
    };
    await ok('runs/log-parameter', { run_id: runId, key: 'alpha', value: '0.5' });
    await ok('runs/log-metric', {
      run_uuid: runId,
      key: 'rmse',
      value: 0.9,
      timestamp: T0 + 1,
      step: 0,
    });
    await ok('runs/log-metric', {
      run_id: runId,
      key: 'rmse',
      value: 0.7,
      timestamp: T0 + 2,
      step: 1,
    });
    await ok('runs/set-tag', { run_id: runId, key: 'owner', value: 'me' });
    await ok('runs/log-batch', {
      run_id: runId,
      metrics: [{ key: 'accuracy', value: 0.96, timestamp: T0 + 3, step: 4 }],
      params: [{ key: 'l1_ratio', value: '0.1' }],
      tags: [{ key: 'owner', value: 'you' }],
    });
    const ended = await call('POST', `${M}/runs/update`, {
      body: { run_id: runId, status: 'FINISHED', end_time: T0 + 10 },
    });
    expect(ended.body.run_info).toMatchObject({ status: 'FINISHED', end_time: T0 + 10 });

    const got = await call('GET', `${M}/runs/get?run_id=${runId}`);
    expect(got.status).toBe(200);
    expect(got.body.run.info).toEqual({
      run_id: runId,
      run_uuid: runId,
      run_name: 'notebook',
      experiment_id: '0',
      user_id: 'ada',
      status: 'FINISHED',
      start_time: T0,
      end_time: T0 + 10,
      artifact_uri: `mlflow-artifacts:/0/${runId}/artifacts`,
      lifecycle_stage: 'active',
    });
    const { data } = got.body.run;
    expect(data.metrics).toEqual(
      expect.arrayContaining([
        { key: 'rmse', value: 0.7, timestamp: T0 + 2, step: 1 },
        { key: 'accuracy', value: 0.96, timestamp: T0 + 3, step: 4 },
      ]),
    );
    expect(data.params).toEqual(
      expect.arrayContaining([
        { key: 'alpha', value: '0.5' },
        { key: 'l1_ratio', value: '0.1' },
      ]),
    );
    expect(data.tags).toEqual(
      expect.arrayContaining([
        { key: 'owner', value: 'you' },
        { key: 'mlflow.user', value: 'ada' },
        { key: 'mlflow.source.type', value: 'NOTEBOOK' },
      ]),
    );
    expect((await call('GET', `${M}/runs/get?run_uuid=${runId}`)).body).toEqual(got.body);

    const history = await call('GET', `${M}/metrics/get-history?run_id=${runId}&metric_key=rmse`);
    expect(history.body).toEqual({
      metrics: [
        { key: 'rmse', value: 0.9, timestamp: T0 + 1, step: 0 },
        { key: 'rmse', value: 0.7, timestamp: T0 + 2, step: 1 },
      ],
    });
    // The same run through the playground's own API.
    const own = await call('GET', `api/runs/${runId}`);
    expect(own.body.data.params).toEqual({ alpha: '0.5', l1_ratio: '0.1' });
  });

  it('a running run has no end_time; runs/delete soft-deletes', async () => {
    const runId = await newRun();
    const info = (await call('GET', `${M}/runs/get?run_id=${runId}`)).body.run.info;
    expect(info.status).toBe('RUNNING');
    expect(info).not.toHaveProperty('end_time');
    expect((await call('POST', `${M}/runs/delete`, { body: { run_id: runId } })).body).toEqual({});
    const after = await call('GET', `${M}/runs/get?run_id=${runId}`);
    expect(after.body.run.info.lifecycle_stage).toBe('deleted');
    expect(
      await call('POST', `${M}/runs/log-parameter`, {
        body: { run_id: runId, key: 'a', value: '1' },
      }),
    ).toMatchObject({ status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE' } });
  });

  it('searches runs with MLflow’s filter, order and pages', async () => {
    for (const [i, alpha] of ['0.1', '0.5', '0.9'].entries()) {
      const runId = await newRun({ start_time: T0 + i });
      await call('POST', `${M}/runs/log-batch`, {
        body: {
          run_id: runId,
          params: [{ key: 'alpha', value: alpha }],
          metrics: [{ key: 'acc', value: Number(alpha), timestamp: T0, step: 0 }],
        },
      });
    }
    const search = async (body: unknown) => call('POST', `${M}/runs/search`, { body, token: null });
    const found = await search({
      experiment_ids: ['0'],
      filter: 'metrics.acc > 0.2',
      order_by: ['metrics.acc DESC'],
      max_results: 1,
    });
    expect(found.status).toBe(200);
    expect(found.body.runs).toHaveLength(1);
    expect(found.body.runs[0].data.params).toEqual([{ key: 'alpha', value: '0.9' }]);
    const rest = await search({
      experiment_ids: ['0'],
      filter: 'metrics.acc > 0.2',
      order_by: ['metrics.acc DESC'],
      page_token: found.body.next_page_token,
    });
    expect(rest.body.runs.map((r: any) => r.data.params[0].value)).toEqual(['0.5']);
    expect(rest.body).not.toHaveProperty('next_page_token');
    expect(await search({ filter: 'metrics.acc >' })).toMatchObject({
      status: 400,
      body: { error_code: 'INVALID_PARAMETER_VALUE', message: expect.stringContaining('position') },
    });
  });

  it('answers MLflow’s errors: missing run, bad fields, changed params, no token', async () => {
    const runId = await newRun();
    const before = await snapshot();
    const missing = 'f'.repeat(32);
    expect(await call('GET', `${M}/runs/get?run_id=${missing}`)).toMatchObject({
      status: 404,
      body: { error_code: 'RESOURCE_DOES_NOT_EXIST', message: `Run with id=${missing} not found` },
    });
    expect(await call('GET', `${M}/runs/get`)).toMatchObject({
      status: 400,
      body: {
        error_code: 'INVALID_PARAMETER_VALUE',
        message: expect.stringContaining("required parameter 'run_id'"),
      },
    });
    const badValue = await call('POST', `${M}/runs/log-metric`, {
      body: { run_id: runId, key: 'a', value: 'high', timestamp: T0 },
    });
    expect(badValue).toMatchObject({
      status: 400,
      body: { error_code: 'INVALID_PARAMETER_VALUE' },
    });
    expect(badValue.body.message).toContain("parameter 'value'");
    const malformed = await call('POST', `${M}/runs/set-tag`, { body: '{"run_id": ' });
    expect(malformed).toMatchObject({
      status: 400,
      body: { error_code: 'INVALID_PARAMETER_VALUE' },
    });
    const noToken = await call('POST', `${M}/runs/create`, { body: {}, token: null });
    expect(noToken.status).toBe(401);
    expect(noToken.body).toEqual({ error_code: 'UNAUTHENTICATED', message: 'Not authenticated' });
    const wrongToken = await call('POST', `${M}/runs/create`, { body: {}, token: 'nope' });
    expect(wrongToken.body.error_code).toBe('UNAUTHENTICATED');
    const notJson = await call('POST', `${M}/runs/create`, {
      body: 'x',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(notJson).toMatchObject({ status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE' } });
    expect(await call('GET', `${M}/runs/create`)).toMatchObject({ status: 405 });
    expect(await snapshot()).toEqual(before);

    await call('POST', `${M}/runs/log-parameter`, {
      body: { run_id: runId, key: 'a', value: '1' },
    });
    const changed = await call('POST', `${M}/runs/log-parameter`, {
      body: { run_id: runId, key: 'a', value: '2' },
    });
    expect(changed).toMatchObject({ status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE' } });
    expect(await call('POST', `${M}/runs/create`, { body: { experiment_id: '42' } })).toMatchObject(
      { status: 404, body: { error_code: 'RESOURCE_DOES_NOT_EXIST' } },
    );
  });
});
