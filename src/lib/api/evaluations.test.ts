import { describe, expect, it } from 'vitest';
import { saveEvaluationReport } from '../db/evaluations';
import type { EvaluationReport } from '../ml/evaluation-contract';
import { wilsonInterval } from '../stats/proportions';
import { call, startedTrainings, useApiServer } from './testing';

useApiServer();

/** Trains the next version of `iris` through the API (by default a good one) and waits for it. */
async function trainVersion(params = { epochs: 40, learning_rate: 0.1 }): Promise<void> {
  await call('POST', 'api/runs', { body: { experiment_id: '0', model: 'softmax', params } });
  await Promise.all(startedTrainings);
}

describe('the Validation API', () => {
  it('runs a 3-fold evaluation recorded as a run with folds as child runs, and reads it back', async () => {
    await trainVersion();
    const made = await call('POST', 'api/evaluations', {
      body: { model: 'iris', method: 'kfold', k: 3, seed: 1 },
    });
    expect(made.status).toBe(201);
    expect(made.body.version).toBe(1);
    expect(made.body.metrics.accuracy.values).toHaveLength(3);
    expect(made.body.metrics.accuracy.ci[0]).toBeLessThanOrEqual(made.body.metrics.accuracy.mean);
    expect(made.body.fold_run_ids).toHaveLength(3);
    expect(made.headers.get('Location')).toBe(`/sub/api/evaluations/${made.body.id}`);
    const read = await call('GET', `api/evaluations/${made.body.id}`, { token: null });
    expect(read.body).toEqual(made.body);
    const fold = await call('GET', `api/runs/${made.body.fold_run_ids[0]}`, { token: null });
    expect(fold.body.data.tags['mlflow.parentRunId']).toBe(made.body.id);
    const parent = await call('GET', `api/runs/${made.body.id}`, { token: null });
    expect(parent.body.info.status).toBe('FINISHED');
    expect(parent.body.data.metrics['accuracy_mean']).toBeCloseTo(
      made.body.metrics.accuracy.mean,
      12,
    );
  });

  it('bootstraps the version with 1,000 resamples by default', async () => {
    await trainVersion();
    const made = await call('POST', 'api/evaluations', {
      body: { model: 'iris', version: 1, method: 'bootstrap', confidence: 0.9 },
    });
    expect(made.status).toBe(201);
    expect(made.body.options.n_resamples).toBe(1000);
    expect(made.body.metrics.roc_auc.values).toHaveLength(1000);
    // Beside the percentile interval: accuracy's Wilson interval over the same test rows.
    const rows: { truth: number; predicted: number }[] = made.body.predictions;
    const correct = rows.filter((r) => r.truth === r.predicted).length;
    expect(made.body.accuracy_wilson).toEqual({
      correct,
      rows: rows.length,
      ci: wilsonInterval({ successes: correct, trials: rows.length }, 0.9),
    });
    const run = await call('GET', `api/runs/${made.body.id}`, { token: null });
    expect(run.body.data.metrics['accuracy_wilson_low']).toBe(made.body.accuracy_wilson.ci[0]);

    // A report recorded before it had the interval gets it when read.
    const { accuracy_wilson: _dropped, ...older } = made.body as EvaluationReport;
    await saveEvaluationReport(older as EvaluationReport);
    const read = await call('GET', `api/evaluations/${made.body.id}`, { token: null });
    expect(read.body.accuracy_wilson).toEqual(made.body.accuracy_wilson);
  });

  it('answers 404 for an unknown model or evaluation, 422 for bad options, and writes nothing', async () => {
    expect(
      (await call('POST', 'api/evaluations', { body: { model: 'nope', method: 'holdout' } }))
        .status,
    ).toBe(404);
    const bad = await call('POST', 'api/evaluations', {
      body: { model: 'iris', method: 'kfold', k: 1, version: 1, alias: 'champion' },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.detail.map((d: { loc: unknown[] }) => d.loc.join('.'))).toEqual(
      expect.arrayContaining(['body.k']),
    );
    const missing = await call('GET', `api/evaluations/${'0'.repeat(32)}`, { token: null });
    expect(missing.status).toBe(404);
  });

  it('compares two versions evaluated on the same folds: paired differences and McNemar', async () => {
    await trainVersion({ epochs: 2, learning_rate: 0.001 });
    await trainVersion();
    const evaluate = async (version: number, method = 'kfold') =>
      (
        await call('POST', 'api/evaluations', {
          body: { model: 'iris', version, method, k: 3, seed: 4 },
        })
      ).body;
    const weak = await evaluate(1);
    const good = await evaluate(2);
    const compared = await call('GET', `api/evaluations/${good.id}/compare/${weak.id}`, {
      token: null,
    });
    expect(compared.status).toBe(200);
    expect(compared.body).toMatchObject({ a: good.id, b: weak.id, method: 'kfold' });
    const accuracy = compared.body.differences.accuracy;
    expect(accuracy.values).toEqual(
      good.metrics.accuracy.values.map(
        (v: number, i: number) => v - weak.metrics.accuracy.values[i],
      ),
    );
    expect(accuracy.mean).toBeGreaterThan(0);
    // McNemar counts the rows one got right and the other did not, from both evaluations' rows.
    const right = (e: typeof good, i: number) =>
      e.predictions[i].truth === e.predictions[i].predicted;
    const onlyGood = good.predictions.filter(
      (_: unknown, i: number) => right(good, i) && !right(weak, i),
    );
    expect(compared.body.mcnemar.only_a).toBe(onlyGood.length);
    expect(compared.body.mcnemar.only_a).toBeGreaterThan(compared.body.mcnemar.only_b);
    expect(compared.body.likely_real).toBe(compared.body.mcnemar.p_value < 0.05);
    expect(compared.body.likely_real).toBe(true);

    const itself = await call('GET', `api/evaluations/${good.id}/compare/${good.id}`);
    expect(itself.body.differences.accuracy.values).toEqual([0, 0, 0]);
    expect(itself.body.mcnemar).toEqual({ only_a: 0, only_b: 0, p_value: 1 });
    expect(itself.body.likely_real).toBe(false);

    const boot = await evaluate(2, 'bootstrap');
    const mismatched = await call('GET', `api/evaluations/${boot.id}/compare/${weak.id}`);
    expect(mismatched.status).toBe(409);
    expect(mismatched.body.detail).toMatch(/same rows/);
    const unknown = await call('GET', `api/evaluations/${good.id}/compare/${'0'.repeat(32)}`);
    expect(unknown.status).toBe(404);
    const malformed = await call('GET', `api/evaluations/${good.id}/compare/nope`);
    expect(malformed.status).toBe(422);
  });
});
