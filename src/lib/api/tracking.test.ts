import { describe, expect, it } from 'vitest';
import { call, snapshot, useApiServer } from './testing';

useApiServer();

describe('experiments', () => {
  it('creates, renames, lists and soft-deletes, keeping names unique and Default in place', async () => {
    const made = await call('POST', 'api/experiments', {
      body: { name: 'tuning', tags: { team: 'a' } },
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      experiment_id: '1',
      name: 'tuning',
      lifecycle_stage: 'active',
      tags: { team: 'a' },
    });
    expect(made.headers.get('Location')).toBe('/sub/api/experiments/1');
    expect((await call('POST', 'api/experiments', { body: { name: 'tuning' } })).status).toBe(409);
    expect(
      (await call('POST', 'api/experiments', { body: { name: 'other' } })).body.experiment_id,
    ).toBe('2');
    expect((await call('PATCH', 'api/experiments/2', { body: { name: 'tuning' } })).status).toBe(
      409,
    );
    expect(
      (await call('PATCH', 'api/experiments/2', { body: { name: 'renamed' } })).body.name,
    ).toBe('renamed');

    expect((await call('DELETE', 'api/experiments/0')).body).toEqual({
      detail: 'The Default experiment cannot be deleted',
    });
    expect((await call('DELETE', 'api/experiments/2')).status).toBe(204);
    expect((await call('GET', 'api/experiments/2')).body.lifecycle_stage).toBe('deleted');
    const names = async (view: string) =>
      (await call('GET', `api/experiments?view_type=${view}`)).body.items.map(
        (e: { name: string }) => e.name,
      );
    expect(await names('ACTIVE_ONLY')).toEqual(['Default', 'tuning']);
    expect(await names('DELETED_ONLY')).toEqual(['renamed']);
    expect(await names('ALL')).toEqual(['Default', 'tuning', 'renamed']);
    expect((await call('GET', 'api/experiments/9')).status).toBe(404);
  });
});

describe('logging from your own code, as MLflow’s client does', () => {
  async function emptyRun() {
    const run = await call('POST', 'api/runs', {
      body: { experiment_id: '0', run_name: 'my-code' },
    });
    expect(run.status).toBe(201);
    return run.body.info.run_id as string;
  }

  it('logs params, metric histories and tags, then ends the run', async () => {
    const runId = await emptyRun();
    const logged = await call('POST', `api/runs/${runId}/log-batch`, {
      body: {
        params: [{ key: 'alpha', value: '0.5' }],
        metrics: [
          { key: 'rmse', value: 0.9, step: 0, timestamp: 1000 },
          { key: 'rmse', value: 0.7, step: 1, timestamp: 2000 },
        ],
        tags: [{ key: 'owner', value: 'me' }],
      },
    });
    expect(logged).toMatchObject({ status: 200, body: {} });
    await call('POST', `api/runs/${runId}/log-batch`, {
      body: { metrics: [{ key: 'rmse', value: 0.6, step: 2 }] },
    });
    const ended = await call('PATCH', `api/runs/${runId}`, {
      body: { status: 'FINISHED', tags: { stage: 'done' } },
    });
    expect(ended.body.info).toMatchObject({ status: 'FINISHED', end_time: expect.any(Number) });
    expect(ended.body.data).toEqual({
      params: { alpha: '0.5' },
      metrics: { rmse: 0.6 },
      tags: { source: 'api', owner: 'me', stage: 'done' },
    });
    const history = await call('GET', `api/runs/${runId}/metrics/rmse`);
    expect(
      history.body.metrics.map((m: { step: number; value: number }) => [m.step, m.value]),
    ).toEqual([
      [0, 0.9],
      [1, 0.7],
      [2, 0.6],
    ]);
    expect(history.body.metrics[0]).toEqual({ key: 'rmse', value: 0.9, step: 0, timestamp: 1000 });
    expect((await call('GET', `api/runs/${runId}/metrics/none`)).body).toEqual({ metrics: [] });
  });

  it('keeps params immutable and enforces MLflow’s limits, writing nothing of a rejected batch', async () => {
    const runId = await emptyRun();
    await call('POST', `api/runs/${runId}/log-batch`, {
      body: { params: [{ key: 'alpha', value: '0.5' }] },
    });
    const before = await snapshot();
    expect(
      (
        await call('POST', `api/runs/${runId}/log-batch`, {
          body: { params: [{ key: 'alpha', value: '0.5' }] },
        })
      ).status,
    ).toBe(200);
    const changed = await call('POST', `api/runs/${runId}/log-batch`, {
      body: { params: [{ key: 'alpha', value: '0.9' }], metrics: [{ key: 'loss', value: 1 }] },
    });
    expect(changed).toMatchObject({
      status: 409,
      body: { detail: "Param 'alpha' was logged as '0.5' and cannot change to '0.9'" },
    });
    const tooMany = await call('POST', `api/runs/${runId}/log-batch`, {
      body: { metrics: Array.from({ length: 1001 }, (_, i) => ({ key: 'm', value: i })) },
    });
    expect(tooMany.body.detail[0]).toMatchObject({ type: 'too_long', loc: ['body', 'metrics'] });
    const mixed = await call('POST', `api/runs/${runId}/log-batch`, {
      body: {
        params: Array.from({ length: 60 }, (_, i) => ({ key: `p${i}`, value: '1' })),
        tags: Array.from({ length: 41 }, (_, i) => ({ key: `t${i}`, value: '1' })),
      },
    });
    expect(mixed.body.detail[0]).toMatchObject({ type: 'value_error', loc: ['body', 'params'] });
    const bad = await call('POST', `api/runs/${runId}/log-batch`, {
      body: { metrics: [{ key: 'm', value: 'high' }] },
    });
    expect(bad.body.detail[0]).toMatchObject({
      type: 'float_type',
      loc: ['body', 'metrics', 0, 'value'],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('soft-deletes a run, which then takes no more logging', async () => {
    const runId = await emptyRun();
    expect((await call('DELETE', `api/runs/${runId}`)).status).toBe(204);
    expect((await call('GET', `api/runs/${runId}`)).body.info.lifecycle_stage).toBe('deleted');
    const refused = await call('POST', `api/runs/${runId}/log-batch`, {
      body: { tags: [{ key: 'a', value: 'b' }] },
    });
    expect(refused).toMatchObject({ status: 409, body: { detail: `Run '${runId}' is deleted` } });
    expect(
      (await call('PATCH', `api/runs/${'f'.repeat(32)}`, { body: { status: 'KILLED' } })).status,
    ).toBe(404);
    expect(
      (await call('PATCH', `api/runs/${runId}`, { body: { status: 'RUNNING' } })).body.detail[0],
    ).toMatchObject({
      type: 'literal_error',
      loc: ['body', 'status'],
    });
  });
});
