// MLflow's run reads beyond runs/get: runs/search (the same search as POST /api/runs/search),
// a metric's history, and a run's artifacts listed one folder at a time.
import { z } from '../zod';
import { metricHistory } from '../../db/metric-history';
import { listArtifacts, listRunDetails } from '../../db/run-queries';
import { applyQuery, artifactUri, compileQuery, searchable } from '../../search/run-query';
import { mlflowRunOf } from '../mlflow-shape';
import { json } from '../route';
import { artifactsQuery, metricHistoryQuery, runIdOf, searchRunsBody } from '../schemas/mlflow';
import { mlflowRun } from '../schemas/mlflow-answers';
import { mlflowRoute, requireRun, RUN_NOT_FOUND } from './mlflow-route';
import { pageOf } from './mlflow-search-helpers';

const point = z.object({ key: z.string(), value: z.number(), timestamp: z.int(), step: z.int() });

export const mlflowRunReadRoutes = [
  mlflowRoute<Record<string, never>, Record<string, never>, z.infer<typeof searchRunsBody>>({
    method: 'POST',
    endpoint: 'runs/search',
    summary: 'Search runs',
    description:
      "mlflow.search_runs(filter_string=…): MLflow's search language (e.g. `metrics.val_accuracy > 0.9 AND " +
      "params.model = 'mlp'`), order_by, pages. The same search as POST /api/runs/search, with its OR and " +
      'parentheses. No token needed.',
    auth: false,
    body: searchRunsBody,
    response: {
      status: 200,
      description: 'A page of matching runs.',
      schema: z.object({ runs: z.array(mlflowRun), next_page_token: z.string().optional() }),
    },
    handle: async ({ body }) => {
      const query = compileQuery(body.filter ?? '', body.order_by ?? []);
      const experiments = body.experiment_ids ? new Set(body.experiment_ids) : null;
      const view = body.run_view_type;
      const candidates = await listRunDetails(
        (run) =>
          (experiments === null || experiments.has(run.experiment_id)) &&
          (view === 'ALL' || (view === 'ACTIVE_ONLY') === (run.lifecycle_stage === 'active')),
      );
      const found = applyQuery(candidates.map(searchable), query);
      const { items, next_page_token } = pageOf(found, body.page_token, body.max_results);
      return json({
        runs: items.map((hit) => mlflowRunOf(hit.run)),
        ...(next_page_token ? { next_page_token } : {}),
      });
    },
  }),

  mlflowRoute<Record<string, never>, z.infer<typeof metricHistoryQuery>>({
    method: 'GET',
    endpoint: 'metrics/get-history',
    summary: 'Get the history of a metric',
    description: 'MlflowClient().get_metric_history(run_id, key): every logged point, by step.',
    auth: false,
    query: metricHistoryQuery,
    response: {
      status: 200,
      description: 'The points.',
      schema: z.object({ metrics: z.array(point), next_page_token: z.string().optional() }),
    },
    errors: [RUN_NOT_FOUND],
    handle: async ({ query }) => {
      const runId = runIdOf(query);
      await requireRun(runId);
      const points = await metricHistory(runId, query.metric_key);
      const page = pageOf(points, query.page_token, query.max_results ?? 25_000);
      return json({
        metrics: page.items.map(({ key, value, timestamp, step }) => ({
          key,
          value,
          timestamp,
          step,
        })),
        ...(page.next_page_token ? { next_page_token: page.next_page_token } : {}),
      });
    },
  }),

  mlflowRoute<Record<string, never>, z.infer<typeof artifactsQuery>>({
    method: 'GET',
    endpoint: 'artifacts/list',
    summary: "List a run's artifacts",
    description:
      'MlflowClient().list_artifacts(run_id, path): the files and folders directly in `path` (the run’s root ' +
      'if left out), e.g. the folder `model` and the image `confusion_matrix.svg`.',
    auth: false,
    query: artifactsQuery,
    response: {
      status: 200,
      description: 'The folder’s entries.',
      schema: z.object({
        root_uri: z.string(),
        files: z.array(
          z.object({ path: z.string(), is_dir: z.boolean(), file_size: z.int().optional() }),
        ),
      }),
    },
    errors: [RUN_NOT_FOUND],
    handle: async ({ query }) => {
      const runId = runIdOf(query);
      const run = await requireRun(runId);
      const folder = (query.path ?? '').replace(/^\/+|\/+$/g, '');
      const prefix = folder === '' ? '' : `${folder}/`;
      const entries = new Map<string, { path: string; is_dir: boolean; file_size?: number }>();
      for (const file of await listArtifacts(runId)) {
        if (!file.path.startsWith(prefix)) continue;
        const [head = '', ...rest] = file.path.slice(prefix.length).split('/');
        const path = `${prefix}${head}`;
        entries.set(
          path,
          rest.length > 0 ? { path, is_dir: true } : { path, is_dir: false, file_size: file.size },
        );
      }
      return json({
        root_uri: artifactUri(run.info.experiment_id, runId),
        files: [...entries.values()],
      });
    },
  }),
];
