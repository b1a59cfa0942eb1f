// A run's metric histories as its page shows them: each metric's summary (latest, min, max,
// steps) and the curves worth drawing, grouped into charts.
import type { MetricPoint } from '../db/records';

export interface MetricSummary {
  key: string;
  latest: number;
  min: number;
  max: number;
  steps: number;
}

export function summarize(histories: Record<string, MetricPoint[]>): MetricSummary[] {
  return Object.entries(histories)
    .map(([key, points]) => {
      const values = points.map((p) => p.value);
      return {
        key,
        latest: points.at(-1)?.value ?? Number.NaN,
        min: Math.min(...values),
        max: Math.max(...values),
        steps: points.length,
      };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** A chart of metric curves: its title and one line per metric, by step. */
export interface MetricChart {
  title: string;
  series: { label: string; points: { x: number; y: number }[] }[];
}

/** Training and validation curves share a chart, headed by the first of them it draws. */
const PAIRS = [
  ['loss', 'val_loss'],
  ['accuracy', 'val_accuracy'],
] as const;

/**
 * The pairs first, then every other metric, each line a metric logged at two steps or more:
 * a value logged once (a fold's score, a final metric) is no curve, and a chart of it would
 * be empty axes.
 */
export function groupCharts(histories: Record<string, MetricPoint[]>): MetricChart[] {
  const isCurve = (key: string) => (histories[key]?.length ?? 0) > 1;
  const paired = new Set<string>(PAIRS.flat());
  const others = Object.keys(histories).filter((key) => !paired.has(key));
  const groups = [...PAIRS.map((pair) => [...pair]), ...others.map((key) => [key])];
  return groups
    .map((keys) => keys.filter(isCurve))
    .filter((keys) => keys.length > 0)
    .map((keys) => ({
      title: keys[0] ?? '',
      series: keys.map((key) => ({
        label: key,
        points: (histories[key] ?? []).map((p) => ({ x: p.step, y: p.value })),
      })),
    }));
}
