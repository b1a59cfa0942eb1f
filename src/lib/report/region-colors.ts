// The species' colours, and a decision-region cell's: its species' colour, light, stronger
// the surer the model is; the same on the page's canvas and in the SVG artifact.
import type { DecisionGrid } from '../data/decision-grid';

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

/** Colour steps per species in the canvas's palette: finer than the eye can tell apart. */
const STEPS = 64;

/** The grid as RGBA pixels, one per cell, top row first (as ImageData wants them). */
export function regionPixels(grid: DecisionGrid): Uint8ClampedArray<ArrayBuffer> {
  const { resolution, classes, probabilities } = grid;
  // A palette of every species at STEPS levels of sureness, so that the 3,600 cells of a
  // picture several times a second cost a lookup each.
  const palette = new Uint8Array(classes * (STEPS + 1) * 3);
  for (let label = 0; label < classes; label++) {
    for (let step = 0; step <= STEPS; step++) {
      palette.set(regionRgb(label, step / STEPS, classes), (label * (STEPS + 1) + step) * 3);
    }
  }
  const pixels = new Uint8ClampedArray(resolution * resolution * 4);
  for (let cell = 0; cell < resolution * resolution; cell++) {
    let label = 0;
    for (let c = 1; c < classes; c++) {
      if ((probabilities[cell * classes + c] ?? 0) > (probabilities[cell * classes + label] ?? 0))
        label = c;
    }
    const step = Math.round((probabilities[cell * classes + label] ?? 0) * STEPS);
    const from = (label * (STEPS + 1) + step) * 3;
    const i = cell % resolution;
    const top = resolution - 1 - (cell - i) / resolution;
    const to = (top * resolution + i) * 4;
    pixels[to] = palette[from] ?? 255;
    pixels[to + 1] = palette[from + 1] ?? 255;
    pixels[to + 2] = palette[from + 2] ?? 255;
    pixels[to + 3] = 255;
  }
  return pixels;
}
