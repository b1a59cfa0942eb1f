// The API console's fetch snippet, run as printed against the real handlers, gets the same
// answer as the console's own request; and the request it sends is the same, byte for byte.
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { canonicalCsv } from '../data/csv';
import { irisDataset } from '../data/iris';
import { DEFAULT_API_TOKEN } from '../db/settings';
import { fetchSnippet } from '../http/snippets';
import { draftFor, requestOf, type Draft, type EndpointTemplate } from '../services/console-draft';
import { sendRaw } from './client';
import { BASE, call, trainedModel, trainedRun, useApiServer } from './testing';

useApiServer();

// The console builds URLs against the page's address; here, the test server's base.
vi.stubGlobal('location', new URL(BASE));
afterAll(() => vi.unstubAllGlobals());

beforeEach(async () => {
  await trainedRun(await trainedModel(), 'scratch');
  await call('POST', 'api/models', { body: { name: 'doomed' } });
});

const ACCEPT = { name: 'Accept', value: 'application/json', enabled: true };
const TOKEN = { name: 'Authorization', value: `Bearer ${DEFAULT_API_TOKEN}`, enabled: true };
const at = (path: string) => new URL(path, BASE).pathname;

/** The console's draft for an endpoint, as choosing it in the builder makes it. */
function chosen(template: Partial<EndpointTemplate> & Pick<EndpointTemplate, 'method' | 'path'>) {
  const draft = draftFor(
    { summary: '', auth: false, hasBody: false, example: undefined, ...template },
    { name: 'scratch' },
    DEFAULT_API_TOKEN,
  );
  // draftFor puts the path below the build's base; the test server lives below BASE.
  return { ...draft, path: at(draft.path.replace(/^\//, '')) };
}

const predict = chosen({
  method: 'POST',
  path: '/api/models/{name}/predict',
  hasBody: true,
  example: { features: [5.1, 3.5, 1.4, 0.2] },
});

const drafts: [string, Draft, number][] = [
  [
    'POST predict with a JSON body and Authorization',
    { ...predict, headers: predict.headers.map((h) => ({ ...h, enabled: true })) },
    200,
  ],
  [
    'POST predict with numbers JSON.stringify would write otherwise',
    { ...predict, body: '{"features": [5.10, 3.50, 1.4, 2e-1]}' },
    200,
  ],
  ['POST predict with malformed JSON', { ...predict, body: '{"features": [1, 2,' }, 422],
  [
    'POST predict with a text body and no content type',
    { ...predict, headers: [ACCEPT], body: 'petal_width=2.1' },
    415,
  ],
  [
    'GET a model, with a query',
    { ...chosen({ method: 'GET', path: '/api/models/{name}/versions' }), query: 'limit=1' },
    200,
  ],
  [
    'DELETE a model with the token',
    { ...chosen({ method: 'DELETE', path: '/api/models/doomed', auth: true }), headers: [TOKEN] },
    204,
  ],
  [
    'DELETE with a wrong token',
    {
      ...chosen({ method: 'DELETE', path: '/api/models/doomed', auth: true }),
      headers: [{ ...TOKEN, value: 'Bearer nope' }],
    },
    401,
  ],
  [
    'POST CSV that is already stored',
    {
      method: 'POST',
      origin: new URL(BASE).origin,
      path: at('api/datasets'),
      query: 'name=copy',
      headers: [{ name: 'Content-Type', value: 'text/csv', enabled: true }, TOKEN],
      body: canonicalCsv(irisDataset()),
    },
    409,
  ],
];

interface Sent {
  method: string;
  url: string;
  headers: [string, string][];
  body: string | null;
}

/** What fetch puts on the wire for these arguments. */
async function asSent(input: RequestInfo | URL, init?: RequestInit): Promise<Sent> {
  const request = new Request(input, init);
  return {
    method: request.method,
    url: request.url,
    headers: [...request.headers.entries()],
    body: request.body === null ? null : await request.text(),
  };
}

/** Runs a snippet as the DevTools console would, recording what it sends and prints. */
async function runSnippet(code: string) {
  const sent: Sent[] = [];
  const printed: unknown[][] = [];
  const recordingFetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push(await asSent(input, init));
    return fetch(input, init);
  };
  const console = { log: (...args: unknown[]) => printed.push(args) };
  // As the DevTools console runs it: top-level await, with these fetch and console.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running the printed code is the test
  const run = new Function('fetch', 'console', `return (async () => {\n${code}\n})();`);
  await run(recordingFetch, console);
  expect(sent).toHaveLength(1);
  expect(printed).toHaveLength(1);
  const [status, body] = printed[0] ?? [];
  return { sent: sent[0], answer: { status, body } };
}

describe.each(drafts)('the fetch snippet for %s', (_name, draft, status) => {
  it('answers as the console’s own request does, having sent the same request', async () => {
    const request = requestOf(draft);
    const snippet = await runSnippet(fetchSnippet(request));
    // The snippet's DELETE took the model: put it back for the console's own request.
    if (status === 204) await call('POST', 'api/models', { body: { name: 'doomed' } });
    const own = await sendRaw(request);

    expect(own.response.status).toBe(status);
    expect(snippet.answer).toEqual({ status, body: own.response.body });
    const ownInit = { method: request.method, headers: request.headers, body: request.body };
    expect(snippet.sent).toEqual(await asSent(request.url, ownInit));
  });
});
