// A run as the API answers it: MLflow's {info, data, inputs} shape.
import type { z } from 'zod';
import { NotFoundError } from '../db/errors';
import { getRunDetails, type RunDetails } from '../db/run-queries';
import { artifactUri } from '../search/run-query';
import type { run } from './schemas/runs';

export type RunBody = z.infer<typeof run>;

export function mlflowRun(details: RunDetails): RunBody {
  const { run_id, run_name, experiment_id, status, start_time, end_time, lifecycle_stage } =
    details.info;
  return {
    info: {
      run_id,
      run_name,
      experiment_id,
      status,
      start_time,
      end_time,
      lifecycle_stage,
      artifact_uri: artifactUri(experiment_id, run_id),
    },
    data: { params: details.params, metrics: details.metrics, tags: details.tags },
    inputs: { datasets: details.inputs },
  };
}

export async function runById(runId: string): Promise<RunBody> {
  const details = await getRunDetails(runId);
  if (!details) throw new NotFoundError(`Run '${runId}' not found`);
  return mlflowRun(details);
}
