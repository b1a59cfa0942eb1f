// The prediction log through the API: every predict request is logged, a rejected one with
// its status and reason, and logging it leaves the answer exactly as it was.
import { beforeEach, describe, expect, it } from 'vitest';
import { flushPredictionLog, LOGGED_DETAIL_CHARS, recentPredictions } from '../db/prediction-log';
import { DEFAULT_API_TOKEN } from '../db/settings';
import { createPipeline } from './pipeline';
import { routes } from './routes/index';
import {
  call,
  services,
  snapshot,
  trainedModel,
  trainedRun,
  useApiServer,
  type CallOptions,
} from './testing';

useApiServer();

beforeEach(async () => {
  await trainedRun(await trainedModel(), 'iris');
});

const setosa = [5.1, 3.5, 1.4, 0.2];

async function lastEntry() {
  await flushPredictionLog();
  return (await recentPredictions(1))[0];
}

const rejected: [string, string, CallOptions, object][] = [
  [
    'a row one number short',
    'api/models/iris/predict',
    { body: { features: [5.1, 3.5, 1.4] } },
    {
      status: 422,
      rows: 0,
      inputs: [],
      detail: 'body.features: List should have at least 4 items after validation, not 3',
    },
  ],
  [
    'a named field that is not a number',
    'api/models/iris/predict',
    { body: { sepal_length: 5.1, sepal_width: 3.5, petal_length: 1.4, petal_width: null } },
    { status: 422, detail: 'body.petal_width: Input should be a valid number' },
  ],
  [
    'malformed JSON',
    'api/models/iris/predict',
    { body: '{"features": [1, 2,' },
    { status: 422, detail: 'body.19: JSON decode error' },
  ],
  [
    'a text body',
    'api/models/iris/predict',
    { body: '5.1,3.5,1.4,0.2', headers: { 'Content-Type': 'text/plain' } },
    { status: 415, detail: 'Unsupported Media Type' },
  ],
  [
    'a model that does not exist, with what was asked',
    'api/models/rose/predict',
    { body: { instances: [setosa, setosa] } },
    {
      status: 404,
      model: 'rose',
      rows: 2,
      inputs: [setosa, setosa],
      detail: "Registered model 'rose' not found",
    },
  ],
  [
    'a version that does not exist',
    'api/models/iris/predict?version=7',
    { body: { features: setosa } },
    { status: 404, model: 'iris', rows: 1 },
  ],
];

/** The same API without the predict route's logging of rejections. */
const unlogged = createPipeline(
  routes.map(({ onRejected: _logs, ...route }) => route),
  { basePath: '/sub/', apiToken: () => Promise.resolve(DEFAULT_API_TOKEN), services },
);

describe('the prediction log through the API', () => {
  it('logs a served request with its status', async () => {
    expect(
      (await call('POST', 'api/models/iris/predict', { body: { features: setosa } })).status,
    ).toBe(200);
    expect(await lastEntry()).toMatchObject({
      model: 'iris',
      version: 1,
      status: 200,
      inputs: [setosa],
      outputs: ['setosa'],
    });
    expect(await lastEntry()).not.toHaveProperty('detail');
  });

  it.each(rejected)('logs %s with its status and reason', async (_name, path, options, logged) => {
    const before = await snapshot();
    const answer = await call('POST', path, options);
    const entry = await lastEntry();
    // The log is an access log: the request still changed nothing else.
    expect(await snapshot()).toEqual(before);
    expect(entry).toMatchObject({
      model: 'iris',
      version: null,
      outputs: [],
      ...logged,
    });
    expect(answer.status).toBe(entry?.status);
    expect(entry?.detail).toBe(
      typeof answer.body.detail === 'string'
        ? answer.body.detail
        : answer.body.detail.map((d: any) => `${d.loc.join('.')}: ${d.msg}`).join('; '),
    );
    expect(entry?.latency_ms).toBeGreaterThanOrEqual(0);
  });

  it.each(rejected)('answers %s as it would without logging it', async (_name, path, options) => {
    const send = async (handle: typeof unlogged) => {
      const headers = new Headers(options.headers);
      if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
      const body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      const response = await handle(
        new Request(`http://localhost/sub/${path}`, { method: 'POST', headers, body }),
      );
      return {
        status: response?.status,
        headers: [...(response?.headers.entries() ?? [])],
        body: await response?.text(),
      };
    };
    const logging = createPipeline(routes, {
      basePath: '/sub/',
      apiToken: () => Promise.resolve(DEFAULT_API_TOKEN),
      services,
    });
    expect(await send(logging)).toEqual(await send(unlogged));
    expect((await lastEntry())?.status).toBeGreaterThanOrEqual(400);
  });

  it('keeps a long reason short', async () => {
    const bad = Array.from({ length: 40 }, () => ['x', 'y', 'z', 'w']);
    const answer = await call('POST', 'api/models/iris/predict', { body: { instances: bad } });
    expect(answer.status).toBe(422);
    const detail = (await lastEntry())?.detail ?? '';
    expect(detail).toHaveLength(LOGGED_DETAIL_CHARS);
    expect(detail.endsWith('…')).toBe(true);
    expect(detail.startsWith('body.instances.0.0: Input should be a valid number')).toBe(true);
  });
});
