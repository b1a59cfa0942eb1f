import { describe, expect, it } from 'vitest';
import { createRun } from '../db/run-writes';
import { completeTrainingRun } from '../db/training';
import type { SerializedModel } from '../ml/serialize';
import { failedRules, parseRule, RuleSyntaxError } from '../stats/promotion-rules';
import { call, snapshot, useApiServer } from './testing';

useApiServer();

const model: SerializedModel = {
  modelTopology: {},
  weightSpecs: [],
  weightData: new Float32Array([1]).buffer,
  scaler: { mean: [0, 0, 0, 0], std: [1, 1, 1, 1] },
  featureNames: ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'],
  classNames: ['setosa', 'versicolor', 'virginica'],
};

/** A version of `iris` whose run logged these metrics. */
async function version(metrics: Record<string, number>): Promise<void> {
  const run = await createRun({ params: {}, tags: {}, inputs: [] });
  await completeTrainingRun({
    run_id: run.run_id,
    metrics: Object.entries(metrics).map(([key, value]) => ({
      run_id: run.run_id,
      key,
      value,
      step: 0,
      timestamp: 1,
    })),
    artifacts: [],
    model,
    dataset_digest: 'd',
    register_as: 'iris',
  });
}

describe('promotion rules', () => {
  it('parse "metric op number" and measure how far a value falls short', () => {
    expect(parseRule(' val_accuracy>=0.9 ')).toEqual({
      metric: 'val_accuracy',
      op: '>=',
      threshold: 0.9,
    });
    expect(() => parseRule('accuracy is high')).toThrow(RuleSyntaxError);
    const failures = failedRules(
      [parseRule('val_accuracy >= 0.9'), parseRule('log_loss <= 0.3'), parseRule('f1 > 0.5')],
      { val_accuracy: 0.85, log_loss: 0.2 },
    );
    expect(failures).toHaveLength(2);
    expect(failures[0]?.short_by).toBeCloseTo(0.05, 12);
    expect(failures[1]).toMatchObject({ metric: 'f1', actual: null, short_by: null });
  });
});

describe('champion behind promotion gates', () => {
  it('refuses a version that fails a rule with 409 and the rules, and changes nothing', async () => {
    await version({ val_accuracy: 0.95, val_log_loss: 0.2 });
    await version({ val_accuracy: 0.85, val_log_loss: 0.2 });
    const bad = await call('PATCH', 'api/models/iris', {
      body: { promotion_rules: ['val_accuracy at least 0.9'] },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.detail[0].loc).toEqual(['body', 'promotion_rules', 0]);
    const set = await call('PATCH', 'api/models/iris', {
      body: { promotion_rules: ['val_accuracy >= 0.9', 'val_log_loss <= 0.3'] },
    });
    expect(set.body.promotion_rules).toEqual(['val_accuracy >= 0.9', 'val_log_loss <= 0.3']);

    const before = await snapshot();
    const refused = await call('PUT', 'api/models/iris/aliases/champion', {
      body: { version: 2 },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toContain('val_accuracy >= 0.9 (is 0.85, short by 0.05)');
    expect(refused.body.failed_rules).toEqual([
      {
        rule: 'val_accuracy >= 0.9',
        metric: 'val_accuracy',
        actual: 0.85,
        threshold: 0.9,
        short_by: expect.closeTo(0.05, 9) as number,
      },
    ]);
    expect(await snapshot()).toEqual(before);

    // Other aliases are not gated; a passing version may be champion.
    expect(
      (await call('PUT', 'api/models/iris/aliases/challenger', { body: { version: 2 } })).status,
    ).toBe(200);
    expect(
      (await call('PUT', 'api/models/iris/aliases/champion', { body: { version: 1 } })).status,
    ).toBe(200);
  });

  it('keeps the history of every alias move, newest first', async () => {
    await version({});
    await version({});
    await call('PUT', 'api/models/iris/aliases/champion', { body: { version: 1 } });
    await call('PUT', 'api/models/iris/aliases/champion', { body: { version: 2 } });
    await call('DELETE', 'api/models/iris/aliases/champion');
    const listed = await call('GET', 'api/models/iris/aliases', { token: null });
    expect(listed.status).toBe(200);
    expect(listed.body.aliases).toEqual([]);
    expect(
      listed.body.history.map((e: { from_version: number | null; to_version: number | null }) => [
        e.from_version,
        e.to_version,
      ]),
    ).toEqual([
      [2, null],
      [1, 2],
      [null, 1],
    ]);
    expect(listed.body.history[0].actor).toBe('api');
  });
});
