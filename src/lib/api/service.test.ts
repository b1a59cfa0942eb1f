// The service routes: health, and FastAPI's 404 and 405 for unknown paths and methods.
import { describe, expect, it } from 'vitest';
import { BASE, useApiServer } from './testing';

useApiServer();

describe('service', () => {
  it('answers health', async () => {
    const res = await fetch(`${BASE}api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ok',
      version: expect.any(String),
      tf_backend: 'cpu',
    });
  });

  it('answers 404 for an unknown path and 405 with Allow for a wrong method', async () => {
    const missing = await fetch(`${BASE}api/nothing-here`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ detail: 'Not Found' });
    const malformed = await fetch(`${BASE}api/models/%E0%A4%A`);
    expect(malformed.status).toBe(404);
    expect(await malformed.json()).toEqual({ detail: "Registered model '%E0%A4%A' not found" });
    const wrong = await fetch(`${BASE}api/health`, { method: 'DELETE' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('Allow')).toBe('GET');
    expect(await wrong.json()).toEqual({ detail: 'Method Not Allowed' });
  });
});
