import { describe, expect, it } from 'vitest';
import { setApiToken, setNetworkConditions } from '../db/settings';
import { NO_CONDITIONS } from '../http/network-conditions';
import { call, useApiServer } from './testing';

useApiServer();

describe('simulated network conditions', () => {
  it('fail the chosen endpoints with 503 and Retry-After, and leave the others alone', async () => {
    await setNetworkConditions({
      ...NO_CONDITIONS,
      enabled: true,
      error_rate: 1,
      endpoints: ['GET /api/health'],
    });
    const failed = await call('GET', 'api/health');
    expect(failed.body).toEqual({ detail: 'Service Unavailable' });
    expect(failed.headers.get('Retry-After')).toBe('1');
    expect((await call('GET', 'api/models')).status).toBe(200);
  });

  it('add latency, and a 500 when asked for one', async () => {
    await setNetworkConditions({
      ...NO_CONDITIONS,
      enabled: true,
      latency_ms: 120,
      error_rate: 1,
      error_status: 500,
    });
    const started = performance.now();
    const failed = await call('GET', 'api/models');
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    expect(failed.body).toEqual({ detail: 'Internal Server Error' });
    await setNetworkConditions(NO_CONDITIONS);
    expect((await call('GET', 'api/models')).status).toBe(200);
  });

  it('follow a changed API token from the next request on', async () => {
    expect((await call('POST', 'api/models', { body: { name: 'a' } })).status).toBe(201);
    await setApiToken('s3cret');
    expect((await call('POST', 'api/models', { body: { name: 'b' } })).body).toEqual({
      detail: 'Invalid authentication credentials',
    });
    expect(
      (await call('POST', 'api/models', { body: { name: 'b' }, token: 's3cret' })).status,
    ).toBe(201);
  });
});
