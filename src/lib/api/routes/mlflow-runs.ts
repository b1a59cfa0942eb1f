// MLflow's run endpoints: create, get, update, delete, and the log calls (log-parameter,
// log-metric, set-tag, log-batch), on the same runs as /api/runs and the Runs page.
import { z } from '../zod';
import { getExperiment } from '../../db/experiments';
import { createRun, deleteRun, logBatch, updateRun } from '../../db/run-writes';
import { invalidParameter } from '../mlflow-errors';
import { mlflowRunInfoOf, USER_TAG } from '../mlflow-shape';
import { json } from '../route';
import {
  createRunBody,
  deleteRunBody,
  logBatchBody,
  logMetricBody,
  logParamBody,
  runIdOf,
  runQuery,
  setTagBody,
  updateRunBody,
} from '../schemas/mlflow';
import { mlflowRun, mlflowRunInfo } from '../schemas/mlflow-answers';
import { mlflowRoute, mlflowRunById, requireRun, RUN_NOT_FOUND } from './mlflow-route';

const runAnswer = z.object({ run: mlflowRun });
const logged = { status: 200, description: 'Logged: an empty object.', schema: z.object({}) };
const WRITE_ERRORS = [
  RUN_NOT_FOUND,
  {
    status: 400,
    description: 'INVALID_PARAMETER_VALUE: a param would change, or the run is deleted.',
  },
];

const asRecord = (pairs: readonly { key: string; value: string }[] = []) =>
  Object.fromEntries(pairs.map((p) => [p.key, p.value]));

/** One log call: a batch of one, so that it keeps log-batch's rules (a param never changes). */
const logOne = (runId: string, batch: Partial<Parameters<typeof logBatch>[1]>) =>
  logBatch(runId, { params: [], metrics: [], tags: [], ...batch });

export const mlflowRunRoutes = [
  mlflowRoute<Record<string, never>, Record<string, never>, z.infer<typeof createRunBody>>({
    method: 'POST',
    endpoint: 'runs/create',
    summary: 'Create a run',
    description:
      'mlflow.start_run(): a RUNNING run to log into. `user_id` is kept as the tag mlflow.user, a tag ' +
      'mlflow.runName names the run when run_name is left out.',
    auth: true,
    body: createRunBody,
    response: { status: 200, description: 'The new run.', schema: runAnswer },
    errors: [{ status: 404, description: 'RESOURCE_DOES_NOT_EXIST: no experiment has this id.' }],
    handle: async ({ body }) => {
      await getExperiment(body.experiment_id);
      const tags = asRecord(body.tags);
      if (body.user_id !== undefined) tags[USER_TAG] ??= body.user_id;
      const created = await createRun(
        {
          experiment_id: body.experiment_id,
          run_name: body.run_name ?? tags['mlflow.runName'],
          params: {},
          tags,
          inputs: [],
        },
        body.start_time,
      );
      return json({ run: await mlflowRunById(created.run_id) });
    },
  }),

  mlflowRoute<Record<string, never>, z.infer<typeof runQuery>>({
    method: 'GET',
    endpoint: 'runs/get',
    summary: 'Get a run',
    description:
      'mlflow.get_run(run_id): its info, data (metrics with their latest value, timestamp and step; params; ' +
      'tags) and inputs. `run_uuid` is the legacy name of `run_id`.',
    auth: false,
    query: runQuery,
    response: { status: 200, description: 'The run.', schema: runAnswer },
    errors: [RUN_NOT_FOUND],
    handle: async ({ query }) => json({ run: await mlflowRunById(runIdOf(query)) }),
  }),

  mlflowRoute<Record<string, never>, Record<string, never>, z.infer<typeof updateRunBody>>({
    method: 'POST',
    endpoint: 'runs/update',
    summary: 'End or rename a run',
    description:
      'mlflow.end_run(status=…): FINISHED, FAILED or KILLED ends the run (end_time, now if left out). ' +
      'RUNNING keeps a running run as it is; a run that ended cannot run again here.',
    auth: true,
    body: updateRunBody,
    response: {
      status: 200,
      description: 'The run’s info.',
      schema: z.object({ run_info: mlflowRunInfo }),
    },
    errors: WRITE_ERRORS,
    handle: async ({ body }) => {
      const runId = runIdOf(body);
      const before = await requireRun(runId);
      const { status } = body;
      const ends = status === 'FINISHED' || status === 'FAILED' || status === 'KILLED';
      if (status !== undefined && !ends && before.info.status !== 'RUNNING') {
        throw invalidParameter(
          `Run '${runId}' is ${before.info.status}: this server ends runs but does not restart them`,
        );
      }
      await updateRun(
        runId,
        { run_name: body.run_name, ...(ends ? { status } : {}) },
        body.end_time ?? Date.now(),
      );
      return json({ run_info: mlflowRunInfoOf(await requireRun(runId)) });
    },
  }),

  mlflowRoute<Record<string, never>, Record<string, never>, z.infer<typeof deleteRunBody>>({
    method: 'POST',
    endpoint: 'runs/delete',
    summary: 'Delete a run (soft)',
    description: 'mlflow.delete_run(run_id): its lifecycle_stage becomes deleted.',
    auth: true,
    body: deleteRunBody,
    response: logged,
    errors: [RUN_NOT_FOUND],
    handle: async ({ body }) => {
      await deleteRun(body.run_id);
      return json({});
    },
  }),

  mlflowRoute<Record<string, never>, Record<string, never>, z.infer<typeof logParamBody>>({
    method: 'POST',
    endpoint: 'runs/log-parameter',
    summary: 'Log a param',
    description:
      'mlflow.log_param(key, value). A param never changes: the same value again is fine, another is INVALID_PARAMETER_VALUE.',
    auth: true,
    body: logParamBody,
    response: logged,
    errors: WRITE_ERRORS,
    handle: async ({ body }) => {
      await logOne(runIdOf(body), { params: [{ key: body.key, value: body.value }] });
      return json({});
    },
  }),

  mlflowRoute<Record<string, never>, Record<string, never>, z.infer<typeof logMetricBody>>({
    method: 'POST',
    endpoint: 'runs/log-metric',
    summary: 'Log a metric',
    description: 'mlflow.log_metric(key, value, step): one point of the metric’s history.',
    auth: true,
    body: logMetricBody,
    response: logged,
    errors: WRITE_ERRORS,
    handle: async ({ body }) => {
      const { key, value, timestamp, step } = body;
      await logOne(runIdOf(body), { metrics: [{ key, value, timestamp, step }] });
      return json({});
    },
  }),

  mlflowRoute<Record<string, never>, Record<string, never>, z.infer<typeof setTagBody>>({
    method: 'POST',
    endpoint: 'runs/set-tag',
    summary: 'Set a tag',
    description: 'mlflow.set_tag(key, value): tags, unlike params, may change.',
    auth: true,
    body: setTagBody,
    response: logged,
    errors: WRITE_ERRORS,
    handle: async ({ body }) => {
      await logOne(runIdOf(body), { tags: [{ key: body.key, value: body.value }] });
      return json({});
    },
  }),

  mlflowRoute<Record<string, never>, Record<string, never>, z.infer<typeof logBatchBody>>({
    method: 'POST',
    endpoint: 'runs/log-batch',
    summary: 'Log metrics, params and tags at once',
    description:
      'What mlflow.log_metrics, log_params and set_tags send: up to 1,000 metrics, 100 params and 100 tags ' +
      '(1,000 in all) per call, all or nothing.',
    auth: true,
    body: logBatchBody,
    response: logged,
    errors: WRITE_ERRORS,
    handle: async ({ body }) => {
      await logBatch(body.run_id, body);
      return json({});
    },
  }),
];
