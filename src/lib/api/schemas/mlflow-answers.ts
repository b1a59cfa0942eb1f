// MLflow's REST API answers: runs, experiments, registered models and model versions as its
// server gives them, with tags as [{key, value}] lists and times in milliseconds; and its errors.
import { z } from '../zod';
import { RUN_STATUSES } from './mlflow';

const tagsOut = z.array(z.object({ key: z.string(), value: z.string() }));

export const mlflowExperiment = z
  .object({
    experiment_id: z.string(),
    name: z.string(),
    artifact_location: z.string(),
    lifecycle_stage: z.enum(['active', 'deleted']),
    last_update_time: z.int(),
    creation_time: z.int(),
    tags: tagsOut,
  })
  .meta({ title: 'MlflowExperiment' });

export const mlflowRunInfo = z
  .object({
    run_id: z.string(),
    run_uuid: z.string(),
    run_name: z.string(),
    experiment_id: z.string(),
    user_id: z.string(),
    status: z.enum(RUN_STATUSES),
    start_time: z.int(),
    end_time: z.int().optional().describe('Absent while the run is running.'),
    artifact_uri: z.string(),
    lifecycle_stage: z.enum(['active', 'deleted']),
  })
  .meta({ title: 'MlflowRunInfo' });

export const mlflowRun = z
  .object({
    info: mlflowRunInfo,
    data: z.object({
      metrics: z.array(
        z.object({ key: z.string(), value: z.number(), timestamp: z.int(), step: z.int() }),
      ),
      params: tagsOut,
      tags: tagsOut,
    }),
    inputs: z.object({
      dataset_inputs: z.array(
        z.object({
          tags: tagsOut,
          dataset: z.object({
            name: z.string(),
            digest: z.string(),
            source_type: z.string(),
            source: z.string(),
          }),
        }),
      ),
    }),
  })
  .meta({ title: 'MlflowRun' });

export const mlflowModelVersion = z
  .object({
    name: z.string(),
    version: z.string(),
    creation_timestamp: z.int(),
    last_updated_timestamp: z.int(),
    current_stage: z.string(),
    description: z.string(),
    source: z.string(),
    run_id: z.string(),
    status: z.literal('READY'),
    tags: tagsOut,
    aliases: z.array(z.string()),
  })
  .meta({ title: 'MlflowModelVersion' });

export const mlflowRegisteredModel = z
  .object({
    name: z.string(),
    creation_timestamp: z.int(),
    last_updated_timestamp: z.int(),
    description: z.string(),
    latest_versions: z.array(mlflowModelVersion),
    aliases: z.array(z.object({ alias: z.string(), version: z.string() })),
    tags: tagsOut,
  })
  .meta({ title: 'MlflowRegisteredModel' });

export const mlflowErrorBody = z.object({ error_code: z.string(), message: z.string() }).meta({
  title: 'MlflowError',
  examples: [
    {
      error_code: 'RESOURCE_DOES_NOT_EXIST',
      message: "Run '0123456789abcdef0123456789abcdef' not found",
    },
  ],
});
