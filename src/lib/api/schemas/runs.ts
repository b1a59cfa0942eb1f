// Request and response shapes of runs (MLflow's run shape) and of the Training API.
import { z } from 'zod';
import {
  MODEL_KINDS,
  NUMERIC_FIELDS,
  NUMERIC_SPECS,
  type NumericField,
} from '../../ml/hyperparameters';

/** A hyperparameter as the Train form checks it: its range, and whole numbers where it must. */
function hyperparameter(field: NumericField) {
  const spec = NUMERIC_SPECS[field];
  const base = spec.integer ? z.int() : z.number();
  return base.min(spec.min).max(spec.max);
}

const trainingParams = z
  .strictObject(
    Object.fromEntries(
      NUMERIC_FIELDS.filter((f) => f !== 'seed').map((f) => [f, hyperparameter(f).optional()]),
    ) as Record<Exclude<NumericField, 'seed'>, z.ZodOptional<z.ZodNumber>>,
  )
  .describe("The model's hyperparameters; the Train page's defaults fill the rest.");

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
    seed: hyperparameter('seed').optional(),
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
