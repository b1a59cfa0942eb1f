// Request and response shapes of the Validation API (shared/API.md).
import { z } from 'zod';
import { EVALUATION_METHODS } from '../../ml/evaluation';
import { ALIAS_PATTERN, modelName } from './common';

export const evaluationBody = z
  .strictObject({
    model: modelName,
    version: z
      .int()
      .min(1)
      .optional()
      .describe('A version number (default: champion, else latest).'),
    alias: z.string().regex(ALIAS_PATTERN).optional().describe('An alias such as champion.'),
    method: z.enum(EVALUATION_METHODS),
    test_size: z.number().min(0.1).max(0.5).optional().describe("Default: the version's own."),
    k: z.int().min(2).max(20).optional().describe('Folds for kfold (default 5).'),
    n_resamples: z
      .int()
      .min(100)
      .max(10_000)
      .optional()
      .describe('Bootstrap resamples (default 1000).'),
    confidence: z
      .number()
      .min(0.5)
      .max(0.999)
      .optional()
      .describe('Interval level (default 0.95).'),
    stratified: z
      .literal(true)
      .optional()
      .describe('Splits and folds are always stratified by species.'),
    seed: z
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .optional()
      .describe("Default: the version's own seed."),
  })
  .refine((b) => b.version === undefined || b.alias === undefined, {
    message: 'give version or alias, not both',
    path: ['alias'],
  })
  .meta({
    title: 'CreateEvaluation',
    examples: [{ model: 'iris', alias: 'champion', method: 'kfold', k: 5, seed: 0 }],
  });

const summary = z.object({
  mean: z.number().nullable(),
  std: z.number().nullable(),
  ci: z.tuple([z.number().nullable(), z.number().nullable()]),
  values: z.array(z.number().nullable()).describe('Per fold, or per resample.'),
});

export const evaluation = z
  .object({
    id: z.string().describe('The run that records it (folds are its child runs).'),
    model: z.string(),
    version: z.int(),
    method: z.enum(EVALUATION_METHODS),
    options: z.object({
      test_size: z.number(),
      k: z.int(),
      n_resamples: z.int(),
      confidence: z.number(),
      seed: z.int(),
    }),
    metrics: z.record(z.string(), summary),
    confusion_matrix: z.array(z.array(z.number())),
    confusion_matrix_normalized: z.array(z.array(z.number())),
    fold_run_ids: z.array(z.string()),
    predictions: z
      .array(z.object({ row: z.int(), truth: z.int(), predicted: z.int() }))
      .describe('Each test row (its index in the data set), with its true and predicted class.'),
  })
  .meta({ title: 'Evaluation' });

export const evaluationParams = z.strictObject({
  id: z
    .string()
    .regex(/^[0-9a-f]{32}$/)
    .describe('The evaluation id (its run id).'),
});
