import { describe, expect, it } from 'vitest';
import { fillGrid, gridSpec, type Classify, type DecisionGrid } from '../data/decision-grid';
import { decisionRegionsSvg, type DecisionRegionsPicture } from './decision-regions-svg';
import { niceTicks } from './plot-geometry';
import { regionPixels, regionRgb, SPECIES_COLORS } from './region-colors';

const rows = [
  [0, 0, 5, 5],
  [9, 9, 5, 5],
];
const FEATURES = ['a', 'b', 'c', 'd'];
const CLASSES = ['setosa', 'versicolor', 'virginica'];

/** Thirds across: setosa on the left, virginica on the right, sure of it. */
const thirds: Classify = (row) => {
  const x = row[0] ?? 0;
  const label = x < 3 ? 0 : x < 6 ? 1 : 2;
  return [0, 1, 2].map((c) => (c === label ? 0.98 : 0.01));
};

function gridOf(classify: Classify, resolution = 12): DecisionGrid {
  const work = fillGrid(gridSpec(rows, rows, { x: 0, y: 1 }, resolution), 3, classify);
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

const picture = (grid: DecisionGrid): DecisionRegionsPicture => ({
  grid,
  epoch: 41,
  points: [
    { x: 1, y: 1, label: 0, predicted: 0 },
    { x: 4.5, y: 2, label: 1, predicted: 2 },
    { x: 8, y: 8, label: 2, predicted: 2 },
    { x: 8, y: 3, label: 2, predicted: 1 },
  ],
});

const regionFill = (label: number) =>
  `#${regionRgb(label, 1, 3)
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;

describe('decision regions artifact', () => {
  it('draws each species’ region, merged into one rectangle per row and species', () => {
    const svg = decisionRegionsSvg(picture(gridOf(thirds)), FEATURES, CLASSES);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    for (const label of [0, 1, 2]) {
      const cells = svg.match(new RegExp(`<rect [^>]*fill="${regionFill(label)}"/>`, 'g')) ?? [];
      // One run per grid row, plus the legend's swatch.
      expect(cells).toHaveLength(12 + 1);
    }
    expect(svg).toContain('Decision regions after epoch 42');
    expect(svg).toContain('a (cm)');
    expect(svg).toContain('b (cm)');
    expect(svg).toContain('c = 5.00 cm');
  });

  it('rings exactly the misclassified flowers and counts them', () => {
    const svg = decisionRegionsSvg(picture(gridOf(thirds)), FEATURES, CLASSES);
    expect(svg.match(/class="misclassified"/g)).toHaveLength(2);
    expect(svg).toContain('2 of 4 training rows misclassified');
    for (const color of SPECIES_COLORS) expect(svg).toContain(`fill="${color}"`);
  });

  it('is the same text for the same picture, and another for another model', () => {
    const first = decisionRegionsSvg(picture(gridOf(thirds)), FEATURES, CLASSES);
    expect(decisionRegionsSvg(picture(gridOf(thirds)), FEATURES, CLASSES)).toBe(first);
    const allSetosa: Classify = () => [0.9, 0.05, 0.05];
    const other = decisionRegionsSvg(picture(gridOf(allSetosa)), FEATURES, CLASSES);
    expect(other).not.toBe(first);
    expect(other).not.toContain(`fill="${regionFill(2)}"/>\n<rect`);
  });

  it('escapes names', () => {
    const svg = decisionRegionsSvg(picture(gridOf(thirds)), ['<x>', 'b', 'c', 'd'], CLASSES);
    expect(svg).toContain('&#60;x&#62; (cm)');
    expect(svg).not.toContain('<x>');
  });
});

describe('region colours', () => {
  it('paints one pixel per cell, top row first, deeper the surer', () => {
    const grid = gridOf(thirds, 3);
    const pixels = regionPixels(grid);
    expect(pixels).toHaveLength(3 * 3 * 4);
    const pixel = (i: number, top: number) =>
      Array.from(pixels.slice((top * 3 + i) * 4, (top * 3 + i) * 4 + 4));
    // The canvas's palette has 64 steps of sureness: within one level of the exact colour.
    const near = (actual: number[], expected: number[]) =>
      actual.forEach((v, k) => expect(Math.abs(v - (expected[k] ?? 0))).toBeLessThanOrEqual(1));
    near(pixel(0, 0), [...regionRgb(0, 0.98, 3), 255]);
    near(pixel(2, 2), [...regionRgb(2, 0.98, 3), 255]);
    expect(pixel(0, 0)).not.toEqual(pixel(2, 2));
    const toss = regionRgb(0, 1 / 3, 3);
    const sure = regionRgb(0, 1, 3);
    expect(toss.reduce((a, b) => a + b)).toBeGreaterThan(sure.reduce((a, b) => a + b));
  });

  it('puts round ticks inside the range', () => {
    expect(niceTicks({ min: 0.7, max: 7.2 })).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(niceTicks({ min: 0, max: 2.7 })).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
    expect(niceTicks({ min: 1, max: 1 })).toEqual([1]);
  });
});
