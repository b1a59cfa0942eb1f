// Request and response shapes of runs (MLflow's run shape) and of the Training API.
import { z } from '../zod';
import {
  CONFIG_FIELDS,
  FIELD_SPECS,
  MODEL_KINDS,
  type ConfigField,
  type FieldSpec,
  type NumericSpec,
} from '../../ml/hyperparameters';
import { EXTENSIONS } from '../../search/mlflow-rules';

/** A number as the Train form checks it: its range, and whole numbers where it must. */
function numeric(spec: NumericSpec) {
  const base = spec.integer ? z.int() : z.number();
  return base.min(spec.min).max(spec.max);
}

/** A hyperparameter as the Train form checks it. */
function hyperparameter(spec: FieldSpec) {
  switch (spec.kind) {
    case 'number':
      return numeric(spec);
    case 'choice':
      return z.enum(spec.options as [string, ...string[]]);
    case 'boolean':
      return z.boolean();
  }
}

const trainingParams = z
  .strictObject(
    Object.fromEntries(
      CONFIG_FIELDS.filter((f) => f !== 'seed').map((f) => [
        f,
        hyperparameter(FIELD_SPECS[f]).optional(),
      ]),
    ) as unknown as Record<Exclude<ConfigField, 'seed'>, z.ZodOptional<z.ZodType>>,
  )
  .describe(
    "The model's hyperparameters; the Train page's defaults fill the rest. Fields the model does not use are accepted and not logged.",
  );

export const createRunBody = z
  .strictObject({
    experiment_id: z
      .string()
      .min(1)
      .max(64)
      .describe('The experiment the run belongs to ("0" is Default).'),
    run_name: z.string().min(1).max(250).optional(),
    model: z
      .enum(MODEL_KINDS)
      .optional()
      .describe('Train this model (202), or leave out for an empty run (201).'),
    params: trainingParams.optional(),
    dataset_id: z
      .literal('iris')
      .optional()
      .describe('The data to train on: the bundled iris set.'),
    seed: numeric(FIELD_SPECS.seed as NumericSpec).optional(),
  })
  .meta({
    title: 'CreateRun',
    examples: [
      {
        experiment_id: '0',
        model: 'mlp',
        params: { learning_rate: 0.05, epochs: 100, hidden_units: 16 },
        seed: 42,
      },
    ],
  });

export const runParams = z.strictObject({
  run_id: z
    .string()
    .regex(/^[0-9a-f]{32}$/)
    .describe('32 lowercase hex characters.'),
});

export const run = z
  .object({
    info: z.object({
      run_id: z.string(),
      run_name: z.string(),
      experiment_id: z.string(),
      status: z.enum(['RUNNING', 'FINISHED', 'FAILED', 'KILLED']),
      start_time: z.int().describe('Milliseconds since the epoch.'),
      end_time: z.int().nullable(),
      lifecycle_stage: z.enum(['active', 'deleted']),
      artifact_uri: z
        .string()
        .describe(
          'Where the run’s artifacts live, as MLflow’s tracking server names them: `mlflow-artifacts:/<experiment_id>/<run_id>/artifacts`. GET /api/runs/{run_id}/artifacts lists them.',
        ),
    }),
    data: z.object({
      params: z.record(z.string(), z.string()),
      metrics: z.record(z.string(), z.number()).describe('The latest value of each metric.'),
      tags: z.record(z.string(), z.string()),
    }),
    inputs: z.object({
      datasets: z.array(z.object({ name: z.string(), digest: z.string(), context: z.string() })),
    }),
  })
  .meta({ title: 'Run' });

const key = z.string().min(1).max(250);

/** MLflow's log-batch limits: 1,000 metrics and 100 params + tags per call. */
export const logBatchBody = z
  .strictObject({
    params: z
      .array(z.strictObject({ key, value: z.string().max(6000) }))
      .max(100)
      .default([]),
    metrics: z
      .array(
        z.strictObject({
          key,
          value: z.number(),
          step: z.int().min(0).optional(),
          timestamp: z
            .int()
            .min(0)
            .optional()
            .describe('Milliseconds since the epoch; now if left out.'),
        }),
      )
      .max(1000)
      .default([]),
    tags: z
      .array(z.strictObject({ key, value: z.string().max(5000) }))
      .max(100)
      .default([]),
  })
  .refine((batch) => batch.params.length + batch.tags.length <= 100, {
    message: 'at most 100 params and tags together per call',
    path: ['params'],
  })
  .meta({
    title: 'LogBatch',
    examples: [
      {
        params: [{ key: 'alpha', value: '0.5' }],
        metrics: [{ key: 'rmse', value: 0.78, step: 0 }],
        tags: [{ key: 'owner', value: 'me' }],
      },
    ],
  });

export const updateRunBody = z
  .strictObject({
    run_name: z.string().min(1).max(250).optional(),
    tags: z.record(key, z.string().max(5000)).optional(),
    status: z.enum(['FINISHED', 'FAILED', 'KILLED']).optional().describe('End the run.'),
  })
  .meta({ title: 'UpdateRun', examples: [{ status: 'FINISHED' }] });

export const metricParams = runParams.extend({ key: key.describe('Metric name.') });

export const metricHistory = z
  .object({
    metrics: z.array(
      z.object({ key: z.string(), value: z.number(), step: z.int(), timestamp: z.int() }),
    ),
  })
  .meta({ title: 'MetricHistory' });

export const searchRunsBody = z
  .strictObject({
    experiment_ids: z
      .array(z.string().min(1).max(64))
      .max(100)
      .optional()
      .describe('All experiments if left out.'),
    filter: z
      .string()
      .max(4000)
      .optional()
      .describe(
        "MLflow's search language (metrics. params. tags. attributes. datasets.; = != > >= < <= LIKE ILIKE IN NOT IN IS NULL IS NOT NULL; AND), plus the extensions the operation lists (OR, parentheses, ...).",
      ),
    order_by: z
      .array(z.string().max(300))
      .max(10)
      .optional()
      .describe('e.g. ["metrics.accuracy DESC"]; newest first if left out.'),
    max_results: z.int().min(1).max(50_000).default(1000),
    page_token: z.string().max(200).optional().describe('next_page_token of the previous page.'),
    run_view_type: z.enum(['ACTIVE_ONLY', 'DELETED_ONLY', 'ALL']).default('ACTIVE_ONLY'),
  })
  .meta({
    title: 'SearchRuns',
    examples: [
      {
        filter: "metrics.val_accuracy > 0.9 AND params.model = 'mlp'",
        order_by: ['metrics.val_accuracy DESC'],
        max_results: 10,
      },
    ],
  });

export const searchRunsResponse = z
  .object({
    runs: z.array(run),
    next_page_token: z.string().optional(),
    extensions: z
      .array(z.enum(EXTENSIONS))
      .describe(
        'What the filter uses that MLflow would refuse; empty when MLflow would run it as it is.',
      ),
  })
  .meta({ title: 'SearchRunsResult' });
