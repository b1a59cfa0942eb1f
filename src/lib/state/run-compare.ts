// The Compare page's data: 2 to 50 runs with their params, latest metrics and metric
// histories, and the pure shaping of them into overlays, axes and a diff table.
import type { MetricPoint } from '../db/records';
import { runMetricHistories } from '../db/metric-history';
import { getRunDetails, type RunDetails } from '../db/run-queries';
import { LiveQuery } from './live-query.svelte';

export const MAX_COMPARED = 50;

export interface ComparedRun {
  details: RunDetails;
  histories: Record<string, MetricPoint[]>;
}

export function runIdsFromQuery(query: string): string[] {
  const ids = (new URLSearchParams(query).get('runs') ?? '').split(',').filter(Boolean);
  return [...new Set(ids)].slice(0, MAX_COMPARED);
}

export function loadCompared(ids: readonly string[]) {
  return new LiveQuery(async (): Promise<ComparedRun[]> => {
    const runs = await Promise.all(
      ids.map(async (id) => {
        const [details, histories] = await Promise.all([getRunDetails(id), runMetricHistories(id)]);
        return details ? { details, histories } : undefined;
      }),
    );
    return runs.filter((r): r is ComparedRun => r !== undefined);
  });
}

/** A param or metric of a run, as a number when it is one. */
export type FieldRef = { entity: 'params' | 'metrics'; key: string };

export function fieldValue(run: RunDetails, field: FieldRef): string | number | undefined {
  if (field.entity === 'metrics') return run.metrics[field.key];
  const text = run.params[field.key];
  if (text === undefined) return undefined;
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) ? n : text;
}

export interface DiffRow {
  entity: 'params' | 'metrics';
  key: string;
  values: (string | number | undefined)[];
  differs: boolean;
}

/** Every param and metric of the runs, one row each, saying whether the runs differ on it. */
export function diffRows(runs: readonly RunDetails[]): DiffRow[] {
  const rows: DiffRow[] = [];
  for (const entity of ['params', 'metrics'] as const) {
    const keys = [...new Set(runs.flatMap((r) => Object.keys(r[entity])))].sort();
    for (const key of keys) {
      const values = runs.map((r) => r[entity][key]);
      rows.push({ entity, key, values, differs: new Set(values).size > 1 });
    }
  }
  return rows;
}

/**
 * The params worth an axis: logged by at least two of the runs, with different values
 * among them (a param only one model has says nothing about the others).
 */
export function varyingParams(runs: readonly RunDetails[]): string[] {
  return diffRows(runs)
    .filter((row) => {
      const present = row.values.filter((v) => v !== undefined);
      return row.entity === 'params' && present.length >= 2 && new Set(present).size > 1;
    })
    .map((row) => row.key);
}

/** Metric keys that every run has, most useful first. */
export function sharedMetrics(runs: readonly RunDetails[]): string[] {
  const [first, ...rest] = runs;
  if (!first) return [];
  return Object.keys(first.metrics)
    .filter((key) => rest.every((r) => key in r.metrics))
    .sort(
      (a, b) => Number(b.startsWith('val_')) - Number(a.startsWith('val_')) || a.localeCompare(b),
    );
}

/** A field as the scatter names it: `params.<key>` or `metrics.<key>`. */
export type FieldId = `${FieldRef['entity']}.${string}`;

/** Whether the runs give `field` numbers (where they have it) that are not all the same. */
function spreads(runs: readonly RunDetails[], field: FieldRef): boolean {
  const present = runs.map((r) => fieldValue(r, field)).filter((v) => v !== undefined);
  return present.every((v) => typeof v === 'number') && new Set(present).size > 1;
}

/**
 * The scatter's starting axes: y the most useful shared metric the runs differ on, x a
 * numeric param they differ on (else another such metric), so that the dots spread out
 * instead of sitting on one another as they do on a field every run shares.
 */
export function defaultScatterAxes(runs: readonly RunDetails[]): { x: FieldId; y: FieldId } {
  const metrics = sharedMetrics(runs);
  const spreading = metrics.filter((key) => spreads(runs, { entity: 'metrics', key }));
  const y = spreading[0] ?? metrics[0] ?? 'val_accuracy';
  const params = varyingParams(runs).filter((key) => spreads(runs, { entity: 'params', key }));
  const [param] = params;
  if (param !== undefined) return { x: `params.${param}`, y: `metrics.${y}` };
  const other = spreading.find((key) => key !== y) ?? metrics.find((key) => key !== y) ?? y;
  return { x: `metrics.${other}`, y: `metrics.${y}` };
}
