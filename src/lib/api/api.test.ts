import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { irisDataset } from '../data/iris';
import { registerModelVersion } from '../db/models';
import { setAlias } from '../db/aliases';
import { resetWorkspace } from '../db/backup';
import { DEFAULT_CONFIG } from '../ml/hyperparameters';
import { loadTf } from '../ml/load-tf';
import { trainClassifier } from '../ml/train';
import type { SerializedModel } from '../ml/serialize';
import { BASE, snapshot, useApiServer } from './testing';

useApiServer();

let trained: SerializedModel;

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${BASE}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

beforeAll(async () => {
  trained = (
    await trainClassifier(await loadTf(), { ...DEFAULT_CONFIG, epochs: 60 }, irisDataset())
  ).model;
});
beforeEach(async () => {
  await registerModelVersion({
    name: 'iris',
    run_id: 'a'.repeat(32),
    model: trained,
    dataset_digest: 'd',
    createModel: true,
  });
});

describe('GET /api/models', () => {
  it('lists registered models with their latest version, paginated', async () => {
    const res = await fetch(`${BASE}api/models`);
    const body = await res.json();
    expect(body).toMatchObject({
      total: 1,
      items: [{ name: 'iris', latest_version: 1, aliases: {} }],
    });
    expect(await (await fetch(`${BASE}api/models?offset=1`)).json()).toEqual({
      items: [],
      total: 1,
    });
    const bad = await fetch(`${BASE}api/models?limit=abc`);
    expect(bad.status).toBe(422);
    expect((await bad.json()).detail[0]).toMatchObject({
      type: 'int_parsing',
      loc: ['query', 'limit'],
      input: 'abc',
    });
    const big = await (await fetch(`${BASE}api/models?limit=5000`)).json();
    expect(big.detail[0]).toMatchObject({
      type: 'less_than_equal',
      loc: ['query', 'limit'],
      msg: 'Input should be less than or equal to 1000',
    });
  });
});

describe('POST /api/models/{name}/predict', () => {
  const setosa = [5.1, 3.5, 1.4, 0.2];
  const virginica = [6.7, 3.0, 5.2, 2.3];

  it('answers one row for features and named bodies', async () => {
    for (const body of [
      { features: setosa },
      { sepal_length: 5.1, sepal_width: 3.5, petal_length: 1.4, petal_width: 0.2 },
    ]) {
      const res = await post('api/models/iris/predict', body);
      expect(res.status).toBe(200);
      expect(res.headers.get('X-Model-Version')).toBe('iris/1');
      const out = await res.json();
      expect(out).toMatchObject({
        prediction: 'setosa',
        class_index: 0,
        model: 'iris',
        version: 1,
      });
      expect(Object.keys(out.probabilities)).toEqual(['setosa', 'versicolor', 'virginica']);
      expect(out.score).toBe(out.probabilities.setosa);
    }
  });

  it('serves the model a version number names now, after a workspace reset reused it', async () => {
    const before = await (
      await post('api/models/iris/predict?version=1', { features: virginica })
    ).json();
    await resetWorkspace();
    const config = { ...DEFAULT_CONFIG, model: 'softmax' as const, epochs: 5 };
    const other = (await trainClassifier(await loadTf(), config, irisDataset())).model;
    await registerModelVersion({
      name: 'iris',
      run_id: 'b'.repeat(32),
      model: other,
      dataset_digest: 'd',
      createModel: true,
    });
    const after = await (
      await post('api/models/iris/predict?version=1', { features: virginica })
    ).json();
    expect(after.version).toBe(1);
    expect(after.probabilities).not.toEqual(before.probabilities);
  });

  it('answers a list for instances and dataframe_split, columns in any order', async () => {
    const instances = await (
      await post('api/models/iris/predict', { instances: [setosa, virginica] })
    ).json();
    expect(instances.predictions.map((p: { prediction: string }) => p.prediction)).toEqual([
      'setosa',
      'virginica',
    ]);
    const frame = {
      dataframe_split: {
        columns: ['petal_width', 'petal_length', 'sepal_width', 'sepal_length'],
        data: [[...setosa].reverse(), [...virginica].reverse()],
      },
    };
    const res = await (await post('api/models/iris/predict', frame)).json();
    expect(res.predictions).toEqual(instances.predictions);
  });

  it('chooses the version by number, alias, champion, then latest', async () => {
    await registerModelVersion({
      name: 'iris',
      run_id: 'b'.repeat(32),
      model: trained,
      dataset_digest: 'd',
    });
    expect(
      (await (await post('api/models/iris/predict', { features: setosa })).json()).version,
    ).toBe(2);
    expect(
      (await (await post('api/models/iris/predict?version=1', { features: setosa })).json())
        .version,
    ).toBe(1);
    await setAlias('iris', 'champion', 1);
    expect(
      (await (await post('api/models/iris/predict', { features: setosa })).json()).version,
    ).toBe(1);
    const noAlias = await post('api/models/iris/predict?alias=staging', { features: setosa });
    expect(noAlias.status).toBe(404);
    expect(await noAlias.json()).toEqual({ detail: "Alias 'staging' not found for model 'iris'" });
    const noModel = await post('api/models/rose/predict', { features: setosa });
    expect(await noModel.json()).toEqual({ detail: "Registered model 'rose' not found" });
    const noVersion = await post('api/models/iris/predict?version=7', { features: setosa });
    expect(await noVersion.json()).toEqual({ detail: "Version 7 of model 'iris' not found" });
  });

  const rejected: [string, unknown, number, unknown][] = [
    [
      'three features',
      { features: [1, 2, 3] },
      422,
      {
        type: 'too_short',
        loc: ['body', 'features'],
        msg: 'List should have at least 4 items after validation, not 3',
      },
    ],
    [
      'five features',
      { features: [1, 2, 3, 4, 5] },
      422,
      { type: 'too_long', loc: ['body', 'features'] },
    ],
    [
      'a string feature',
      { features: [1, 'x', 3, 4] },
      422,
      { type: 'float_type', loc: ['body', 'features', 1], input: 'x' },
    ],
    [
      'an infinite feature',
      '{"features": [1, 2, 1e999, 4]}',
      422,
      { type: 'finite_number', loc: ['body', 'features', 2] },
    ],
    [
      'an extra key',
      { features: [1, 2, 3, 4], colour: 'blue' },
      422,
      { type: 'extra_forbidden', loc: ['body', 'colour'], input: 'blue' },
    ],
    [
      'a missing named feature',
      { sepal_length: 1, sepal_width: 2, petal_length: 3 },
      422,
      { type: 'missing', loc: ['body', 'petal_width'], msg: 'Field required' },
    ],
    ['an empty body object', {}, 422, { type: 'missing', loc: ['body', 'features'] }],
    ['no instances', { instances: [] }, 422, { type: 'too_short', loc: ['body', 'instances'] }],
    [
      'too many instances',
      { instances: Array.from({ length: 10_001 }, () => setosa) },
      422,
      { type: 'too_long', loc: ['body', 'instances'] },
    ],
    [
      'an unknown column',
      {
        dataframe_split: {
          columns: ['a', 'sepal_width', 'petal_length', 'petal_width'],
          data: [setosa],
        },
      },
      422,
      { type: 'literal_error', loc: ['body', 'dataframe_split', 'columns', 0] },
    ],
    [
      'a short dataframe row',
      {
        dataframe_split: {
          columns: ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'],
          data: [[1, 2]],
        },
      },
      422,
      { type: 'value_error', loc: ['body', 'dataframe_split', 'data'] },
    ],
    ['a JSON array', [1, 2, 3, 4], 422, { type: 'dict_type', loc: ['body'] }],
    [
      'malformed JSON',
      '{"features": [1, 2,',
      422,
      { type: 'json_invalid', loc: ['body', 19], msg: 'JSON decode error' },
    ],
  ];

  it.each(rejected)(
    'rejects %s with the documented 4xx and changes nothing',
    async (_name, body, status, issue) => {
      const before = await snapshot();
      const res = await post('api/models/iris/predict', body);
      expect(res.status).toBe(status);
      const out = await res.json();
      expect(out.detail).toEqual(
        expect.arrayContaining([expect.objectContaining(issue as object)]),
      );
      for (const entry of out.detail as object[])
        expect(Object.keys(entry)).toEqual(expect.arrayContaining(['type', 'loc', 'msg', 'input']));
      expect(await snapshot()).toEqual(before);
    },
  );

  it('rejects a wrong content type with 415 and a body over 1 MiB with 413', async () => {
    const text = await fetch(`${BASE}api/models/iris/predict`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(text.status).toBe(415);
    expect(await text.json()).toEqual({ detail: 'Unsupported Media Type' });
    const huge = await post('api/models/iris/predict', {
      features: setosa,
      pad: 'x'.repeat(1024 * 1024),
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toEqual({ detail: 'Request Entity Too Large' });
  });

  it('rejects version and alias together, and a malformed alias', async () => {
    const both = await (
      await post('api/models/iris/predict?version=1&alias=champion', { features: setosa })
    ).json();
    expect(both.detail[0]).toMatchObject({ loc: ['query', 'alias'] });
    const odd = await (
      await post('api/models/iris/predict?alias=9lives', { features: setosa })
    ).json();
    expect(odd.detail[0]).toMatchObject({
      type: 'string_pattern_mismatch',
      loc: ['query', 'alias'],
    });
    const zero = await (
      await post('api/models/iris/predict?version=0', { features: setosa })
    ).json();
    expect(zero.detail[0]).toMatchObject({ type: 'greater_than_equal', loc: ['query', 'version'] });
  });
});
