// A whole run query (filter + order) over runs in MLflow's shape: compile once, then apply
// to any list. The API's run search and the Runs table share it.
import type { Expression } from './ast';
import { checkExpression, matches, type SearchableRun } from './evaluate';
import { parseOrderBy, sortRuns, type OrderKey } from './order';
import { parseFilter } from './parser';

/** The parts of a run that search reads (the db's RunDetails has this shape). */
export interface RunLike {
  readonly info: {
    readonly run_id: string;
    readonly run_name: string;
    readonly status: string;
    readonly experiment_id: string;
    readonly start_time: number;
    readonly end_time: number | null;
    readonly lifecycle_stage: string;
  };
  readonly params: Readonly<Record<string, string>>;
  readonly metrics: Readonly<Record<string, number>>;
  readonly tags: Readonly<Record<string, string>>;
  readonly inputs: SearchableRun['datasets'];
}

export type Searchable<T> = SearchableRun & { readonly run: T };

/** After the caller's keys: newest first, then run id, so that every order is complete. */
export const DEFAULT_ORDER: readonly OrderKey[] = [
  { field: { entity: 'attributes', key: 'start_time' }, descending: true },
  { field: { entity: 'attributes', key: 'run_id' }, descending: false },
];

export function searchable<T extends RunLike>(run: T): Searchable<T> {
  const { info } = run;
  return {
    run,
    run_id: info.run_id,
    attributes: {
      run_id: info.run_id,
      run_name: info.run_name,
      status: info.status,
      experiment_id: info.experiment_id,
      start_time: info.start_time,
      end_time: info.end_time,
      lifecycle_stage: info.lifecycle_stage,
    },
    metrics: run.metrics,
    params: run.params,
    tags: run.tags,
    datasets: run.inputs,
  };
}

export interface CompiledQuery {
  readonly filter: Expression | null;
  readonly order: readonly OrderKey[];
}

/** Parses and checks a filter and order_by clauses; throws SearchSyntaxError or SearchValueError. */
export function compileQuery(filter: string, orderBy: readonly string[] = []): CompiledQuery {
  const expression = parseFilter(filter);
  if (expression) checkExpression(expression);
  return { filter: expression, order: [...parseOrderBy(orderBy), ...DEFAULT_ORDER] };
}

/**
 * The runs that match, in order; throws SearchValueError when a run's value cannot be
 * compared (a text param against a number). `numericStrings` sorts params and tags that
 * look like numbers as numbers (the table's choice; MLflow's order_by compares text).
 */
export function applyQuery<T>(
  runs: readonly Searchable<T>[],
  query: CompiledQuery,
  numericStrings = false,
): Searchable<T>[] {
  const found = query.filter ? runs.filter((run) => matches(run, query.filter)) : runs;
  return sortRuns(found, query.order, numericStrings);
}
