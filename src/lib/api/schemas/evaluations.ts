// Request and response shapes of the Validation API (shared/API.md).
import { z } from '../zod';
import { EVALUATION_METHODS } from '../../ml/evaluation-contract';
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
    accuracy_wilson: z
      .object({
        correct: z.int().describe('Test rows classified correctly.'),
        rows: z.int().describe('Test rows (every fold’s for kfold).'),
        ci: z.tuple([z.number(), z.number()]),
      })
      .describe(
        'Accuracy’s Wilson score interval at `confidence` over the test rows. A bootstrap whose every resample scores 1 has the percentile interval [1, 1]; this one stays honest: 30 of 30 right gives about [0.886, 1] at 95%.',
      ),
    confusion_matrix: z.array(z.array(z.number())),
    confusion_matrix_normalized: z.array(z.array(z.number())),
    fold_run_ids: z.array(z.string()),
    predictions: z
      .array(z.object({ row: z.int(), truth: z.int(), predicted: z.int() }))
      .describe('Each test row (its index in the data set), with its true and predicted class.'),
  })
  .meta({ title: 'Evaluation' });

const evaluationId = z
  .string()
  .regex(/^[0-9a-f]{32}$/)
  .describe('The evaluation id (its run id).');

export const evaluationParams = z.strictObject({ id: evaluationId });

export const comparisonParams = z.strictObject({
  id: evaluationId.describe('Evaluation A.'),
  other: evaluationId.describe('Evaluation B: same method and seed, so the same rows.'),
});

export const comparison = z
  .object({
    a: z.string().describe('Evaluation A.'),
    b: z.string().describe('Evaluation B.'),
    method: z.enum(EVALUATION_METHODS),
    differences: z
      .record(z.string(), summary)
      .describe('Per metric: A − B on each shared fold or resample, summarized.'),
    mcnemar: z
      .object({
        only_a: z.int().describe('Rows A classified correctly and B did not.'),
        only_b: z.int().describe('Rows B classified correctly and A did not.'),
        p_value: z.number().describe("McNemar's exact two-sided p-value."),
      })
      .describe('Whether the rows the two disagree on split unevenly.'),
    likely_real: z
      .boolean()
      .describe('p_value < 0.05: a split this uneven would be rare if A and B were equally good.'),
  })
  .meta({ title: 'EvaluationComparison' });
