// Request and response shapes of the Data API.
import { z } from '../zod';
import { CLASS_NAMES, FEATURE_NAMES } from '../../data/iris-schema';

const measurement = z.number().min(0).max(100).describe('A measurement in cm.');

export const irisRow = z
  .strictObject({
    ...(Object.fromEntries(FEATURE_NAMES.map((name) => [name, measurement])) as Record<
      (typeof FEATURE_NAMES)[number],
      typeof measurement
    >),
    species: z.enum(CLASS_NAMES),
  })
  .meta({ title: 'IrisRow' });
export type IrisRow = z.infer<typeof irisRow>;

export const MAX_DATASET_ROWS = 10_000;

export const datasetName = z.string().min(1).max(100).describe('A name for this version.');

export const createDatasetBody = z
  .strictObject({
    name: datasetName,
    rows: z.array(irisRow).min(1).max(MAX_DATASET_ROWS),
  })
  .meta({
    title: 'CreateDataset',
    examples: [
      {
        name: 'iris-extra',
        rows: [
          {
            sepal_length: 5.0,
            sepal_width: 3.4,
            petal_length: 1.5,
            petal_width: 0.2,
            species: 'setosa',
          },
        ],
      },
    ],
  });

export const createDatasetQuery = z.strictObject({
  name: datasetName.optional().describe('The name, for a text/csv body.'),
});

export const datasetQuery = z.strictObject({
  include: z.literal('rows').optional().describe('`rows` to include every row.'),
});

export const datasetParams = z.strictObject({
  id: z.string().min(1).max(100).describe('Data set id.'),
});

export const dataset = z
  .object({
    id: z.string(),
    name: z.string(),
    digest: z.string().describe('SHA-256 (hex) of the canonical CSV.'),
    n_rows: z.int(),
    feature_names: z.array(z.string()),
    class_names: z.array(z.string()),
    created_at: z.string(),
    rows: z.array(irisRow).optional().describe('With ?include=rows.'),
  })
  .meta({ title: 'Dataset' });
