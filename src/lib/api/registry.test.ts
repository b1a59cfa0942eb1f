import { beforeAll, describe, expect, it } from 'vitest';
import { flushPredictionLog, recentPredictions } from '../db/prediction-log';
import { createRun } from '../db/run-writes';
import type { SerializedModel } from '../ml/serialize';
import { call, snapshot, trainedModel, trainedRun, useApiServer } from './testing';

useApiServer();

let trained: SerializedModel;
beforeAll(async () => {
  trained = await trainedModel();
});

describe('registered models', () => {
  it('creates, reads, updates, lists and deletes', async () => {
    const made = await call('POST', 'api/models', {
      body: { name: 'iris', description: 'first', tags: { team: 'a' } },
    });
    expect(made.status).toBe(201);
    expect(made.headers.get('Location')).toBe('/sub/api/models/iris');
    expect(made.body).toMatchObject({
      name: 'iris',
      description: 'first',
      latest_version: null,
      aliases: {},
      tags: { team: 'a' },
    });
    expect(made.body.created_at).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);

    expect((await call('POST', 'api/models', { body: { name: 'iris' } })).status).toBe(409);
    expect((await call('GET', 'api/models/iris')).body.description).toBe('first');
    const patched = await call('PATCH', 'api/models/iris', { body: { description: 'second' } });
    expect(patched.body).toMatchObject({ description: 'second', tags: { team: 'a' } });
    expect((await call('GET', 'api/models')).body).toMatchObject({
      total: 1,
      items: [{ name: 'iris' }],
    });

    const deleted = await call('DELETE', 'api/models/iris');
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();
    expect(await call('GET', 'api/models/iris')).toMatchObject({
      status: 404,
      body: { detail: "Registered model 'iris' not found" },
    });
  });

  it('needs the bearer token for every write, and says which problem it is', async () => {
    const before = await snapshot();
    const missing = await call('POST', 'api/models', { body: { name: 'iris' }, token: null });
    expect(missing.status).toBe(401);
    expect(missing.headers.get('WWW-Authenticate')).toBe('Bearer');
    expect(missing.body).toEqual({ detail: 'Not authenticated' });
    const wrong = await call('DELETE', 'api/models/iris', { token: 'nope' });
    expect(wrong).toMatchObject({
      status: 401,
      body: { detail: 'Invalid authentication credentials' },
    });
    expect(await snapshot()).toEqual(before);
    expect((await call('GET', 'api/models', { token: null })).status).toBe(200);
  });

  it('validates names and bodies', async () => {
    const bad = await call('POST', 'api/models', { body: { name: '../etc', extra: 1 } });
    expect(bad.status).toBe(422);
    expect(bad.body.detail).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'string_pattern_mismatch', loc: ['body', 'name'] }),
        expect.objectContaining({ type: 'extra_forbidden', loc: ['body', 'extra'] }),
      ]),
    );
    expect((await call('POST', 'api/models', { body: {} })).body.detail[0]).toMatchObject({
      type: 'missing',
      loc: ['body', 'name'],
    });
  });
});

describe('model versions and aliases', () => {
  it('registers a run’s model as the next version and serves it', async () => {
    await call('POST', 'api/models', { body: { name: 'iris' } });
    const runId = await trainedRun(trained);
    const v1 = await call('POST', 'api/models/iris/versions', {
      body: { run_id: runId, description: 'first cut' },
    });
    expect(v1.status).toBe(201);
    expect(v1.headers.get('Location')).toBe('/sub/api/models/iris/versions/1');
    expect(v1.body).toMatchObject({
      name: 'iris',
      version: 1,
      run_id: runId,
      source: `runs:/${runId}/model`,
      status: 'READY',
      dataset_digest: 'abc',
      signature: { outputs: { classes: ['setosa', 'versicolor', 'virginica'] } },
    });
    expect(v1.body.signature.inputs).toHaveLength(4);
    const predicted = await call('POST', 'api/models/iris/predict', {
      body: { features: [5.1, 3.5, 1.4, 0.2] },
    });
    expect(predicted.body).toMatchObject({ prediction: 'setosa', version: 1 });
    // Each answered request is logged with what was asked and answered.
    await flushPredictionLog();
    expect((await recentPredictions(1))[0]).toMatchObject({
      model: 'iris',
      version: 1,
      rows: 1,
      inputs: [[5.1, 3.5, 1.4, 0.2]],
      outputs: ['setosa'],
    });

    // The server remembers which version answers, until the registry changes.
    await call('POST', 'api/models/iris/versions', { body: { run_id: runId } });
    const afterNewVersion = await call('POST', 'api/models/iris/predict', {
      body: { features: [5.1, 3.5, 1.4, 0.2] },
    });
    expect(afterNewVersion.body.version).toBe(2);
    await call('DELETE', 'api/models/iris/versions/2');
    expect(
      (await call('POST', 'api/models/iris/predict', { body: { features: [5.1, 3.5, 1.4, 0.2] } }))
        .body.version,
    ).toBe(1);

    expect((await call('GET', 'api/models/iris/versions')).body).toMatchObject({
      total: 1,
      items: [{ version: 1 }],
    });
    expect((await call('GET', 'api/models/iris/versions/1')).body.description).toBe('first cut');
  });

  it('refuses a missing run, a run without a model, and a missing model', async () => {
    await call('POST', 'api/models', { body: { name: 'iris' } });
    const before = await snapshot();
    const noRun = await call('POST', 'api/models/iris/versions', {
      body: { run_id: 'f'.repeat(32) },
    });
    expect(noRun).toMatchObject({
      status: 404,
      body: { detail: `Run '${'f'.repeat(32)}' not found` },
    });
    const empty = await createRun({ params: {}, tags: {}, inputs: [] });
    const afterRun = await snapshot();
    const noModel = await call('POST', 'api/models/iris/versions', {
      body: { run_id: empty.run_id },
    });
    expect(noModel).toMatchObject({
      status: 409,
      body: { detail: `Run '${empty.run_id}' has no model to register` },
    });
    expect(await snapshot()).toEqual(afterRun);
    expect(before).not.toEqual(afterRun);
    const runId = await trainedRun(trained);
    expect(
      (await call('POST', 'api/models/rose/versions', { body: { run_id: runId } })).status,
    ).toBe(404);
    const badId = await call('POST', 'api/models/iris/versions', { body: { run_id: 'xyz' } });
    expect(badId.body.detail[0]).toMatchObject({
      type: 'string_pattern_mismatch',
      loc: ['body', 'run_id'],
    });
  });

  it('moves aliases, never reuses version numbers, and drops aliases with their version', async () => {
    await call('POST', 'api/models', { body: { name: 'iris' } });
    const runId = await trainedRun(trained);
    for (let i = 0; i < 3; i++)
      await call('POST', 'api/models/iris/versions', { body: { run_id: runId } });
    const set = await call('PUT', 'api/models/iris/aliases/champion', { body: { version: 2 } });
    expect(set).toMatchObject({
      status: 200,
      body: { name: 'iris', alias: 'champion', version: 2 },
    });
    expect(
      (await call('POST', 'api/models/iris/predict', { body: { features: [5, 3, 1, 0.2] } })).body
        .version,
    ).toBe(2);
    expect((await call('GET', 'api/models/iris')).body).toMatchObject({
      latest_version: 3,
      aliases: { champion: 2 },
    });

    expect(
      (await call('PUT', 'api/models/iris/aliases/champion', { body: { version: 9 } })).status,
    ).toBe(404);
    const looksLikeVersion = await call('PUT', 'api/models/iris/aliases/v12', {
      body: { version: 1 },
    });
    expect(looksLikeVersion.body.detail[0]).toMatchObject({
      type: 'value_error',
      loc: ['path', 'alias'],
    });
    const badName = await call('PUT', 'api/models/iris/aliases/9lives', { body: { version: 1 } });
    expect(badName.body.detail[0]).toMatchObject({
      type: 'string_pattern_mismatch',
      loc: ['path', 'alias'],
    });

    expect((await call('DELETE', 'api/models/iris/versions/2')).status).toBe(204);
    expect((await call('GET', 'api/models/iris')).body.aliases).toEqual({});
    expect((await call('GET', 'api/models/iris/versions/2')).status).toBe(404);
    const v4 = await call('POST', 'api/models/iris/versions', { body: { run_id: runId } });
    expect(v4.body.version).toBe(4);

    await call('PUT', 'api/models/iris/aliases/challenger', { body: { version: 4 } });
    expect((await call('DELETE', 'api/models/iris/aliases/challenger')).status).toBe(204);
    expect((await call('DELETE', 'api/models/iris/aliases/challenger')).status).toBe(404);
    expect((await call('GET', 'api/models/iris/versions/abc')).body.detail[0]).toMatchObject({
      type: 'int_parsing',
      loc: ['path', 'version'],
    });
  });
});
