// Exports a trained MLP and a softmax version through the API (msw/node), starts each
// exported project with Debian's uvicorn, and sends the same requests to it and to the
// playground's API: every iris row in each body form, and the bad bodies API.md rejects.
// Then runs the project's own test_main.py with pytest.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { irisDataset } from '../../src/lib/data/iris';
import { FEATURE_NAMES } from '../../src/lib/data/iris-schema';
import { createApiHandlers } from '../../src/lib/api/handlers';
import { BASE, call, services, startedTrainings } from '../../src/lib/api/testing';
import { PYTHON, requirePython, startUvicorn, unpack, type RunningServer } from './uvicorn';

interface Served extends RunningServer {
  kind: string;
  version: number;
  folder: string;
}

const served: Served[] = [];
const workDir = mkdtempSync(join(tmpdir(), 'fastapi-export-'));
const server = setupServer(...createApiHandlers(BASE, services));

async function trainAndExport(
  kind: 'mlp' | 'softmax',
): Promise<{ version: number; folder: string }> {
  const run = await call('POST', 'api/runs', {
    body: { experiment_id: '0', model: kind, params: { epochs: 40 }, seed: 11 },
  });
  expect(run.status).toBe(202);
  await Promise.all(startedTrainings.splice(0));
  const version: number = (await call('GET', 'api/models/iris/versions')).body.items[0].version;
  const answer = await fetch(`${BASE}api/models/iris/versions/${version}/fastapi`);
  expect(answer.status).toBe(200);
  const folder = unpack(new Uint8Array(await answer.arrayBuffer()), join(workDir, kind));
  return { version, folder };
}

interface Answer {
  status: number;
  body: any;
  version: string | null;
}

async function post(root: string, path: string, body: unknown, type = 'application/json') {
  const response = await fetch(`${root}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': type },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  const answer: Answer = {
    status: response.status,
    body: text ? JSON.parse(text) : undefined,
    version: response.headers.get('X-Model-Version'),
  };
  return answer;
}

function bodiesFor(row: readonly number[]): Record<string, unknown> {
  const named = Object.fromEntries(FEATURE_NAMES.map((name, j) => [name, row[j]]));
  const columns = [...FEATURE_NAMES].reverse();
  return {
    features: { features: row },
    named,
    instances: { instances: [row] },
    dataframe_split: { dataframe_split: { columns, data: [[...row].reverse()] } },
  };
}

function expectSamePrediction(exported: any, playground: any, where: string): void {
  expect(exported.prediction, where).toBe(playground.prediction);
  expect(exported.class_index, where).toBe(playground.class_index);
  for (const [species, p] of Object.entries(playground.probabilities as Record<string, number>)) {
    expect(Math.abs(exported.probabilities[species] - p), `${where} ${species}`).toBeLessThan(1e-5);
  }
}

const setosa = [5.1, 3.5, 1.4, 0.2];
/** The bodies API.md rejects, as raw text where JSON cannot say them. */
const BAD_BODIES: [string, unknown, string?][] = [
  ['three features', { features: [1, 2, 3] }],
  ['five features', { features: [1, 2, 3, 4, 5] }],
  ['a string feature', { features: [1, 'x', 3, 4] }],
  ['a numeric string', { features: [1, '2', 3, 4] }],
  ['a boolean feature', { features: [1, true, 3, 4] }],
  ['an infinite feature', '{"features": [1, 2, 1e999, 4]}'],
  ['an extra key', { features: [1, 2, 3, 4], colour: 'blue' }],
  ['a missing named feature', { sepal_length: 1, sepal_width: 2, petal_length: 3 }],
  ['an empty object', {}],
  ['no instances', { instances: [] }],
  ['too many instances', { instances: Array.from({ length: 10_001 }, () => setosa) }],
  ['a short instance', { instances: [setosa, [1, 2]] }],
  [
    'an unknown column',
    { dataframe_split: { columns: ['a', ...FEATURE_NAMES.slice(1)], data: [setosa] } },
  ],
  ['a short dataframe row', { dataframe_split: { columns: [...FEATURE_NAMES], data: [[1, 2]] } }],
  [
    'a repeated column',
    {
      dataframe_split: { columns: ['sepal_length', ...FEATURE_NAMES.slice(0, 3)], data: [setosa] },
    },
  ],
  ['a JSON array', [1, 2, 3, 4]],
  ['malformed JSON', '{"features": [1, 2,'],
  ['a body over 1 MiB', { features: setosa, pad: 'x'.repeat(1024 * 1024) }],
  ['text/plain', '5.1, 3.5, 1.4, 0.2', 'text/plain'],
];

const locs = (answer: Answer) =>
  Array.isArray(answer.body?.detail)
    ? (answer.body.detail as { loc: unknown[] }[]).map((d) => JSON.stringify(d.loc)).sort()
    : answer.body;

beforeAll(async () => {
  requirePython();
  server.listen({ onUnhandledRequest: 'bypass' });
  const exports = [await trainAndExport('mlp'), await trainAndExport('softmax')];
  const kinds = ['mlp', 'softmax'];
  await Promise.all(
    exports.map(async ({ version, folder }, i) =>
      served.push({ kind: kinds[i] ?? '', version, folder, ...(await startUvicorn(folder)) }),
    ),
  );
});

afterAll(async () => {
  await Promise.all(served.map((running) => running.stop()));
  server.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe.each(['mlp', 'softmax'])('the exported %s version under uvicorn', (kind) => {
  const exported = () => served.find((s) => s.kind === kind) as Served;
  const predictPath = (query = '') => `api/models/iris/predict${query}`;

  it('answers every iris row in each body form as the playground does', async () => {
    const { url, version } = exported();
    const query = `?version=${version}`;
    const compare = async (row: readonly number[], i: number) => {
      for (const [form, body] of Object.entries(bodiesFor(row))) {
        const [theirs, ours] = await Promise.all([
          post(url, predictPath(query), body),
          post(BASE, predictPath(query), body),
        ]);
        const where = `row ${i} as ${form}`;
        expect(theirs.status, where).toBe(200);
        expect(ours.status, where).toBe(200);
        expect(theirs.version, where).toBe(ours.version);
        const batch = form === 'instances' || form === 'dataframe_split';
        const [their, our] = batch
          ? [theirs.body.predictions[0], ours.body.predictions[0]]
          : [theirs.body, ours.body];
        expectSamePrediction(their, our, where);
        expect(Object.keys(theirs.body).sort(), where).toEqual(Object.keys(ours.body).sort());
        expect([theirs.body.model, theirs.body.version]).toEqual(['iris', version]);
      }
    };
    // A few rows at a time: both servers answer concurrent requests, and it halves the time.
    const rows = irisDataset().features;
    for (let start = 0; start < rows.length; start += 10) {
      await Promise.all(rows.slice(start, start + 10).map((row, k) => compare(row, start + k)));
    }
  });

  it.each(BAD_BODIES)('refuses %s with the same status, at the same loc', async (_, body, type) => {
    const { url, version } = exported();
    const query = `?version=${version}`;
    const theirs = await post(url, predictPath(query), body, type);
    const ours = await post(BASE, predictPath(query), body, type);
    expect(theirs.status).toBe(ours.status);
    expect(theirs.status).toBeGreaterThanOrEqual(413);
    expect(locs(theirs)).toEqual(locs(ours));
  });

  it('refuses a bad query, another model, version or alias as the playground does', async () => {
    const { url, version } = exported();
    const body = { features: setosa };
    for (const query of [
      `?version=0`,
      `?version=x`,
      `?alias=9lives`,
      `?version=${version}&alias=champion`,
    ]) {
      const [theirs, ours] = [
        await post(url, predictPath(query), body),
        await post(BASE, predictPath(query), body),
      ];
      expect(theirs.status, query).toBe(422);
      expect(locs(theirs), query).toEqual(locs(ours));
    }
    const rose = 'api/models/rose/predict';
    expect(await post(url, rose, body)).toEqual(await post(BASE, rose, body));
    const other = await post(url, predictPath(`?version=${version + 7}`), body);
    expect(other).toMatchObject({
      status: 404,
      body: { detail: `Version ${version + 7} of model 'iris' not found` },
    });
    expect((await post(url, predictPath('?alias=staging'), body)).status).toBe(404);
  });

  it('serves its health, docs and OpenAPI document, and lets the playground call it', async () => {
    const { url } = exported();
    expect(await (await fetch(`${url}api/health`)).json()).toMatchObject({ status: 'ok' });
    expect((await fetch(`${url}docs`)).status).toBe(200);
    const document = await (await fetch(`${url}openapi.json`)).json();
    expect(Object.keys(document.paths)).toEqual(['/api/health', '/api/models/{name}/predict']);
    const preflight = await fetch(`${url}api/models/iris/predict`, {
      method: 'OPTIONS',
      headers: {
        Origin: new URL(BASE).origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
        'Access-Control-Request-Private-Network': 'true',
      },
    });
    expect(preflight.status).toBe(200);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe(new URL(BASE).origin);
    expect(preflight.headers.get('Access-Control-Allow-Private-Network')).toBe('true');
    const stranger = await fetch(`${url}api/health`, {
      headers: { Origin: 'https://elsewhere.example' },
    });
    expect(stranger.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it("passes its own test_main.py under Debian's pytest", () => {
    const { folder } = exported();
    const result = spawnSync(PYTHON, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider'], {
      cwd: folder,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  });
});
