// The dashboard's chart lines, from its numbers: one line per variant in the variant's colour
// (share, latency p50 and dashed p95, error rate), accuracy with its 95% band's edges left out
// of the legend, the naive and always-valid p-values against α, and each feature's PSI
// against the alert threshold.
import { t } from '../../i18n/i18n.svelte';
import { FEATURE_NAMES } from '../../lib/data/iris-schema';
import type { Dashboard, XY } from '../../lib/traffic/dashboard';
import type { TimelinePoint } from '../../lib/traffic/traffic-run';

const COLORS = ['#2563eb', '#dc2626', '#16a34a', '#9333ea', '#ea580c', '#0891b2'];
const FEATURE_COLORS = ['#0f766e', '#a16207', '#be185d', '#4338ca'];
const color = (i: number) => COLORS[i % COLORS.length] ?? '#555';

/** A horizontal line at `y` across the timeline, from its first point to its last. */
const flat = (y: number, points: readonly TimelinePoint[]) =>
  points.length > 0
    ? [
        { x: points[0]?.at ?? 0, y },
        { x: points.at(-1)?.at ?? 0, y },
      ]
    : [];

/** One line per variant, labelled with the variant's name (and `suffix`). */
export const perVariant = (
  variants: readonly string[],
  series: readonly XY[][],
  suffix = '',
  dashed = false,
) =>
  series.map((points, i) => ({
    label: `${variants[i] ?? i}${suffix}`,
    color: color(i),
    points,
    dashed,
  }));

/** Each variant's accuracy, with its 95% band's edges dashed and left out of the legend. */
export const accuracySeries = (board: Dashboard, variants: readonly string[]) =>
  board.accuracy.flatMap((a, i) => [
    { label: variants[i] ?? String(i), color: color(i), points: a.value },
    {
      label: `${variants[i] ?? i} ≥`,
      color: color(i),
      points: a.low,
      dashed: true,
      unlisted: true,
    },
    {
      label: `${variants[i] ?? i} ≤`,
      color: color(i),
      points: a.high,
      dashed: true,
      unlisted: true,
    },
  ]);

export const latencySeries = (board: Dashboard, variants: readonly string[]) =>
  perVariant(variants, board.latencyP50, ' p50').concat(
    perVariant(variants, board.latencyP95, ' p95', true),
  );

/** The naive and the always-valid p-value look by look, against α = 0.05. */
export const pValueSeries = (board: Dashboard, points: readonly TimelinePoint[]) =>
  board.pValues
    ? [
        { label: t('dash.naive'), color: '#dc2626', points: board.pValues.naive },
        { label: t('dash.sequential'), color: '#2563eb', points: board.pValues.sequential },
        { label: 'α = 0.05', color: '#6b7280', points: flat(0.05, points), dashed: true },
      ]
    : [];

/** Each feature's PSI, against the alert threshold. */
export const psiSeries = (board: Dashboard, points: readonly TimelinePoint[]) => [
  ...board.psi.map((psi, j) => ({
    label: FEATURE_NAMES[j] ?? String(j),
    color: FEATURE_COLORS[j] ?? '#555',
    points: psi,
  })),
  { label: t('dash.threshold'), color: '#6b7280', points: flat(0.25, points), dashed: true },
];
