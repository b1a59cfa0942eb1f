// Property: no request, however malformed, gets a 5xx; every error has FastAPI's shape (MLflow's
// on its REST API and scoring server); and a rejected request changes nothing in the database.
import fc from 'fast-check';
import { beforeEach, expect, it } from 'vitest';
import { db } from '../db/database';
import { createRegisteredModel, registerModelVersion } from '../db/models';
import { setAlias } from '../db/aliases';
import { DEFAULT_API_TOKEN } from '../db/settings';
import type { SerializedModel } from '../ml/serialize';
import { BASE, startedTrainings, useApiServer } from './testing';

useApiServer();

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 5000);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261122);

const model: SerializedModel = {
  modelTopology: {},
  weightSpecs: [],
  weightData: new Float32Array([1]).buffer,
  scaler: { mean: [0, 0, 0, 0], std: [1, 1, 1, 1] },
  featureNames: ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'],
  classNames: ['setosa', 'versicolor', 'virginica'],
};

beforeEach(async () => {
  await createRegisteredModel({ name: 'iris' });
  await registerModelVersion({ name: 'iris', run_id: 'a'.repeat(32), model, dataset_digest: 'd' });
  await setAlias('iris', 'champion', 1);
});

/**
 * Everything stored, as text (ArrayBuffers as their bytes); but the prediction log and the
 * request journal, which record rejected requests too, as access logs do.
 */
async function dump(): Promise<string> {
  const logs = ['prediction_log', 'api_journal'];
  const state = db.tables.filter((table) => !logs.includes(table.name));
  const tables = await Promise.all(state.map(async (t) => [t.name, await t.toArray()] as const));
  return JSON.stringify(tables, (_key, value: unknown) =>
    value instanceof ArrayBuffer ? Array.from(new Uint8Array(value)) : value,
  );
}

/** MLflow's REST endpoints and scoring server paths, which answer MLflow's error shape. */
const MLFLOW_PATHS = `experiments/create experiments/get experiments/search runs/create runs/get
  runs/update runs/log-metric runs/log-batch runs/search metrics/get-history artifacts/list
  registered-models/search registered-models/alias model-versions/create model-versions/get`
  .split(/\s+/)
  .map((endpoint) => `api/2.0/mlflow/${endpoint}`)
  .concat(['invocations', 'ping', 'version']);

const segment = fc.oneof(
  fc.constantFrom(
    'iris',
    'rose',
    'models',
    'versions',
    'aliases',
    'predict',
    'datasets',
    'health',
    '1',
    '0',
    '-1',
    'v12',
    'champion',
    '..',
    '%2F',
    '%00',
    '%E0%A4%A',
    '%',
    'ünï',
    "'",
    '{name}',
  ),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
);
const path = fc.oneof(
  fc.constantFrom(
    'api/health',
    'api/openapi.json',
    'api/models',
    'api/models/iris',
    'api/models/iris/predict',
    'api/models/iris/versions',
    'api/models/iris/versions/1',
    'api/models/iris/aliases/champion',
    'api/datasets',
    'api/datasets/iris',
    'api/runs',
    'api/runs/search',
    `api/runs/${'a'.repeat(32)}`,
    'api',
    'api/',
    ...MLFLOW_PATHS,
  ),
  fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => `api/${parts.join('/')}`),
);
const query = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    '?version=1',
    '?alias=champion',
    '?version=x',
    '?version=1&alias=a',
    '?limit=0',
    '?limit=5000',
    '?offset=-1',
    '?include=rows',
    '?include=all',
    '?name=a',
    `?run_id=${'a'.repeat(32)}&metric_key=loss`,
    '?name=iris&alias=champion',
    '?name=iris&version=1',
    '?filter=name%20LIKE%20%27i%25%27',
  ),
  fc
    .dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 3 })
    .map((d) => `?${new URLSearchParams(d).toString()}`),
);
const measurement = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(5.1, 0, -1, 1e308),
  fc.string({ maxLength: 3 }),
  fc.constant(null),
);
// MLflow's scoring server input forms.
const rows = fc.array(fc.array(measurement, { maxLength: 5 }), { maxLength: 3 });
const record = fc.dictionary(fc.string({ maxLength: 12 }), measurement);
const records = fc.array(record, { maxLength: 2 });
const optional = { requiredKeys: [] as never[] };
const frame = fc.record({ columns: fc.array(fc.string({ maxLength: 12 })), data: rows }, optional);
const jsonBody = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record({ features: fc.array(measurement, { maxLength: 6 }) }, { requiredKeys: [] }),
  fc.record({ instances: fc.array(fc.array(measurement, { maxLength: 5 }), { maxLength: 4 }) }),
  fc.record(
    {
      name: fc.oneof(fc.string({ maxLength: 10 }), fc.integer()),
      description: fc.string({ maxLength: 5 }),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      filter: fc.oneof(
        fc.string({ maxLength: 30 }),
        fc.constantFrom(
          'metrics.a > 1',
          "params.x = 'y' OR (tags.z LIKE '%')",
          'metrics.a >',
          '((',
        ),
      ),
      order_by: fc.array(fc.string({ maxLength: 20 }), { maxLength: 2 }),
      page_token: fc.string({ maxLength: 8 }),
      max_results: fc.integer({ min: -1, max: 3 }),
    },
    { requiredKeys: [] },
  ),
  fc.record({ version: fc.oneof(fc.integer({ min: -2, max: 3 }), fc.string({ maxLength: 2 })) }),
  fc.record(
    {
      experiment_id: fc.constantFrom('0', '1', ''),
      model: fc.constantFrom('mlp', 'softmax', 'svm'),
      params: fc.record({ epochs: fc.integer({ min: -1, max: 3 }) }),
    },
    { requiredKeys: [] },
  ),
  fc.record({
    run_id: fc.oneof(
      fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 32, maxLength: 32 }),
      fc.string({ maxLength: 5 }),
    ),
  }),
  fc.record(
    {
      run_id: fc.constantFrom('a'.repeat(32), '', 'x'),
      key: fc.string({ maxLength: 4 }),
      value: fc.oneof(fc.double(), fc.string({ maxLength: 3 })),
      timestamp: fc.integer({ min: -1, max: 2 }),
      status: fc.constantFrom('FINISHED', 'RUNNING', 'DONE'),
    },
    optional,
  ),
  fc.record({ dataframe_split: frame, inputs: rows, dataframe_records: records }, optional),
  fc.record({
    name: fc.string({ maxLength: 5 }),
    rows: fc.array(fc.dictionary(fc.string({ maxLength: 12 }), measurement), { maxLength: 3 }),
  }),
);
const BIG = `{"features": [1, 2, 3, 4], "pad": "${'x'.repeat(1024 * 1024)}"}`;
const rawBody = fc.oneof(
  { weight: 6, arbitrary: jsonBody.map((value) => JSON.stringify(value)) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '{',
      '{"features": [1, 2,',
      'null',
      '[]',
      '1e999',
      '{"features": [1, 2, 1e999, 4]}',
    ),
  },
  { weight: 1, arbitrary: fc.constant(BIG) },
);
const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'text/csv',
  'text/plain',
  '',
  'application/xml',
);
const authorization = fc.constantFrom(
  `Bearer ${DEFAULT_API_TOKEN}`,
  'Bearer wrong',
  'Basic abc',
  'Bearer',
  '',
  DEFAULT_API_TOKEN,
);

const request = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'),
  path,
  query,
  contentType,
  authorization,
  body: fc.option(rawBody, { nil: undefined }),
});

function expectDocumentedError(status: number, body: unknown, path: string) {
  if (MLFLOW_PATHS.includes(path)) {
    expect(body).toEqual({ error_code: expect.any(String), message: expect.any(String) });
    return;
  }
  expect(body).toEqual({ detail: expect.anything() });
  const { detail } = body as { detail: unknown };
  if (status === 422) {
    expect(Array.isArray(detail)).toBe(true);
    for (const entry of detail as unknown[]) {
      expect(entry).toEqual(
        expect.objectContaining({
          type: expect.any(String),
          loc: expect.any(Array),
          msg: expect.any(String),
        }),
      );
      expect(entry).toHaveProperty('input');
    }
  } else {
    expect(typeof detail).toBe('string');
  }
}

it(`answers ${RUNS} random and malformed requests without a 5xx, in the documented shapes, changing nothing when rejected`, async () => {
  let rejected = 0;
  await fc.assert(
    fc.asyncProperty(request, async (req) => {
      const headers: Record<string, string> = {};
      if (req.contentType) headers['Content-Type'] = req.contentType;
      if (req.authorization) headers['Authorization'] = req.authorization;
      const sendsBody = req.body !== undefined && req.method !== 'GET' && req.method !== 'HEAD';
      // A path that normalizes outside /api/ (e.g. api/../x) is not the API's to answer.
      const url = new URL(`${BASE}${req.path}${req.query}`);
      const base = new URL(BASE).pathname;
      fc.pre(
        url.pathname.startsWith(`${base}api`) ||
          ['invocations', 'ping', 'version'].some((p) => url.pathname === `${base}${p}`),
      );
      // A request that started a training: let it finish before the next snapshot.
      await Promise.all(startedTrainings.splice(0));
      const before = await dump();
      const response = await fetch(url, {
        method: req.method,
        headers,
        body: sendsBody ? req.body : undefined,
      });
      const text = await response.text();
      expect(response.status, `${req.method} ${req.path}${req.query}`).toBeLessThan(500);
      if (response.status >= 400) {
        rejected++;
        // MLflow's /ping says "no model" with a 404 and a bare newline, as MLflow's does.
        if (req.path === 'ping' && response.status === 404) expect(text).toBe('\n');
        else if (req.method !== 'HEAD')
          expectDocumentedError(response.status, JSON.parse(text), req.path);
        expect(await dump()).toBe(before);
      }
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
  // The mix must exercise rejections mostly, and some successes.
  expect(rejected).toBeGreaterThan(RUNS / 2);
  expect(rejected).toBeLessThan(RUNS);
}, 300_000);
