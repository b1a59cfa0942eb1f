// MLflow's REST API requests (/api/2.0/mlflow/): its request messages, which ignore unknown
// fields as MLflow's server does (its answers are in mlflow-answers.ts).
import { z } from '../zod';
import { integerFromText } from './common';

const keyValue = z.object({ key: z.string().min(1).max(250), value: z.string().max(8000) });
const tagList = z.array(keyValue).max(100);
const id = z.string().min(1).max(64);
const ms = z.int().min(0).describe('Milliseconds since the epoch.');

/** A field MLflow requires, named in MLflow's own words when missing. */
const MISSING = (name: string) => ({
  message: `Missing value for required parameter '${name}'. See the API docs for more information about request parameters.`,
  path: [name],
  params: { type: 'mlflow_message' },
});

/** The run a message is about: `run_id`, or the legacy `run_uuid`. */
const runRef = {
  run_id: id.optional().describe('The run.'),
  run_uuid: id.optional().describe('Legacy name of run_id.'),
};
type RunRef = { run_id?: string | undefined; run_uuid?: string | undefined };
export const runIdOf = (ref: RunRef): string => ref.run_id ?? ref.run_uuid ?? '';

function withRun<T extends z.ZodRawShape>(shape: T) {
  return z
    .object({ ...runRef, ...shape })
    .refine((value) => runIdOf(value as RunRef) !== '', MISSING('run_id'));
}

export const runQuery = withRun({});

const example = <T extends z.ZodType>(schema: T, title: string, value: unknown) =>
  schema.meta({ title, examples: [value] });

export const createExperimentBody = example(
  z.object({
    name: z.string().min(1).max(500),
    artifact_location: z
      .string()
      .max(1000)
      .optional()
      .describe('Accepted and ignored: artifacts stay in the browser.'),
    tags: tagList.optional(),
  }),
  'MlflowCreateExperiment',
  { name: 'iris-sweeps', tags: [{ key: 'team', value: 'ml' }] },
);
export const experimentIdQuery = z.object({ experiment_id: id });
export const experimentNameQuery = z.object({ experiment_name: z.string().min(1).max(500) });

const maxResults = (max: number, fallback: number) => z.int().min(1).max(max).default(fallback);
const pageToken = z.string().max(200).optional().describe('next_page_token of the previous page.');
const viewType = z.enum(['ACTIVE_ONLY', 'DELETED_ONLY', 'ALL']).default('ACTIVE_ONLY');

export const searchExperimentsBody = example(
  z.object({
    max_results: maxResults(50_000, 1000),
    page_token: pageToken,
    filter: z.string().max(4000).optional().describe("e.g. name LIKE 'iris%' or tags.team = 'ml'."),
    order_by: z.array(z.string().max(300)).max(10).optional(),
    view_type: viewType,
  }),
  'MlflowSearchExperiments',
  { filter: "name LIKE 'iris%'", max_results: 10, view_type: 'ACTIVE_ONLY' },
);

export const createRunBody = example(
  z.object({
    experiment_id: id.default('0').describe('"0" (Default) if left out.'),
    user_id: z.string().max(250).optional().describe('Kept as the tag mlflow.user.'),
    run_name: z.string().min(1).max(250).optional(),
    start_time: ms.optional(),
    tags: tagList.optional(),
  }),
  'MlflowCreateRun',
  {
    experiment_id: '0',
    run_name: 'my-run',
    start_time: 1767225600000,
    tags: [{ key: 'owner', value: 'me' }],
  },
);

export const RUN_STATUSES = ['RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED'] as const;

export const updateRunBody = example(
  withRun({
    status: z.enum(RUN_STATUSES).optional(),
    end_time: ms.optional(),
    run_name: z.string().min(1).max(250).optional(),
  }),
  'MlflowUpdateRun',
  { run_id: '0123456789abcdef0123456789abcdef', status: 'FINISHED', end_time: 1767225660000 },
);
export const deleteRunBody = example(z.object({ run_id: id }), 'MlflowDeleteRun', {
  run_id: '0123456789abcdef0123456789abcdef',
});

export const logParamBody = example(
  withRun({ key: keyValue.shape.key, value: z.string().max(6000) }),
  'MlflowLogParam',
  { run_id: '0123456789abcdef0123456789abcdef', key: 'alpha', value: '0.5' },
);
const metric = z.object({
  key: keyValue.shape.key,
  value: z.number(),
  timestamp: ms,
  step: z.int().min(0).default(0),
});
export const logMetricBody = example(withRun(metric.shape), 'MlflowLogMetric', {
  run_id: '0123456789abcdef0123456789abcdef',
  key: 'rmse',
  value: 0.78,
  timestamp: 1767225600000,
  step: 0,
});
export const setTagBody = example(
  withRun({ key: keyValue.shape.key, value: z.string().max(8000) }),
  'MlflowSetTag',
  { run_id: '0123456789abcdef0123456789abcdef', key: 'owner', value: 'me' },
);

/** MLflow's limits: 1,000 metrics, 100 params, 100 tags, 1,000 items in all per call. */
export const logBatchBody = example(
  z
    .object({
      run_id: id,
      metrics: z.array(metric).max(1000).default([]),
      params: z
        .array(z.object({ key: keyValue.shape.key, value: z.string().max(6000) }))
        .max(100)
        .default([]),
      tags: tagList.default([]),
    })
    .refine((b) => b.metrics.length + b.params.length + b.tags.length <= 1000, {
      message: 'A batch logging request can contain at most 1000 metrics, params and tags in total',
      path: ['metrics'],
      params: { type: 'mlflow_message' },
    }),
  'MlflowLogBatch',
  {
    run_id: '0123456789abcdef0123456789abcdef',
    metrics: [{ key: 'accuracy', value: 0.96, timestamp: 1767225600000, step: 0 }],
    params: [{ key: 'alpha', value: '0.5' }],
    tags: [{ key: 'owner', value: 'me' }],
  },
);

export const searchRunsBody = example(
  z.object({
    experiment_ids: z.array(id).max(100).optional().describe('All experiments if left out.'),
    filter: z.string().max(4000).optional(),
    run_view_type: viewType,
    max_results: maxResults(50_000, 1000),
    order_by: z.array(z.string().max(300)).max(10).optional(),
    page_token: pageToken,
  }),
  'MlflowSearchRuns',
  {
    experiment_ids: ['0'],
    filter: 'metrics.val_accuracy > 0.9',
    order_by: ['metrics.val_accuracy DESC'],
    max_results: 10,
  },
);

export const metricHistoryQuery = z
  .object({
    ...runRef,
    metric_key: keyValue.shape.key,
    max_results: integerFromText(z.int().min(1).max(25_000)).optional(),
    page_token: pageToken,
  })
  .refine((value: RunRef) => runIdOf(value) !== '', MISSING('run_id'));

export const artifactsQuery = z
  .object({
    ...runRef,
    path: z.string().max(1000).optional().describe('A folder of the run; its root if left out.'),
    page_token: pageToken,
  })
  .refine((value: RunRef) => runIdOf(value) !== '', MISSING('run_id'));

const modelName = z.string().min(1).max(256);
const versionText = z
  .string()
  .regex(/^[1-9]\d{0,8}$/)
  .describe('A version number, as a string (MLflow sends it so).');

export const createModelBody = example(
  z.object({
    name: modelName,
    tags: tagList.optional(),
    description: z.string().max(5000).optional(),
  }),
  'MlflowCreateRegisteredModel',
  { name: 'iris-challenger', description: 'Models trained by my notebook' },
);
export const modelNameQuery = z.object({ name: modelName });
export const searchModelsQuery = z.object({
  filter: z.string().max(4000).optional().describe("e.g. name LIKE 'iris%'."),
  max_results: integerFromText(z.int().min(1).max(1000)).default(100),
  order_by: z.string().max(300).optional(),
  page_token: pageToken,
});

export const createVersionBody = example(
  z.object({
    name: modelName,
    source: z.string().min(1).max(1000).describe('Where the model is: runs:/<run_id>/model here.'),
    run_id: id.optional().describe('The run that logged the model; read from source if left out.'),
    tags: tagList.optional(),
    run_link: z.string().max(1000).optional(),
    description: z.string().max(5000).optional(),
  }),
  'MlflowCreateModelVersion',
  {
    name: 'iris',
    source: 'runs:/0123456789abcdef0123456789abcdef/model',
    run_id: '0123456789abcdef0123456789abcdef',
  },
);
export const versionQuery = z.object({ name: modelName, version: versionText });
const aliasName = z.string().min(1).max(255);
export const setAliasBody = example(
  z.object({ name: modelName, alias: aliasName, version: versionText }),
  'MlflowSetAlias',
  { name: 'iris', alias: 'champion', version: '1' },
);
export const aliasQuery = example(z.object({ name: modelName, alias: aliasName }), 'MlflowAlias', {
  name: 'iris',
  alias: 'champion',
});
