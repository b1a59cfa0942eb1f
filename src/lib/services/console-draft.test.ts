import { describe, expect, it } from 'vitest';
import { fillPath } from './console-draft';

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
