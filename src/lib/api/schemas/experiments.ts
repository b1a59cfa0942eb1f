// Request and response shapes of experiments (MLflow's).
import { z } from '../zod';
import { tags } from './common';

export const experiment = z
  .object({
    experiment_id: z.string(),
    name: z.string(),
    lifecycle_stage: z.enum(['active', 'deleted']),
    tags: z.record(z.string(), z.string()),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ title: 'Experiment' });

const experimentName = z.string().min(1).max(256).describe('Unique among experiments.');

export const createExperimentBody = z
  .strictObject({ name: experimentName, tags: tags.optional() })
  .meta({ title: 'CreateExperiment', examples: [{ name: 'iris-tuning' }] });

export const updateExperimentBody = z
  .strictObject({ name: experimentName.optional(), tags: tags.optional() })
  .meta({ title: 'UpdateExperiment', examples: [{ name: 'iris-tuning-v2' }] });

export const experimentParams = z.strictObject({
  experiment_id: z.string().min(1).max(64).describe('Experiment id ("0" is Default).'),
});

export const viewTypeQuery = z.strictObject({
  view_type: z
    .enum(['ACTIVE_ONLY', 'DELETED_ONLY', 'ALL'])
    .default('ACTIVE_ONLY')
    .describe('Which to list.'),
});
