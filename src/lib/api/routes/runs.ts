// Runs: the Training API (start training in the background, 202) and empty runs for the
// user's own code to log into (201), and reading a run in MLflow's shape.
import type { z } from 'zod';
import { getExperiment } from '../../db/experiments';
import { createRun, deleteRun, logBatch, updateRun } from '../../db/run-writes';
import { metricHistory } from '../../db/metric-history';
import { DEFAULT_CONFIG, type TrainConfig } from '../../ml/hyperparameters';
import { defineRoute, json, noContent } from '../route';
import { runById } from '../run-shape';
import {
  createRunBody,
  logBatchBody,
  metricHistory as metricHistorySchema,
  metricParams,
  run,
  runParams,
  updateRunBody,
} from '../schemas/runs';

const RUN_NOT_FOUND = { status: 404, description: 'No run has this id.' };

export const runRoutes = [
  defineRoute<Record<string, never>, Record<string, never>, z.infer<typeof createRunBody>>({
    method: 'POST',
    path: '/api/runs',
    summary: 'Start a training run, or create an empty run',
    description:
      'With `model`, training starts in the background: 202 with the run and a `Location` to poll until its ' +
      'status is FINISHED (the model is then registered as the next version of `iris`). Without `model`, an ' +
      'empty RUNNING run for your own code to log into: 201.',
    tag: 'tracking',
    auth: true,
    body: createRunBody,
    response: { status: 202, description: 'Training started (or 201: an empty run).', schema: run },
    errors: [{ status: 404, description: 'No experiment has this id.' }],
    handle: async ({ body, base, services }) => {
      await getExperiment(body.experiment_id);
      const target = { experiment_id: body.experiment_id, run_name: body.run_name };
      if (body.model === undefined) {
        const created = await createRun({
          ...target,
          params: {},
          tags: { source: 'api' },
          inputs: [],
        });
        return json(await runById(created.run_id), 201, {
          Location: `${base}api/runs/${created.run_id}`,
        });
      }
      const config: TrainConfig = {
        ...DEFAULT_CONFIG,
        ...(body.params as Partial<TrainConfig> | undefined),
        model: body.model,
        seed: body.seed ?? DEFAULT_CONFIG.seed,
      };
      const started = await services.startTraining(config, target);
      return json(await runById(started.run_id), 202, {
        Location: `${base}api/runs/${started.run_id}`,
      });
    },
  }),

  defineRoute<z.infer<typeof runParams>>({
    method: 'GET',
    path: '/api/runs/{run_id}',
    summary: 'Get a run',
    description:
      'Its info (status, times), params, latest metrics, tags and dataset inputs, as MLflow shows a run.',
    tag: 'tracking',
    auth: false,
    params: runParams,
    response: { status: 200, description: 'The run.', schema: run },
    errors: [RUN_NOT_FOUND],
    handle: async ({ params }) => json(await runById(params.run_id)),
  }),

  defineRoute<z.infer<typeof runParams>, Record<string, never>, z.infer<typeof logBatchBody>>({
    method: 'POST',
    path: '/api/runs/{run_id}/log-batch',
    summary: 'Log params, metrics and tags to a run',
    description:
      'As MLflow’s log_batch: up to 1,000 metrics and 100 params + tags per call, all or nothing. A param never ' +
      'changes once logged: the same value again is fine, another value is a 409.',
    tag: 'tracking',
    auth: true,
    params: runParams,
    body: logBatchBody,
    response: { status: 200, description: 'Logged.' },
    errors: [
      RUN_NOT_FOUND,
      { status: 409, description: 'A param would change, or the run is deleted.' },
    ],
    handle: async ({ params, body }) => {
      await logBatch(params.run_id, body);
      return json({});
    },
  }),

  defineRoute<z.infer<typeof runParams>, Record<string, never>, z.infer<typeof updateRunBody>>({
    method: 'PATCH',
    path: '/api/runs/{run_id}',
    summary: 'Rename a run, set tags, or end it',
    description: 'A `status` of FINISHED, FAILED or KILLED ends the run and sets its end_time.',
    tag: 'tracking',
    auth: true,
    params: runParams,
    body: updateRunBody,
    response: { status: 200, description: 'The updated run.', schema: run },
    errors: [RUN_NOT_FOUND, { status: 409, description: 'The run is deleted.' }],
    handle: async ({ params, body }) => {
      await updateRun(params.run_id, body);
      return json(await runById(params.run_id));
    },
  }),

  defineRoute<z.infer<typeof runParams>>({
    method: 'DELETE',
    path: '/api/runs/{run_id}',
    summary: 'Delete a run (soft)',
    description: 'Its lifecycle_stage becomes `deleted`; what it logged stays readable.',
    tag: 'tracking',
    auth: true,
    params: runParams,
    response: { status: 204, description: 'Deleted.' },
    errors: [RUN_NOT_FOUND],
    handle: async ({ params }) => {
      await deleteRun(params.run_id);
      return noContent();
    },
  }),

  defineRoute<z.infer<typeof metricParams>>({
    method: 'GET',
    path: '/api/runs/{run_id}/metrics/{key}',
    summary: 'Get the history of one metric',
    tag: 'tracking',
    auth: false,
    params: metricParams,
    response: {
      status: 200,
      description: 'Every logged point, by step.',
      schema: metricHistorySchema,
    },
    errors: [RUN_NOT_FOUND],
    handle: async ({ params }) => {
      await runById(params.run_id);
      const points = await metricHistory(params.run_id, params.key);
      return json({
        metrics: points.map(({ key, value, step, timestamp }) => ({ key, value, step, timestamp })),
      });
    },
  }),
];
