// Contract tests of MLflow's model registry endpoints and its scoring server, written from
// MLflow's REST API reference and `mlflow models serve`'s documented inputs and answers.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedModel } from '../ml/serialize';
import { BASE, call, snapshot, trainedModel, trainedRun, useApiServer } from './testing';

useApiServer();

const M = 'api/2.0/mlflow';
let trained: SerializedModel;
beforeAll(async () => {
  trained = await trainedModel();
});

describe('registered models, versions and aliases', () => {
  it('creates a model, a version from runs:/, sets, resolves and deletes an alias', async () => {
    const made = await call('POST', `${M}/registered-models/create`, {
      body: { name: 'flowers', description: 'mine', tags: [{ key: 'team', value: 'ml' }] },
    });
    expect(made.status).toBe(200);
    expect(made.body.registered_model).toEqual({
      name: 'flowers',
      creation_timestamp: expect.any(Number),
      last_updated_timestamp: expect.any(Number),
      description: 'mine',
      latest_versions: [],
      aliases: [],
      tags: [{ key: 'team', value: 'ml' }],
    });
    const runId = await trainedRun(trained);
    const version = await call('POST', `${M}/model-versions/create`, {
      body: { name: 'flowers', source: `runs:/${runId}/model` },
    });
    expect(version.status).toBe(200);
    expect(version.body.model_version).toEqual({
      name: 'flowers',
      version: '1',
      creation_timestamp: expect.any(Number),
      last_updated_timestamp: expect.any(Number),
      current_stage: 'None',
      description: '',
      source: `runs:/${runId}/model`,
      run_id: runId,
      status: 'READY',
      tags: [],
      aliases: [],
    });
    const set = await call('POST', `${M}/registered-models/alias`, {
      body: { name: 'flowers', alias: 'champion', version: '1' },
    });
    expect(set).toMatchObject({ status: 200, body: {} });
    const resolved = await call('GET', `${M}/registered-models/alias?name=flowers&alias=champion`);
    expect(resolved.body.model_version).toMatchObject({ version: '1', aliases: ['champion'] });
    const got = await call('GET', `${M}/model-versions/get?name=flowers&version=1`);
    expect(got.body).toEqual(resolved.body);
    const model = await call('GET', `${M}/registered-models/get?name=flowers`);
    expect(model.body.registered_model).toMatchObject({
      aliases: [{ alias: 'champion', version: '1' }],
      latest_versions: [{ version: '1', run_id: runId }],
    });
    // MLflow's client sends a DELETE's fields as a JSON body.
    const deleted = await call('DELETE', `${M}/registered-models/alias`, {
      body: { name: 'flowers', alias: 'champion' },
    });
    expect(deleted).toMatchObject({ status: 200, body: {} });
    expect(
      (await call('GET', `${M}/registered-models/alias?name=flowers&alias=champion`)).status,
    ).toBe(404);
    await call('POST', `${M}/registered-models/alias`, {
      body: { name: 'flowers', alias: 'staging', version: '1' },
    });
    const byQuery = await call('DELETE', `${M}/registered-models/alias?name=flowers&alias=staging`);
    expect(byQuery.status).toBe(200);
    // The same registry through the playground's own API.
    expect((await call('GET', 'api/models/flowers')).body.latest_version).toBe(1);
  });

  it('searches registered models by name and tag', async () => {
    for (const name of ['iris-a', 'iris-b', 'rose'])
      await call('POST', `${M}/registered-models/create`, { body: { name } });
    const search = async (query: string) =>
      (await call('GET', `${M}/registered-models/search?${query}`)).body;
    const names = (body: any) => body.registered_models.map((m: { name: string }) => m.name);
    expect(names(await search(''))).toEqual(['iris-a', 'iris-b', 'rose']);
    expect(names(await search(`filter=${encodeURIComponent("name LIKE 'iris%'")}`))).toEqual([
      'iris-a',
      'iris-b',
    ]);
    const first = await search(`order_by=${encodeURIComponent('name DESC')}&max_results=2`);
    expect(names(first)).toEqual(['rose', 'iris-b']);
    const rest = await search(`order_by=name%20DESC&page_token=${first.next_page_token}`);
    expect(names(rest)).toEqual(['iris-a']);
  });

  it('answers MLflow’s errors and changes nothing when it refuses', async () => {
    await call('POST', `${M}/registered-models/create`, { body: { name: 'flowers' } });
    const before = await snapshot();
    expect(
      await call('POST', `${M}/registered-models/create`, { body: { name: 'flowers' } }),
    ).toMatchObject({ status: 400, body: { error_code: 'RESOURCE_ALREADY_EXISTS' } });
    expect(await call('GET', `${M}/registered-models/get?name=nope`)).toMatchObject({
      status: 404,
      body: { error_code: 'RESOURCE_DOES_NOT_EXIST' },
    });
    expect(await call('GET', `${M}/model-versions/get?name=flowers&version=7`)).toMatchObject({
      status: 404,
      body: { error_code: 'RESOURCE_DOES_NOT_EXIST' },
    });
    expect(await call('GET', `${M}/model-versions/get?name=flowers&version=x`)).toMatchObject({
      status: 400,
      body: { error_code: 'INVALID_PARAMETER_VALUE' },
    });
    const noRun = await call('POST', `${M}/model-versions/create`, {
      body: { name: 'flowers', source: 's3://bucket/model' },
    });
    expect(noRun).toMatchObject({ status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE' } });
    const noToken = await call('POST', `${M}/registered-models/alias`, {
      body: { name: 'flowers', alias: 'a', version: '1' },
      token: null,
    });
    expect(noToken).toMatchObject({ status: 401, body: { error_code: 'UNAUTHENTICATED' } });
    expect(
      await call('DELETE', `${M}/registered-models/alias`, {
        body: { name: 'flowers', alias: 'x' },
      }),
    ).toMatchObject({ status: 404, body: { error_code: 'RESOURCE_DOES_NOT_EXIST' } });
    expect(await snapshot()).toEqual(before);
  });
});

describe('a run the app trained, read through MLflow’s API', () => {
  it('shows its info, data and artifacts as MLflow lists them', async () => {
    const runId = await trainedRun(trained, 'iris');
    const got = await call('GET', `${M}/runs/get?run_id=${runId}`);
    expect(got.body.run.info).toMatchObject({ run_id: runId, status: 'FINISHED' });
    expect(got.body.run.inputs.dataset_inputs).toEqual([
      {
        tags: [{ key: 'mlflow.data.context', value: 'training' }],
        dataset: { name: 'iris', digest: 'abc', source_type: 'code', source: '{}' },
      },
    ]);
    const root = await call('GET', `${M}/artifacts/list?run_id=${runId}`);
    expect(root.body.root_uri).toBe(`mlflow-artifacts:/0/${runId}/artifacts`);
    expect(root.body.files).toContainEqual({ path: 'model', is_dir: true });
    const model = await call('GET', `${M}/artifacts/list?run_id=${runId}&path=model`);
    expect(model.body.files.map((f: { path: string }) => f.path).sort()).toEqual([
      'model/model.json',
      'model/weights.bin',
    ]);
    expect(model.body.files[0].file_size).toBeGreaterThan(0);
  });
});

describe('the scoring server', () => {
  const ROWS = [
    [5.1, 3.5, 1.4, 0.2],
    [6.7, 3.0, 5.2, 2.3],
  ];
  const COLUMNS = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'];
  const score = (body: unknown, headers?: Record<string, string>) =>
    call('POST', 'invocations', { body, token: null, ...(headers ? { headers } : {}) });

  it('answers /ping 404 until iris has a version, then 200 with a newline; /version names MLflow’s', async () => {
    expect((await fetch(`${BASE}ping`)).status).toBe(404);
    await trainedRun(trained, 'iris');
    const ping = await fetch(`${BASE}ping`);
    expect(ping.status).toBe(200);
    expect(await ping.text()).toBe('\n');
    const version = await fetch(`${BASE}version`);
    expect(await version.text()).toMatch(/^2\.\d+\.\d+$/);
  });

  it('predicts labels from each JSON form and from CSV, all alike', async () => {
    await trainedRun(trained, 'iris');
    const records = ROWS.map((row) => Object.fromEntries(COLUMNS.map((c, i) => [c, row[i]])));
    const forms = [
      { dataframe_split: { columns: COLUMNS, data: ROWS } },
      { dataframe_split: { data: ROWS } },
      {
        dataframe_split: {
          columns: [...COLUMNS].reverse(),
          data: ROWS.map((r) => [...r].reverse()),
        },
      },
      { dataframe_records: records },
      { instances: ROWS },
      { instances: records },
      { inputs: ROWS },
    ];
    const answers = await Promise.all(forms.map((body) => score(body)));
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ predictions: ['setosa', 'virginica'] });
    }
    const csv = `petal_width,sepal_length,sepal_width,petal_length,species\n0.2,5.1,3.5,1.4,x\n2.3,6.7,3.0,5.2,y\n`;
    const fromCsv = await score(csv, { 'Content-Type': 'text/csv' });
    expect(fromCsv.body).toEqual({ predictions: ['setosa', 'virginica'] });
  });

  it('refuses as MLflow’s scoring server does: BAD_REQUEST 400, and 415 for other types', async () => {
    await trainedRun(trained, 'iris');
    const refused = [
      {},
      { instances: ROWS, inputs: ROWS },
      { dataframe_split: { columns: ['sepal_length'], data: [[5.1]] } },
      { instances: [[1, 2, 3]] },
      { instances: [] },
      { dataframe_records: [{ sepal_length: 'x' }] },
    ];
    for (const body of refused) {
      const answer = await score(body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body).toEqual({ error_code: 'BAD_REQUEST', message: expect.any(String) });
    }
    expect((await score({})).body.message).toContain('exactly one of the input fields');
    expect(
      (await score({ dataframe_split: { columns: ['sepal_length'], data: [[5.1]] } })).body.message,
    ).toBe("Model is missing inputs ['sepal_width', 'petal_length', 'petal_width'].");
    expect((await score('{"inputs": ')).body.message).toContain('valid JSON');
    const xml = await score('<x/>', { 'Content-Type': 'application/xml' });
    expect(xml.status).toBe(415);
    expect(xml.body.error_code).toBe('BAD_REQUEST');
    expect(xml.body.message).toContain("'application/xml'");
  });
});
