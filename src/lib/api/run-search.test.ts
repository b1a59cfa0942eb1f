import { beforeEach, describe, expect, it } from 'vitest';
import { call, useApiServer } from './testing';

useApiServer();

/** Three runs logged through the API, as a user's own code would. */
beforeEach(async () => {
  await call('POST', 'api/experiments', { body: { name: 'other' } });
  const logged = [
    { experiment_id: '0', name: 'alpha', model: 'mlp', accuracy: 0.97, owner: 'Ana', start: 1000 },
    { experiment_id: '0', name: 'beta', model: 'softmax', accuracy: 0.9, owner: 'bo', start: 2000 },
    {
      experiment_id: '1',
      name: 'gamma',
      model: 'mlp',
      accuracy: undefined,
      owner: 'cy',
      start: 3000,
    },
  ];
  for (const r of logged) {
    const made = await call('POST', 'api/runs', {
      body: { experiment_id: r.experiment_id, run_name: r.name },
    });
    const id: string = made.body.info.run_id;
    await call('POST', `api/runs/${id}/log-batch`, {
      body: {
        params: [{ key: 'model', value: r.model }],
        metrics: r.accuracy === undefined ? [] : [{ key: 'accuracy', value: r.accuracy }],
        tags: [{ key: 'owner', value: r.owner }],
      },
    });
  }
});

const search = (body: object) => call('POST', 'api/runs/search', { body, token: null });
const names = async (body: object) =>
  (await search(body)).body.runs.map((r: { info: { run_name: string } }) => r.info.run_name);

describe('POST /api/runs/search', () => {
  it('filters with MLflow’s language plus OR and parentheses, and needs no token', async () => {
    expect(await names({ filter: 'metrics.accuracy > 0.95' })).toEqual(['alpha']);
    expect(
      await names({
        filter: "params.model = 'mlp' OR tags.owner = 'bo'",
        order_by: ['attributes.run_name'],
      }),
    ).toEqual(['alpha', 'beta', 'gamma']);
    expect(
      await names({
        filter: "(params.model = 'mlp' AND tags.owner ILIKE 'a%') OR metrics.accuracy < 0.95",
        order_by: ['attributes.run_name'],
      }),
    ).toEqual(['alpha', 'beta']);
    expect(await names({ experiment_ids: ['1'] })).toEqual(['gamma']);
    const all = await search({ order_by: ['attributes.run_name DESC'] });
    expect(all.body.runs[0]).toMatchObject({
      info: { run_name: 'gamma' },
      data: { params: { model: 'mlp' } },
    });
  });

  it('orders by several keys with missing values last, and pages with next_page_token', async () => {
    expect(await names({ order_by: ['metrics.accuracy DESC'] })).toEqual([
      'alpha',
      'beta',
      'gamma',
    ]);
    expect(await names({ order_by: ['metrics.accuracy ASC'] })).toEqual(['beta', 'alpha', 'gamma']);
    const first = await search({ order_by: ['attributes.run_name'], max_results: 2 });
    expect(first.body.runs.map((r: { info: { run_name: string } }) => r.info.run_name)).toEqual([
      'alpha',
      'beta',
    ]);
    const second = await search({
      order_by: ['attributes.run_name'],
      max_results: 2,
      page_token: first.body.next_page_token,
    });
    expect(second.body.runs.map((r: { info: { run_name: string } }) => r.info.run_name)).toEqual([
      'gamma',
    ]);
    expect(second.body.next_page_token).toBeUndefined();
  });

  it('answers a filter that does not parse or cannot apply with a 422 that says where and why', async () => {
    const broken = await search({ filter: 'metrics.accuracy >' });
    expect(broken.status).toBe(422);
    expect(broken.body.detail[0]).toMatchObject({
      type: 'value_error',
      loc: ['body', 'filter'],
      input: 'metrics.accuracy >',
      ctx: { position: 18 },
    });
    expect(broken.body.detail[0].msg).toContain('at position 18');
    const wrongType = await search({ filter: "metrics.accuracy = 'high'" });
    expect(wrongType.body.detail[0].msg).toContain('is a metric: compare it with a number');
    const notANumber = await search({ filter: 'params.model > 3' });
    expect(notANumber.body.detail[0].msg).toMatch(
      /params\.model is '(mlp|softmax)' in run [0-9a-f]{32}, not a number/,
    );
    const badOrder = await search({ order_by: ['metrics.accuracy DESC', 'accuracy'] });
    expect(badOrder.body.detail[0]).toMatchObject({ loc: ['body', 'order_by', 1] });
    const badToken = await search({ page_token: '!!' });
    expect(badToken.body.detail[0]).toMatchObject({ loc: ['body', 'page_token'] });
  });
});

describe('POST /api/runs/search speaks MLflow, and names what it adds', () => {
  it('answers MLflow’s forms with no extensions, and lists the extensions a filter uses', async () => {
    const plain = await search({ filter: "tags.owner IS NOT NULL AND `params`.model = 'mlp'" });
    expect(plain.status).toBe(200);
    expect(plain.body.extensions).toEqual([]);
    expect(plain.body.runs).toHaveLength(2);
    expect((await search({ filter: 'metrics.accuracy IS NULL' })).status).toBe(422);
    expect(await names({ filter: '`metric`.accuracy >= 0.95' })).toEqual(['alpha']);
    const numeric = await search({ filter: "tags.owner IN ('bo') OR params.model < 3" });
    expect(numeric.status).toBe(422);
    expect(numeric.body.detail[0].msg).toMatch(/params\.model is '(mlp|softmax)' in run/);
    const both = await search({ filter: "params.model = 'softmax' OR (tags.owner = 'Ana')" });
    expect(both.body.extensions).toEqual(['OR', 'parentheses']);
    expect(both.body.runs.map((r: { info: { run_name: string } }) => r.info.run_name)).toEqual([
      'beta',
      'alpha',
    ]);
    const listed = await search({ filter: "tags.owner IN ('bo', 'cy')" });
    expect(listed.body.extensions).toEqual(['IN on any field']);
    expect((await search({})).body.extensions).toEqual([]);
  });

  it('gives every run an artifact_uri that search finds', async () => {
    const [gamma] = (await search({ experiment_ids: ['1'] })).body.runs;
    expect(gamma.info.artifact_uri).toBe(`mlflow-artifacts:/1/${gamma.info.run_id}/artifacts`);
    expect(
      await names({ filter: `attributes.artifact_uri = '${gamma.info.artifact_uri}'` }),
    ).toEqual(['gamma']);
    const fetched = await call('GET', `api/runs/${gamma.info.run_id}`);
    expect(fetched.body.info.artifact_uri).toBe(gamma.info.artifact_uri);
  });

  it('refuses what MLflow refuses and no extension allows, with the position', async () => {
    for (const [filter, position] of [
      ["attributes.lifecycle_stage = 'active'", 0],
      ['attributes.status = 1', 20],
      ['attributes.experiment_id != 1', 28],
      ['tags.owner IS 1', 14],
    ] as const) {
      const refused = await search({ filter });
      expect(refused.status, filter).toBe(422);
      expect(refused.body.detail[0]).toMatchObject({
        type: 'value_error',
        loc: ['body', 'filter'],
        input: filter,
        ctx: { position },
      });
      expect(refused.body.detail[0].msg).toContain(`at position ${position}`);
    }
  });
});
