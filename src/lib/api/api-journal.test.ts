// The request journal through the API: every answer from any client is journaled with its
// route and status, a refusal with its reason in a few words; the journal keeps the newest.
import { describe, expect, it } from 'vitest';
import { flushApiJournal, JOURNAL_LIMIT, journalRequest, journalSince } from '../db/api-journal';
import { db } from '../db/database';
import { shortDetail } from './pipeline';
import { call, useApiServer } from './testing';

useApiServer();

async function journal() {
  await flushApiJournal();
  return (await journalSince(0)).map(({ id: _id, at: _at, ...entry }) => entry);
}

describe('the request journal', () => {
  it('holds every request answered, served or refused, with its route and reason', async () => {
    const before = Date.now();
    await call('GET', 'api/health');
    await call('POST', 'api/models/iris/predict', {
      body: { sepal_length: 5.1, sepal_width: 3.5, petal_length: 1.4 },
    });
    await call('GET', 'api/getModelInfo?name=iris');
    await call('POST', 'api/experiments', { body: { name: 'x' }, token: null });
    expect(await journal()).toEqual([
      { method: 'GET', path: '/api/health', route: '/api/health', status: 200, detail: '' },
      {
        method: 'POST',
        path: '/api/models/iris/predict',
        route: '/api/models/{name}/predict',
        status: 422,
        detail: 'missing at body.petal_width',
      },
      {
        method: 'GET',
        path: '/api/getModelInfo?name=iris',
        route: null,
        status: 404,
        detail: 'Not Found',
      },
      {
        method: 'POST',
        path: '/api/experiments',
        route: '/api/experiments',
        status: 401,
        detail: 'Not authenticated',
      },
    ]);
    expect((await journalSince(before)).every((e) => e.at >= before)).toBe(true);
    expect(await journalSince(Date.now() + 60_000)).toEqual([]);
  });

  it('keeps only the newest entries', async () => {
    for (let i = 0; i < JOURNAL_LIMIT + 5; i++) {
      journalRequest({
        at: i,
        method: 'GET',
        path: `/api/x${i}`,
        route: null,
        status: 404,
        detail: '',
      });
    }
    await flushApiJournal();
    expect(await db.api_journal.count()).toBe(JOURNAL_LIMIT);
    expect((await journalSince(0))[0]?.path).toBe('/api/x5');
  });

  it('says a refusal in a few words', () => {
    expect(shortDetail('Not Found')).toBe('Not Found');
    expect(
      shortDetail([{ type: 'float_type', loc: ['body', 'features', 2], msg: 'x', input: 'a' }]),
    ).toBe('float_type at body.features.2');
    expect(shortDetail('x'.repeat(500))).toHaveLength(120);
  });
});
