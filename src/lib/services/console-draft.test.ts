import { describe, expect, it } from 'vitest';
import {
  consoleQuery,
  destination,
  draftFor,
  draftFromExchange,
  fillPath,
  linkedRequest,
  requestOf,
  templateFromQuery,
  type EndpointTemplate,
} from './console-draft';

describe('console path templates', () => {
  const samples = { name: 'iris', version: '2', deployment: 'web' };
  it('fills path parameters from the workspace, deployments by their own name', () => {
    expect(fillPath('/api/models/{name}/versions/{version}', samples)).toBe(
      '/api/models/iris/versions/2',
    );
    expect(fillPath('/api/deployments/{name}/predict', samples)).toBe(
      '/api/deployments/web/predict',
    );
    expect(fillPath('/api/runs/{run_id}', samples)).toBe('/api/runs/{run_id}');
  });
});

describe('console links', () => {
  const template = (method: EndpointTemplate['method'], path: string): EndpointTemplate => ({
    method,
    path,
    summary: '',
    auth: false,
    hasBody: false,
    example: undefined,
  });
  const templates = [template('GET', '/api/metrics'), template('POST', '/api/metrics')];
  it('finds the endpoint a ?send= link names, with or without the leading slash', () => {
    expect(templateFromQuery(templates, 'send=GET%20api/metrics')).toBe(templates[0]);
    expect(templateFromQuery(templates, 'send=post+/api/metrics')).toBe(templates[1]);
  });
  it('finds nothing for no link or an endpoint the document lacks', () => {
    expect(templateFromQuery(templates, '')).toBeUndefined();
    expect(templateFromQuery(templates, 'send=DELETE%20/api/metrics')).toBeUndefined();
  });
});

describe('console requests to another server', () => {
  const predict: EndpointTemplate = {
    method: 'POST',
    path: '/api/models/{name}/predict',
    summary: '',
    auth: false,
    hasBody: true,
    example: { features: [5.1, 3.5, 1.4, 0.2] },
  };
  const samples = { name: 'iris' };

  it('puts the path below the base, whichever server it is', () => {
    expect(destination('api/health', 'https://learner.github.io/ml-playground/')).toEqual({
      origin: 'https://learner.github.io',
      path: '/ml-playground/api/health',
    });
    expect(destination('/api/health', 'http://127.0.0.1:8000/')).toEqual({
      origin: 'http://127.0.0.1:8000',
      path: '/api/health',
    });
  });

  it('sends a template’s request to the chosen server, and replays one where it went', () => {
    const draft = draftFor(predict, samples, 'token', 'http://127.0.0.1:8000/');
    expect(draft).toMatchObject({
      origin: 'http://127.0.0.1:8000',
      path: '/api/models/iris/predict',
    });
    const request = requestOf({ ...draft, query: 'version=2' });
    expect(request.url).toBe('http://127.0.0.1:8000/api/models/iris/predict?version=2');
    expect(request.body).toBe(JSON.stringify(predict.example, null, 2));
    const replayed = draftFromExchange({
      request,
      response: { status: 200, statusText: 'OK', headers: [], body: '{}' },
      durationMs: 1,
    });
    expect(requestOf(replayed).url).toBe(request.url);
  });
});

describe('console links that carry a request', () => {
  it('round-trips a body and a query string through the link', () => {
    const query = consoleQuery('POST', '/api/2.0/mlflow/runs/search', {
      body: { filter: "params.model = 'mlp' AND metrics.acc > 0.9" },
      query: 'a=1&b=2',
    });
    const found = templateFromQuery(
      [
        {
          method: 'POST',
          path: '/api/2.0/mlflow/runs/search',
          summary: '',
          auth: false,
          hasBody: true,
          example: {},
        },
      ],
      query,
    );
    expect(found?.path).toBe('/api/2.0/mlflow/runs/search');
    expect(linkedRequest(query)).toEqual({
      body: JSON.stringify({ filter: "params.model = 'mlp' AND metrics.acc > 0.9" }, null, 2),
      query: 'a=1&b=2',
    });
  });
  it('carries nothing when the link has no body or query, and a non-JSON body as sent', () => {
    expect(linkedRequest('send=GET%20/api/metrics')).toEqual({});
    expect(linkedRequest('send=POST%20/x&body=%7Bnope')).toEqual({ body: '{nope' });
  });
});
