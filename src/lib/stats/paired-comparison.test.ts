import { describe, expect, it } from 'vitest';
import { irisDataset } from '../data/iris';
import { crossValidate } from '../ml/evaluation';
import type { EvaluationOutcome, EvaluationReport } from '../ml/evaluation-contract';
import { DEFAULT_CONFIG, type TrainConfig } from '../ml/hyperparameters';
import { loadTf } from '../ml/load-tf';
import { argmax } from '../ml/predict';
import { compareReports } from './paired-comparison';

/** The parts of a recorded report that a comparison reads. */
function report(outcome: EvaluationOutcome): EvaluationReport {
  return {
    method: 'kfold',
    options: { confidence: 0.95 },
    metrics: Object.fromEntries(
      Object.entries(outcome.metrics).map(([key, m]) => [
        key,
        { ...m, ci: m.interval, values: [...m.values] },
      ]),
    ),
    predictions: outcome.predictions.flatMap((p) =>
      p.rows.map((row, i) => ({
        row,
        truth: p.truth[i] ?? 0,
        predicted: argmax(p.probabilities[i] ?? []),
      })),
    ),
  } as unknown as EvaluationReport;
}

const softmax: TrainConfig = {
  ...DEFAULT_CONFIG,
  model: 'softmax',
  epochs: 60,
  learning_rate: 0.1,
};

describe('paired comparison', () => {
  it('compares two configurations on the same folds: paired differences and McNemar', async () => {
    const tf = await loadTf();
    const options = { k: 3, seed: 5, confidence: 0.95 };
    const good = await crossValidate(tf, softmax, irisDataset(), options);
    const weak = await crossValidate(
      tf,
      { ...softmax, epochs: 2, learning_rate: 0.001 },
      irisDataset(),
      options,
    );
    const compared = compareReports(report(good), report(weak));
    expect(compared.differences['accuracy']?.values).toHaveLength(3);
    expect(compared.differences['accuracy']?.mean).toBeGreaterThan(0);
    expect(compared.mcnemar.only_a).toBeGreaterThan(compared.mcnemar.only_b);
    expect(compared.mcnemar.p_value).toBeLessThan(0.05);
    const other = await crossValidate(tf, softmax, irisDataset(), { ...options, seed: 6 });
    expect(() => compareReports(report(good), report(other))).toThrow(/same rows/);
  });
});
