// The four request bodies a predict endpoint accepts (shared/API.md), and the shape
// of its answers.
import { z } from '../zod';
import { CLASS_NAMES, FEATURE_NAMES } from '../../data/iris-schema';
import { ALIAS_PATTERN, integerFromText } from './common';

export const MAX_INSTANCES = 10_000;

const measurement = z.number().describe('A measurement in cm.');
const row = z.array(measurement).length(FEATURE_NAMES.length);

export const featuresBody = z
  .strictObject({ features: row.describe('The four measurements, in the order of the signature.') })
  .meta({ title: 'FeaturesBody', examples: [{ features: [5.1, 3.5, 1.4, 0.2] }] });

export const namedBody = z
  .strictObject(
    Object.fromEntries(FEATURE_NAMES.map((name) => [name, measurement])) as Record<
      (typeof FEATURE_NAMES)[number],
      typeof measurement
    >,
  )
  .meta({
    title: 'NamedFeaturesBody',
    examples: [{ sepal_length: 5.1, sepal_width: 3.5, petal_length: 1.4, petal_width: 0.2 }],
  });

export const instancesBody = z
  .strictObject({ instances: z.array(row).min(1).max(MAX_INSTANCES).describe('1 to 10,000 rows.') })
  .meta({
    title: 'InstancesBody',
    examples: [
      {
        instances: [
          [5.1, 3.5, 1.4, 0.2],
          [6.7, 3.0, 5.2, 2.3],
        ],
      },
    ],
  });

export const dataframeSplitBody = z
  .strictObject({
    dataframe_split: z
      .strictObject({
        columns: z
          .array(z.enum(FEATURE_NAMES))
          .length(FEATURE_NAMES.length)
          .refine((columns) => new Set(columns).size === columns.length, 'columns must not repeat'),
        data: z.array(z.array(measurement)).min(1).max(MAX_INSTANCES),
      })
      .refine((frame) => frame.data.every((r) => r.length === frame.columns.length), {
        message: 'every row of data must have one value per column',
        path: ['data'],
      }),
  })
  .meta({
    title: 'DataframeSplitBody',
    examples: [{ dataframe_split: { columns: [...FEATURE_NAMES], data: [[5.1, 3.5, 1.4, 0.2]] } }],
  });

export const predictBody = z.union([featuresBody, namedBody, instancesBody, dataframeSplitBody]);
export type PredictBody = z.infer<typeof predictBody>;

/** The body form a client meant, judged by its keys, for precise error messages. */
export function predictFormFor(value: unknown): z.ZodType {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return featuresBody;
  if ('instances' in value) return instancesBody;
  if ('dataframe_split' in value) return dataframeSplitBody;
  if (FEATURE_NAMES.some((name) => name in value)) return namedBody;
  return featuresBody;
}

/** Rows of measurements in signature order, and whether the client sent a batch. */
export function predictRows(body: PredictBody): { rows: number[][]; batch: boolean } {
  if ('features' in body) return { rows: [body.features], batch: false };
  if ('instances' in body) return { rows: body.instances, batch: true };
  if ('dataframe_split' in body) {
    const { columns, data } = body.dataframe_split;
    const order = FEATURE_NAMES.map((name) => columns.indexOf(name));
    return { rows: data.map((r) => order.map((j) => r[j] ?? Number.NaN)), batch: true };
  }
  return { rows: [FEATURE_NAMES.map((name) => body[name])], batch: false };
}

export const versionQuery = z
  .strictObject({
    version: integerFromText(z.int().min(1)).optional().describe('A version number.'),
    alias: z.string().regex(ALIAS_PATTERN).optional().describe('An alias such as champion.'),
  })
  .refine((q) => q.version === undefined || q.alias === undefined, {
    message: 'give version or alias, not both',
    path: ['alias'],
  });

export const prediction = z
  .object({
    prediction: z.enum(CLASS_NAMES),
    class_index: z.int(),
    score: z.number().describe('The probability of the predicted class, to 6 decimals.'),
    probabilities: z
      .record(z.string(), z.number())
      .describe("Each class's probability, to 6 decimals."),
  })
  .meta({ title: 'Prediction' });

const served = { model: z.string(), version: z.int() };

export const singlePredictionResponse = prediction.extend(served).meta({
  title: 'SinglePrediction',
  examples: [
    {
      prediction: 'setosa',
      class_index: 0,
      score: 0.97,
      probabilities: { setosa: 0.97, versicolor: 0.02, virginica: 0.01 },
      model: 'iris',
      version: 3,
    },
  ],
});

export const batchPredictionResponse = z
  .object({ predictions: z.array(prediction), ...served })
  .meta({ title: 'BatchPrediction' });
