import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from './database';
import {
  countPredictions,
  flushPredictionLog,
  logPrediction,
  predictionLogLimit,
  recentPredictions,
  setPredictionLogLimit,
} from './prediction-log';

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => db.close());

const entry = (at: number) => ({
  at,
  model: 'iris',
  version: 1,
  rows: 1,
  inputs: [[5.1, 3.5, 1.4, 0.2]],
  outputs: ['setosa'],
  latency_ms: 1,
});

describe('prediction log', () => {
  it('writes buffered entries together and keeps only the newest `limit`', async () => {
    expect(await predictionLogLimit()).toBe(10_000);
    for (let at = 0; at < 150; at++) logPrediction(entry(at));
    await flushPredictionLog();
    expect(await countPredictions()).toBe(150);

    await setPredictionLogLimit(100);
    expect(await countPredictions()).toBe(100);
    expect((await recentPredictions(1))[0]?.at).toBe(149);
    for (let at = 150; at < 160; at++) logPrediction(entry(at));
    await flushPredictionLog();
    expect(await countPredictions()).toBe(100);
    const kept = await db.prediction_log.orderBy('id').first();
    expect(kept?.at).toBe(60);
  });

  it('reads an entry without a status (logged before rejections were) as answered 200', async () => {
    logPrediction(entry(1));
    logPrediction({
      ...entry(2),
      version: null,
      outputs: [],
      status: 404,
      detail: "Registered model 'rose' not found",
    });
    await flushPredictionLog();
    const [rejected, served] = await recentPredictions(2);
    expect(rejected).toMatchObject({ status: 404, version: null, detail: expect.any(String) });
    expect(served).toMatchObject({ status: 200, version: 1, outputs: ['setosa'] });
    expect(served).not.toHaveProperty('detail');
  });

  it('refuses a limit out of range and changes nothing', async () => {
    await expect(setPredictionLogLimit(5)).rejects.toThrow(/between 100 and 1000000/);
    await expect(setPredictionLogLimit(2.5)).rejects.toThrow(RangeError);
    expect(await predictionLogLimit()).toBe(10_000);
  });
});
