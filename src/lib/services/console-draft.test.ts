import { describe, expect, it } from 'vitest';
import { fillPath, templateFromQuery, type EndpointTemplate } from './console-draft';

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
