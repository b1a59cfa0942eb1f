// The species' colours, and a decision-region cell's: its species' colour, light, stronger
// the surer the model is; the same on the page's canvas and in the SVG artifact.
import { cellWinner, type DecisionGrid } from '../data/decision-grid';

/** Point colours in model order (setosa, versicolor, virginica): 3:1 or more on white. */
export const SPECIES_COLORS = ['#7c3aed', '#0891b2', '#db2777'] as const;

const rgbOf = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));

/** A cell's colour: white mixed with its species' colour, 12% for a toss-up to 50% for a sure answer. */
export function regionRgb(label: number, confidence: number, classes: number): number[] {
  const chance = 1 / classes;
  const sureness = Math.min(1, Math.max(0, (confidence - chance) / (1 - chance)));
  const share = 0.12 + 0.38 * sureness;
  const color = rgbOf(SPECIES_COLORS[label % SPECIES_COLORS.length] ?? '#888888');
  return color.map((c) => Math.round(255 * (1 - share) + c * share));
}

/** The grid as RGBA pixels, one per cell, top row first (as ImageData wants them). */
export function regionPixels(grid: DecisionGrid): Uint8ClampedArray<ArrayBuffer> {
  const { resolution } = grid;
  const pixels = new Uint8ClampedArray(resolution * resolution * 4);
  for (let j = 0; j < resolution; j++) {
    const top = resolution - 1 - j;
    for (let i = 0; i < resolution; i++) {
      const { label, confidence } = cellWinner(grid, i, j);
      const [r = 255, g = 255, b = 255] = regionRgb(label, confidence, grid.classes);
      pixels.set([r, g, b, 255], (top * resolution + i) * 4);
    }
  }
  return pixels;
}
