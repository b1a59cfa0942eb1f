// The MLflow Python calls a page can teach, each beside the REST request it makes
// (`mlflow.log_param("alpha", "0.5")` → POST /api/2.0/mlflow/runs/log-parameter), and the
// console link that sends it.
import { consoleQuery, type Method } from './console-draft';

export interface MlflowCall {
  /** The Python a learner would write, e.g. `mlflow.get_run("…")`. */
  python: string;
  method: Method;
  /** Below the app's base, e.g. `/api/2.0/mlflow/runs/get`. */
  path: string;
  /** The query a GET sends, without `?`. */
  query?: string;
  body?: unknown;
  /** The console's link query that opens this request set up. */
  link: string;
}

const MLFLOW = '/api/2.0/mlflow';

/** A Python string literal (JSON's escapes are Python's for these). */
const py = (text: string) => JSON.stringify(text);

function call(spec: Omit<MlflowCall, 'link'>): MlflowCall {
  const request = {
    ...(spec.body !== undefined ? { body: spec.body } : {}),
    ...(spec.query !== undefined ? { query: spec.query } : {}),
  };
  return { ...spec, link: consoleQuery(spec.method, spec.path, request) };
}

interface RunLike {
  info: { run_id: string };
  params: Readonly<Record<string, string>>;
  metrics: Readonly<Record<string, number>>;
}

/** What MLflow's client sends to read this run, log to it and read a metric's history. */
export function runCalls(run: RunLike): MlflowCall[] {
  const runId = run.info.run_id;
  const [paramKey, paramValue] = Object.entries(run.params).sort(([a], [b]) =>
    a.localeCompare(b),
  )[0] ?? ['alpha', '0.5'];
  const metricKey = Object.keys(run.metrics).sort()[0];
  const calls = [
    call({
      python: `mlflow.get_run(${py(runId)})`,
      method: 'GET',
      path: `${MLFLOW}/runs/get`,
      query: new URLSearchParams({ run_id: runId }).toString(),
    }),
    call({
      python: `mlflow.log_param(${py(paramKey)}, ${py(paramValue)})`,
      method: 'POST',
      path: `${MLFLOW}/runs/log-parameter`,
      body: { run_id: runId, key: paramKey, value: paramValue },
    }),
  ];
  if (metricKey !== undefined) {
    calls.push(
      call({
        python: `MlflowClient().get_metric_history(${py(runId)}, ${py(metricKey)})`,
        method: 'GET',
        path: `${MLFLOW}/metrics/get-history`,
        query: new URLSearchParams({ run_id: runId, metric_key: metricKey }).toString(),
      }),
    );
  }
  return calls;
}

/** What mlflow.search_runs sends for the Runs page's experiments and filter. */
export function searchCall(experimentIds: readonly string[], filter: string): MlflowCall {
  const ids = experimentIds.length > 0 ? [...experimentIds] : ['0'];
  const args = [`experiment_ids=[${ids.map(py).join(', ')}]`];
  if (filter.trim() !== '') args.push(`filter_string=${py(filter.trim())}`);
  return call({
    python: `mlflow.search_runs(${args.join(', ')})`,
    method: 'POST',
    path: `${MLFLOW}/runs/search`,
    body: {
      experiment_ids: ids,
      ...(filter.trim() !== '' ? { filter: filter.trim() } : {}),
      max_results: 100,
    },
  });
}
