import { describe, expect, it } from 'vitest';
import { irisDataset } from '../data/iris';
import { seededRandom } from '../data/random';
import { stratifiedKFold } from '../data/folds';
import { normalizeConfusion, perClassScores, rocAuc, rocAucOvr } from './classification';
import { mcnemarExact } from './mcnemar';
import { mean, normalInterval, percentileInterval, standardDeviation } from './resampling';

describe('stratifiedKFold', () => {
  it('partitions iris into folds whose class counts are within one of the overall ratio', () => {
    const { labels } = irisDataset();
    for (const k of [2, 3, 5, 7, 10, 20]) {
      const folds = stratifiedKFold(labels, k, 42);
      const all = folds.flatMap((f) => f.test).sort((a, b) => a - b);
      expect(all).toEqual(labels.map((_, i) => i));
      for (const fold of folds) {
        expect(fold.train.length + fold.test.length).toBe(150);
        for (const c of [0, 1, 2]) {
          const count = fold.test.filter((i) => labels[i] === c).length;
          expect(Math.abs(count - 50 / k)).toBeLessThan(1);
        }
      }
    }
    expect(stratifiedKFold(labels, 5, 1)).toEqual(stratifiedKFold(labels, 5, 1));
    expect(stratifiedKFold(labels, 5, 1)).not.toEqual(stratifiedKFold(labels, 5, 2));
    expect(() => stratifiedKFold(labels, 51, 1)).toThrow(/smallest class/);
    expect(() => stratifiedKFold(labels, 1, 1)).toThrow(RangeError);
  });
});

describe('metrics as mlflow.evaluate reports them', () => {
  it('computes ROC AUC from ranks, ties counting half', () => {
    // Positives score 0.9 and 0.4, negatives 0.4 and 0.1: pairs (0.9>0.4, 0.9>0.1, 0.4=0.4, 0.4>0.1) = 3.5/4
    expect(rocAuc([true, true, false, false], [0.9, 0.4, 0.4, 0.1])).toBeCloseTo(0.875, 12);
    expect(rocAuc([true, true], [0.9, 0.4])).toBeNaN();
    const ovr = rocAucOvr(
      [0, 1, 2, 0],
      [
        [0.8, 0.1, 0.1],
        [0.2, 0.7, 0.1],
        [0.1, 0.2, 0.7],
        [0.3, 0.4, 0.3],
      ],
      3,
    );
    expect(ovr.per_class).toEqual([1, 1, 1]);
    expect(ovr.macro).toBe(1);
  });

  it('reports each class and the normalized confusion matrix', () => {
    const scores = perClassScores([0, 0, 1, 1], [0, 1, 1, 1], 2);
    expect(scores[0]).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3, support: 2 });
    expect(scores[1]?.precision).toBeCloseTo(2 / 3, 12);
    expect(
      normalizeConfusion([
        [1, 3],
        [0, 0],
      ]),
    ).toEqual([
      [0.25, 0.75],
      [0, 0],
    ]);
  });
});

describe('resampling', () => {
  it('draws the same resamples from the same seed', async () => {
    const { preparePredictions } = await import('./prepared-predictions');
    const { resampledScores } = await import('./weighted-scores');
    const truth = Array.from({ length: 30 }, (_, i) => i % 3);
    const random = seededRandom(3);
    const prepared = preparePredictions(
      truth,
      truth.map(() => [random(), random(), random()]),
      3,
    );
    const a = resampledScores(prepared, 50, 9);
    expect(resampledScores(prepared, 50, 9)).toEqual(a);
    expect(resampledScores(prepared, 50, 10)).not.toEqual(a);
  });

  it('takes percentile and normal intervals', () => {
    const values = Array.from({ length: 101 }, (_, i) => i);
    const [from, to] = percentileInterval(values, 0.9);
    expect(from).toBeCloseTo(5, 9);
    expect(to).toBeCloseTo(95, 9);
    expect(mean([1, 2, 3])).toBe(2);
    expect(standardDeviation([1, 2, 3])).toBe(1);
    const [low, high] = normalInterval([1, 2, 3], 0.95);
    expect(high - 2).toBeCloseTo((1.959963984540054 * 1) / Math.sqrt(3), 9);
    expect(2 - low).toBeCloseTo(high - 2, 12);
  });

  it('finds percentile bounds by selection exactly as sorting does, ties and NaNs included', () => {
    const random = seededRandom(5);
    const bySorting = (values: number[], confidence: number) => {
      const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
      const at = (q: number) => {
        const position = q * (sorted.length - 1);
        const low = Math.floor(position);
        const a = sorted[low] ?? Number.NaN;
        const b = sorted[Math.ceil(position)] ?? Number.NaN;
        return a + (b - a) * (position - low);
      };
      return [at((1 - confidence) / 2), at(1 - (1 - confidence) / 2)];
    };
    for (const length of [1, 2, 3, 10, 999, 1000]) {
      for (const confidence of [0.5, 0.9, 0.95, 0.99]) {
        const values = Array.from({ length }, () =>
          random() < 0.05 ? Number.NaN : Math.round(random() * 20) / 4,
        );
        expect(percentileInterval(values, confidence)).toEqual(bySorting(values, confidence));
      }
    }
    expect(percentileInterval([Number.NaN], 0.95)).toEqual([Number.NaN, Number.NaN]);
  });
});

describe("McNemar's exact test", () => {
  it('matches the binomial reference: b = 10, c = 2 gives p = 2·P(X ≤ 2 | 12, ½)', () => {
    const truth = Array.from({ length: 20 }, () => 0);
    const a = truth.map((_, i) => (i < 10 || i >= 12 ? 0 : 1)); // wrong on rows 10, 11
    const b = truth.map((_, i) => (i < 10 ? 1 : 0)); // wrong on rows 0..9
    const result = mcnemarExact(truth, a, b);
    expect(result).toMatchObject({ only_a: 10, only_b: 2 });
    expect(result.p_value).toBeCloseTo((2 * (1 + 12 + 66)) / 4096, 12);
    expect(mcnemarExact([0], [0], [0]).p_value).toBe(1);
  });
});

describe('resampled scores (the bootstrap fast path)', () => {
  /**
   * Class probabilities for `truth`, rounded to quarters when `tied` (so scores tie), with
   * `signal` added to the true class's (so that class 0 separates and the others overlap
   * less).
   */
  const probabilitiesFor = (truth: number[], tied: boolean, skipClass?: number, signal = 0) => {
    const random = seededRandom(4);
    return truth.map((actual) => {
      const raw = [random(), random(), random()].map((v) => (tied ? Math.round(v * 4) / 4 : v));
      raw[actual] = (raw[actual] ?? 0) + (actual === 0 ? 4 * signal : signal);
      if (skipClass !== undefined) raw[skipClass] = 0;
      const shifted = raw.map((v) => v + 0.01);
      const sum = shifted.reduce((s, v) => s + v, 0);
      return shifted.map((v) => v / sum);
    });
  };

  it.each([
    ['distinct scores', false, undefined, 40, 0],
    ['tied scores', true, undefined, 40, 0],
    ['a class never predicted', false, 2, 40, 0],
    ['more rows than sorted by insertion', true, undefined, 90, 0],
    ['a separated class, others overlapping', false, undefined, 40, 0.5],
    ['a separated class, ties at the overlap', true, undefined, 40, 0.5],
  ])(
    'equal the direct scores of the rows each resample drew (%s)',
    async (_, tied, skipClass, n, signal) => {
      const { preparePredictions } = await import('./prepared-predictions');
      const { resampledScores, WEIGHTED_SCORE_KEYS } = await import('./weighted-scores');
      const { classificationScores, rocAucOvr } = await import('./classification');
      const resamples = 20;
      const truth = Array.from({ length: n }, (_, i) => i % 3);
      const probabilities = probabilitiesFor(truth, tied, skipClass, signal);
      const table = resampledScores(preparePredictions(truth, probabilities, 3), resamples, 8);
      // The documented stream: seededRandom(seed), row ⌊u × n⌋ per draw.
      const draws = seededRandom(8);
      for (let r = 0; r < resamples; r++) {
        const rows = Array.from({ length: n }, () => Math.floor(draws() * n));
        const t = rows.map((row) => truth[row] ?? 0);
        const p = rows.map((row) => probabilities[row] ?? []);
        const direct: Record<string, number> = {
          ...classificationScores(t, p, 3),
          roc_auc: rocAucOvr(t, p, 3).macro,
        };
        WEIGHTED_SCORE_KEYS.forEach((key, j) => {
          expect(table[j * resamples + r], `${key} of resample ${r}`).toBeCloseTo(
            direct[key] ?? Number.NaN,
            10,
          );
        });
      }
    },
  );
});

describe("accuracy's Wilson interval beside the bootstrap's", () => {
  it('gives an all-correct bootstrap of 30 rows about [0.886, 1], where the percentile one is [1, 1]', async () => {
    const { accuracyWilson, bootstrapSummaries } = await import('./evaluation-summaries');
    const truth = Array.from({ length: 30 }, (_, i) => i % 3);
    const probabilities = truth.map((c) => [0, 1, 2].map((k) => (k === c ? 0.9 : 0.05)));
    const summaries = bootstrapSummaries(truth, probabilities, {
      resamples: 200,
      seed: 3,
      confidence: 0.95,
    });
    expect(summaries['accuracy']?.interval).toEqual([1, 1]);
    const wilson = accuracyWilson(
      truth.map((t) => ({ truth: t, predicted: t })),
      0.95,
    );
    expect(wilson.correct).toBe(30);
    expect(wilson.rows).toBe(30);
    expect(wilson.ci[0]).toBeCloseTo(0.8865, 4);
    expect(wilson.ci[1]).toBe(1);
  });

  it('counts the rows a model got right, at the asked confidence', async () => {
    const { accuracyWilson } = await import('./evaluation-summaries');
    const { wilsonInterval } = await import('./proportions');
    const rows = Array.from({ length: 30 }, (_, i) => ({
      truth: i % 3,
      predicted: i < 3 ? 9 : i % 3,
    }));
    expect(accuracyWilson(rows, 0.9)).toEqual({
      correct: 27,
      rows: 30,
      ci: wilsonInterval({ successes: 27, trials: 30 }, 0.9),
    });
    expect(accuracyWilson(rows, 0.9).ci[1]).toBeLessThan(1);
  });
});
