// What the measurement plots share, on the page and in the decision-regions artifact: the
// frame, linear scales, round tick values and each species' marker shape.
import type { AxisRange } from '../data/decision-grid';

export interface PlotFrame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export const FEATURE_PLOT: PlotFrame = {
  width: 400,
  height: 320,
  left: 44,
  right: 10,
  top: 10,
  bottom: 40,
};

export interface PlotScales {
  /** A measurement across, in frame units from the left. */
  readonly px: (value: number) => number;
  /** A measurement up, in frame units from the top. */
  readonly py: (value: number) => number;
  readonly plotWidth: number;
  readonly plotHeight: number;
}

export function plotScales(frame: PlotFrame, x: AxisRange, y: AxisRange): PlotScales {
  const plotWidth = frame.width - frame.left - frame.right;
  const plotHeight = frame.height - frame.top - frame.bottom;
  return {
    px: (value) => frame.left + ((value - x.min) / (x.max - x.min)) * plotWidth,
    py: (value) => frame.top + plotHeight - ((value - y.min) / (y.max - y.min)) * plotHeight,
    plotWidth,
    plotHeight,
  };
}

/** Round values (steps of 1, 2 or 5 times a power of ten) inside `range`, about `count` of them. */
export function niceTicks(range: AxisRange, count = 6): number[] {
  const span = range.max - range.min;
  if (!(span > 0)) return [range.min];
  const rough = span / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  // The finest step not much below the rough one: a few ticks more rather than too few.
  const step = ([1, 2, 5, 10].find((m) => m * power >= rough * 0.7) ?? 10) * power;
  const ticks: number[] = [];
  for (let v = Math.ceil(range.min / step) * step; v <= range.max + step * 1e-9; v += step) {
    ticks.push(Math.round(v / step) * step);
  }
  return ticks.map((v) => Number(v.toPrecision(12)));
}

/**
 * An SVG path for a species' marker centred on (cx, cy): a circle, a square and a triangle,
 * so that the species stay apart without colour.
 */
export function markerPath(label: number, cx: number, cy: number, r: number): string {
  const f = (v: number) => Math.round(v * 100) / 100;
  if (label === 1) {
    const s = r * 0.88;
    return `M${f(cx - s)} ${f(cy - s)}h${f(2 * s)}v${f(2 * s)}h${f(-2 * s)}Z`;
  }
  if (label === 2) {
    const s = r * 1.2;
    return `M${f(cx)} ${f(cy - s)}L${f(cx + s * 0.87)} ${f(cy + s * 0.5)}L${f(cx - s * 0.87)} ${f(cy + s * 0.5)}Z`;
  }
  return `M${f(cx - r)} ${f(cy)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0Z`;
}
