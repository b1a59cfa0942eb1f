// What every route of MLflow's REST API shares: its path prefix, its tag in the docs, MLflow's
// error answers, and the run lookups its handlers start from.
import { NotFoundError } from '../../db/errors';
import { runMetricHistories } from '../../db/metric-history';
import { getRunDetails, type RunDetails } from '../../db/run-queries';
import { mlflowRunOf } from '../mlflow-shape';
import { defineRoute, type Route } from '../route';

export const MLFLOW_PREFIX = '/api/2.0/mlflow';

type MlflowRouteSpec<P, Q, B> = Omit<Parameters<typeof defineRoute<P, Q, B>>[0], 'path' | 'tag'> & {
  /** Below /api/2.0/mlflow/, e.g. `runs/get`. */
  readonly endpoint: string;
};

export function mlflowRoute<P = Record<string, never>, Q = Record<string, never>, B = undefined>(
  spec: MlflowRouteSpec<P, Q, B>,
): Route {
  const { endpoint, ...route } = spec;
  return defineRoute<P, Q, B>({
    ...route,
    path: `${MLFLOW_PREFIX}/${endpoint}`,
    tag: 'mlflow',
    errorStyle: 'mlflow',
  });
}

export const RUN_NOT_FOUND = {
  status: 404,
  description: 'RESOURCE_DOES_NOT_EXIST: no run has this id.',
};

export async function requireRun(runId: string): Promise<RunDetails> {
  const details = await getRunDetails(runId);
  if (!details) throw new NotFoundError(`Run with id=${runId} not found`);
  return details;
}

/** A run in MLflow's shape, with each metric's latest timestamp and step. */
export async function mlflowRunById(runId: string) {
  const details = await requireRun(runId);
  const histories = await runMetricHistories(runId);
  // Histories run by step, then time: the last point is the one MLflow calls latest.
  const latest = new Map(
    Object.entries(histories).flatMap(([key, points]) => {
      const last = points.at(-1);
      return last ? [[key, last] as const] : [];
    }),
  );
  return mlflowRunOf(details, latest);
}
