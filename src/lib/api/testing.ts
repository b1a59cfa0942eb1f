// Helpers for API tests in Node: the real handlers under msw/node, a fresh database per
// test, and a request helper that sends the workspace token unless told otherwise.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { db } from '../db/database';
import { DEFAULT_API_TOKEN } from '../db/settings';
import { createApiHandlers } from './handlers';

export const BASE = 'http://localhost/sub/';

export function useApiServer(): void {
  const server = setupServer(...createApiHandlers(BASE));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  beforeEach(async () => {
    await db.delete();
    await db.open();
  });
  afterEach(() => db.close());
}

export interface CallOptions {
  body?: unknown;
  /** The bearer token to send; `null` sends no Authorization header. */
  token?: string | null;
  headers?: Record<string, string>;
}

export async function call(method: string, path: string, options: CallOptions = {}) {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? DEFAULT_API_TOKEN : options.token;
  if (token !== null) headers['Authorization'] = `Bearer ${token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] ??= 'application/json';
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  const response = await fetch(`${BASE}${path}`, { method, headers, body });
  const text = await response.text();
  // Tests read answers loosely: `any` keeps their assertions short.
  const parsed: any = text ? JSON.parse(text) : undefined;
  return { status: response.status, headers: response.headers, body: parsed };
}

/** Row counts of every table, to show that a rejected request changed nothing. */
export function snapshot(): Promise<number[]> {
  return Promise.all(db.tables.map((table) => table.count()));
}
