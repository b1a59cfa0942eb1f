// A whole run query (filter + order) over runs in MLflow's shape: compile once, then apply
// to any list. The API's run search and the Runs table share it.
import type { Expression } from './ast';
import { matches, type SearchableRun } from './evaluate';
import { checkExpression, type Extension } from './mlflow-rules';
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

/**
 * Where a run's artifacts live, as MLflow's tracking server names them when it serves the
 * artifacts itself (`mlflow-artifacts:/<experiment>/<run>/artifacts`); GET
 * /api/runs/{run_id}/artifacts lists them. The same on every host and base path.
 */
export function artifactUri(experimentId: string, runId: string): string {
  return `mlflow-artifacts:/${experimentId}/${runId}/artifacts`;
}

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
      artifact_uri: artifactUri(info.experiment_id, info.run_id),
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
  /** What the filter uses that MLflow would refuse (empty: MLflow would run it as it is). */
  readonly extensions?: readonly Extension[];
}

/**
 * Parses and checks a filter and order_by clauses; throws SearchSyntaxError, or
 * SearchValueError for what neither MLflow nor a documented extension allows.
 */
export function compileQuery(
  filter: string,
  orderBy: readonly string[] = [],
): Required<CompiledQuery> {
  const expression = parseFilter(filter);
  return {
    filter: expression,
    order: [...parseOrderBy(orderBy), ...DEFAULT_ORDER],
    extensions: expression ? checkExpression(expression) : [],
  };
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
