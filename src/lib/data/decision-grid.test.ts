import { describe, expect, it } from 'vitest';
import {
  cellRow,
  cellWinner,
  classifyPoints,
  columnMeans,
  DEFAULT_REGION_AXES,
  featureRange,
  fillGrid,
  gridDigest,
  gridSpec,
  withAxis,
  type Classify,
  type DecisionGrid,
  type GridSpec,
} from './decision-grid';
import { irisDataset } from './iris';

const rows = [
  [1, 10, 100, 0.5],
  [3, 30, 300, 1.5],
];

/** Runs a generator to its end, counting its pauses. */
function finish<T>(work: Generator<void, T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = work.next();
    if (step.done) return { value: step.value, pauses };
    pauses++;
  }
}

/** Class 0 left of x = 2, class 1 right of it, surer further away. */
const byThreshold: Classify = (row) => {
  const right = 1 / (1 + Math.exp(-4 * ((row[0] ?? 0) - 2)));
  return [1 - right, right];
};

describe('decision grid', () => {
  it('picks axes, swapping them when one takes the other’s measurement', () => {
    expect(DEFAULT_REGION_AXES).toEqual({ x: 2, y: 3 });
    expect(withAxis({ x: 2, y: 3 }, 'x', 0)).toEqual({ x: 0, y: 3 });
    expect(withAxis({ x: 2, y: 3 }, 'y', 1)).toEqual({ x: 2, y: 1 });
    expect(withAxis({ x: 2, y: 3 }, 'x', 3)).toEqual({ x: 3, y: 2 });
    expect(withAxis({ x: 2, y: 3 }, 'y', 2)).toEqual({ x: 3, y: 2 });
  });

  it('frames a measurement with a margin in tenths, never below zero for lengths', () => {
    const iris = irisDataset().features;
    expect(featureRange(iris, 2)).toEqual({ min: 0.7, max: 7.2 });
    expect(featureRange(iris, 3)).toEqual({ min: 0, max: 2.7 });
    expect(featureRange([[-1], [1]], 0)).toEqual({ min: -1.1, max: 1.1 });
  });

  it('holds the other measurements at the training mean and centres each cell', () => {
    const spec = gridSpec(rows, [rows[0] ?? []], { x: 0, y: 1 }, 4);
    expect(spec.base).toEqual([1, 10, 100, 0.5]);
    expect(columnMeans(rows)).toEqual([2, 20, 200, 1]);
    const { x, y } = spec;
    const corner = cellRow(spec, 0, 0);
    expect(corner[0]).toBeCloseTo(x.min + (x.max - x.min) / 8);
    expect(corner[1]).toBeCloseTo(y.min + (y.max - y.min) / 8);
    expect(corner.slice(2)).toEqual([100, 0.5]);
    expect(cellRow(spec, 3, 3)[0]).toBeCloseTo(x.max - (x.max - x.min) / 8);
  });

  it('rejects axes that are not two different measurements, a tiny grid and no training rows', () => {
    expect(() => gridSpec(rows, rows, { x: 1, y: 1 }, 10)).toThrow(RangeError);
    expect(() => gridSpec(rows, rows, { x: 0, y: 4 }, 10)).toThrow(RangeError);
    expect(() => gridSpec(rows, rows, { x: 0, y: 1 }, 1)).toThrow(RangeError);
    expect(() => gridSpec(rows, rows, { x: 0, y: 1 }, 2.5)).toThrow(RangeError);
    expect(() => gridSpec(rows, [], { x: 0, y: 1 }, 10)).toThrow(RangeError);
  });

  it('classifies every cell bottom row first, pausing after each row', () => {
    const spec = gridSpec(rows, rows, { x: 0, y: 1 }, 10);
    const { value: grid, pauses } = finish(fillGrid(spec, 2, byThreshold));
    expect(pauses).toBe(10);
    expect(grid.probabilities).toHaveLength(10 * 10 * 2);
    for (let j = 0; j < 10; j++) {
      for (let i = 0; i < 10; i++) {
        const centre = cellRow(spec, i, j)[0] ?? 0;
        expect(cellWinner(grid, i, j).label).toBe(centre > 2 ? 1 : 0);
      }
    }
    const sure = cellWinner(grid, 9, 0);
    const unsure = cellWinner(grid, 5, 0);
    expect(sure.confidence).toBeGreaterThan(unsure.confidence);
  });

  it('gives each flower the class of all its measurements, where it sits on the axes', () => {
    const { value: points, pauses } = finish(
      classifyPoints(rows, [1, 1], { x: 0, y: 2 }, byThreshold, 1),
    );
    expect(pauses).toBe(2);
    expect(points).toEqual([
      { x: 1, y: 100, label: 1, predicted: 0 },
      { x: 3, y: 300, label: 1, predicted: 1 },
    ]);
  });

  it('fingerprints a grid: the same probabilities the same digest, a change another', () => {
    const spec: GridSpec = gridSpec(rows, rows, { x: 0, y: 1 }, 6);
    const grid = finish(fillGrid(spec, 2, byThreshold)).value;
    const again = finish(fillGrid(spec, 2, byThreshold)).value;
    expect(gridDigest(grid)).toMatch(/^[0-9a-f]{8}$/);
    expect(gridDigest(again)).toBe(gridDigest(grid));
    const changed: DecisionGrid = { ...grid, probabilities: grid.probabilities.slice() };
    changed.probabilities[7] = (changed.probabilities[7] ?? 0) + 0.1;
    expect(gridDigest(changed)).not.toBe(gridDigest(grid));
  });
});
