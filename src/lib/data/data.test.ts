import { describe, expect, it } from 'vitest';
import { canonicalCsv, CsvError, parseIrisCsv } from './csv';
import { datasetDigest } from './digest';
import { irisDataset } from './iris';
import { seededRandom } from './random';
import { applyScaler, fitScaler } from './scaling';
import { stratifiedSplit } from './split';

const classCounts = (labels: readonly number[]) =>
  labels.reduce<number[]>((acc, l) => ((acc[l] = (acc[l] ?? 0) + 1), acc), []);

describe('iris data set', () => {
  it('has the standard 150 rows, 50 per species', () => {
    const iris = irisDataset();
    expect(iris.features).toHaveLength(150);
    expect(classCounts(iris.labels)).toEqual([50, 50, 50]);
    expect(iris.features[0]).toEqual([5.1, 3.5, 1.4, 0.2]);
  });

  it('has a stable digest of its canonical CSV', async () => {
    const digest = await datasetDigest(irisDataset());
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(digest).toBe(await datasetDigest(parseIrisCsv(canonicalCsv(irisDataset()))));
    // Computed independently with Node's crypto over the same canonical form.
    expect(digest).toBe('91eb642c3adbc7bad8e99c930c11fa3a5cc8a07262c7a753b4e6ecf405f2e05e');
  });

  it('changes the digest when one value changes', async () => {
    const iris = irisDataset();
    const changed = { ...iris, features: [[5.2, 3.5, 1.4, 0.2], ...iris.features.slice(1)] };
    expect(await datasetDigest(changed)).not.toBe(await datasetDigest(iris));
  });
});

describe('parseIrisCsv', () => {
  it('names the line of a bad row', () => {
    const csv =
      'sepal_length,sepal_width,petal_length,petal_width,species\n1,2,3,4,setosa\n1,x,3,4,setosa\n';
    expect(() => parseIrisCsv(csv)).toThrow(
      new CsvError('line 3: the four measurements must be finite numbers'),
    );
    expect(() => parseIrisCsv('a,b\n')).toThrow(CsvError);
    expect(() => parseIrisCsv(csv.replace('x', '2').replace('4,setosa\n1', '4,rose\n1'))).toThrow(
      /line 2: unknown species "rose"/,
    );
  });
});

describe('stratifiedSplit', () => {
  it('keeps each class share and partitions the rows', () => {
    const split = stratifiedSplit(irisDataset(), 0.2, 7);
    expect(classCounts(split.test.labels)).toEqual([10, 10, 10]);
    expect(classCounts(split.train.labels)).toEqual([40, 40, 40]);
    const all = [...split.trainIndices, ...split.testIndices].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 150 }, (_, i) => i));
  });

  it('is reproducible by seed and differs across seeds', () => {
    const a = stratifiedSplit(irisDataset(), 0.3, 1);
    expect(stratifiedSplit(irisDataset(), 0.3, 1)).toEqual(a);
    expect(stratifiedSplit(irisDataset(), 0.3, 2).testIndices).not.toEqual(a.testIndices);
  });

  it('rejects a test size outside (0, 1)', () => {
    expect(() => stratifiedSplit(irisDataset(), 1, 1)).toThrow(RangeError);
  });
});

describe('scaling and random', () => {
  it('standardizes training columns to mean 0 and std 1', () => {
    const rows = irisDataset().features;
    const scaled = applyScaler(fitScaler(rows), rows);
    for (let j = 0; j < 4; j++) {
      const col = scaled.map((r) => r[j] ?? 0);
      const mean = col.reduce((a, b) => a + b, 0) / col.length;
      const variance = col.reduce((a, b) => a + (b - mean) ** 2, 0) / col.length;
      expect(mean).toBeCloseTo(0, 10);
      expect(variance).toBeCloseTo(1, 10);
    }
  });

  it('draws the same numbers from the same seed', () => {
    const a = seededRandom(9);
    const b = seededRandom(9);
    const xs = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
