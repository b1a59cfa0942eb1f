// Paints a decision grid onto a canvas, one pixel per cell: CSS stretches it over the plot
// and smooths the borders between regions, as TensorFlow Playground's pictures look.
import type { DecisionGrid } from '../../lib/data/decision-grid';
import { regionPixels } from '../../lib/report/region-colors';

export function paintRegions(canvas: HTMLCanvasElement, grid: DecisionGrid): void {
  const { resolution } = grid;
  canvas.width = resolution;
  canvas.height = resolution;
  canvas
    .getContext('2d')
    ?.putImageData(new ImageData(regionPixels(grid), resolution, resolution), 0, 0);
}
