import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { routes } from './routes/index';
import { call, useApiServer } from './testing';

useApiServer();

/** A documented path with well-formed values for its parameters. */
const concretePath = (path: string) =>
  path
    .replace('{version}', '1')
    .replace('{run_id}', 'a'.repeat(32))
    .replace(/\{\w+\}/g, 'iris')
    .slice(1);

type Operation = {
  requestBody?: { content: Record<string, { example?: unknown }> };
  parameters: { in: string; name: string }[];
  security?: unknown;
  responses: Record<string, unknown>;
};

async function fetchDocument() {
  const { status, body } = await call('GET', 'api/openapi.json', { token: null });
  expect(status).toBe(200);
  return body as {
    openapi: string;
    servers: { url: string }[];
    paths: Record<string, Record<string, Operation>>;
  };
}

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const document = await fetchDocument();
    expect(document.openapi).toBe('3.1.0');
    expect(document.servers[0]?.url).toBe('http://localhost/sub');
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents exactly the routes the handlers serve', async () => {
    const document = await fetchDocument();
    const documented = Object.entries(document.paths)
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((m) => `${m.toUpperCase()} ${path}`),
      )
      .sort();
    expect(documented).toEqual(routes.map((r) => `${r.method} ${r.path}`).sort());
    // And every documented operation is answered by a handler (not the router's 404 or 405).
    for (const entry of documented) {
      const [method = 'GET', path = ''] = entry.split(' ');
      const concrete = concretePath(path);
      const answer = await call(
        method,
        concrete,
        method === 'GET' || method === 'DELETE' ? {} : { body: {} },
      );
      expect(answer.status, entry).not.toBe(405);
      expect(answer.body?.detail, entry).not.toBe('Not Found');
    }
  });

  it('names the bearer scheme on writes and every error a route can answer', async () => {
    const { paths } = await fetchDocument();
    const create = paths['/api/models']?.['post'];
    expect(create?.security).toEqual([{ bearerAuth: [] }]);
    expect(Object.keys(create?.responses ?? {}).sort()).toEqual([
      '201',
      '401',
      '409',
      '413',
      '415',
      '422',
    ]);
    const predict = paths['/api/models/{name}/predict']?.['post'];
    expect(predict?.security).toBeUndefined();
    expect(predict?.parameters.map((p) => `${p.in}:${p.name}`)).toEqual([
      'path:name',
      'query:version',
      'query:alias',
    ]);
  });
});

describe('examples', () => {
  it('give every request body an example that the API accepts', async () => {
    const { paths } = await fetchDocument();
    const bodies = Object.entries(paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, op]) => op.requestBody)
        .map(([method, op]) => ({
          method,
          path,
          example: op.requestBody?.content['application/json']?.example,
        })),
    );
    expect(bodies.length).toBeGreaterThan(4);
    for (const { method, path, example } of bodies) {
      expect(example, `${method} ${path}`).toBeDefined();
      const concrete = concretePath(path);
      const answer = await call(method.toUpperCase(), concrete, { body: example });
      // The shape is valid: whatever the answer, it is not a validation error.
      expect(answer.status, `${method} ${path}: ${JSON.stringify(answer.body)}`).not.toBe(422);
    }
    const predict = bodies.find((b) => b.path === '/api/models/{name}/predict');
    expect(predict?.example).toEqual({ features: [5.1, 3.5, 1.4, 0.2] });
  });
});
