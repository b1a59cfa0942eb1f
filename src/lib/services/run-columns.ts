// The Runs table's columns: which exist for a set of runs, what each cell holds, and how
// a column becomes an order_by clause.
import type { RunDetails } from '../db/run-queries';
import type { Searchable } from '../search/run-query';

export type ColumnEntity = 'attributes' | 'params' | 'metrics' | 'tags';
export interface Column {
  readonly id: string;
  readonly entity: ColumnEntity;
  readonly key: string;
}

export const column = (entity: ColumnEntity, key: string): Column => ({
  id: `${entity}.${key}`,
  entity,
  key,
});

export const ATTRIBUTE_COLUMNS: readonly Column[] = [
  'run_name',
  'status',
  'start_time',
  'end_time',
  'experiment_id',
].map((key) => column('attributes', key));

export const DEFAULT_COLUMNS = [
  'attributes.run_name',
  'attributes.status',
  'attributes.start_time',
  'params.model',
  'metrics.val_accuracy',
  'metrics.val_f1_macro',
  'metrics.val_log_loss',
];

export type RunRow = Searchable<RunDetails>;

/** A cell's value: what search compares and sorts. */
export function cellValue(row: RunRow, col: Column): string | number | null | undefined {
  if (col.entity === 'attributes') return row.attributes[col.key];
  return row[col.entity][col.key];
}

/** The order_by clause of a column, its key quoted so that any key parses. */
export function orderClause(col: Column, descending: boolean): string {
  return `${col.entity}.\`${col.key}\` ${descending ? 'DESC' : 'ASC'}`;
}

/** Every column the runs could show: attributes, then each param, metric and tag key. */
export function columnsOf(runs: readonly RunRow[]): Column[] {
  const keys = { params: new Set<string>(), metrics: new Set<string>(), tags: new Set<string>() };
  for (const run of runs) {
    for (const entity of ['params', 'metrics', 'tags'] as const) {
      for (const key of Object.keys(run[entity])) keys[entity].add(key);
    }
  }
  return [
    ...ATTRIBUTE_COLUMNS,
    ...(['params', 'metrics', 'tags'] as const).flatMap((entity) =>
      [...keys[entity]].sort().map((key) => column(entity, key)),
    ),
  ];
}
