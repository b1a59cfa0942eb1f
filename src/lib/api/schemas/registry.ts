// Request and response shapes of the model registry (shared/API.md, MLflow's shapes).
import { z } from '../zod';
import { parseRule, RuleSyntaxError } from '../../stats/promotion-rules';
import { ALIAS_PATTERN, description, integerFromText, modelName, tags } from './common';

export const registeredModel = z
  .object({
    name: z.string(),
    description: z.string(),
    latest_version: z.int().nullable(),
    aliases: z.record(z.string(), z.int()).describe('Alias name -> version number.'),
    tags: z.record(z.string(), z.string()),
    promotion_rules: z
      .array(z.string())
      .optional()
      .describe('Rules the source run of a version must meet before `champion` may point at it.'),
    created_at: z.string().describe('ISO 8601 UTC.'),
    updated_at: z.string().describe('ISO 8601 UTC.'),
  })
  .meta({
    title: 'RegisteredModel',
    examples: [
      {
        name: 'iris',
        description: 'Iris species classifier',
        latest_version: 3,
        aliases: { champion: 2 },
        tags: {},
        created_at: '2026-11-21T10:00:00.000Z',
        updated_at: '2026-11-21T11:00:00.000Z',
      },
    ],
  });

export const modelVersion = z
  .object({
    name: z.string(),
    version: z.int(),
    run_id: z.string(),
    source: z.string().describe('Where the model files came from, e.g. runs:/<run_id>/model.'),
    status: z.literal('READY'),
    description: z.string(),
    tags: z.record(z.string(), z.string()),
    signature: z.object({
      inputs: z.array(
        z.object({ name: z.string(), type: z.literal('float'), unit: z.literal('cm') }),
      ),
      outputs: z.object({
        name: z.literal('species'),
        type: z.literal('class'),
        classes: z.array(z.string()),
      }),
    }),
    dataset_digest: z.string(),
    created_at: z.string(),
  })
  .meta({ title: 'ModelVersion' });

export const alias = z
  .object({ name: z.string(), alias: z.string(), version: z.int(), updated_at: z.string() })
  .meta({
    title: 'ModelAlias',
    examples: [
      { name: 'iris', alias: 'champion', version: 3, updated_at: '2026-11-21T12:00:00.000Z' },
    ],
  });

export const createModelBody = z
  .strictObject({ name: modelName, description: description.optional(), tags: tags.optional() })
  .meta({
    title: 'CreateRegisteredModel',
    examples: [{ name: 'iris', description: 'Iris species classifier' }],
  });

/** A promotion rule as text, checked by the same parser the registry uses. */
const promotionRule = z
  .string()
  .max(200)
  .superRefine((text, ctx) => {
    try {
      parseRule(text);
    } catch (error) {
      if (!(error instanceof RuleSyntaxError)) throw error;
      ctx.addIssue({ code: 'custom', message: error.message });
    }
  });

export const updateModelBody = z
  .strictObject({
    description: description.optional(),
    tags: tags.optional(),
    promotion_rules: z
      .array(promotionRule)
      .max(20)
      .optional()
      .describe(
        'Gates for `champion`: each "metric op number" (>=, >, <=, <) on the latest metrics of a version\'s run.',
      ),
  })
  .meta({
    title: 'UpdateRegisteredModel',
    examples: [
      {
        description: 'Production iris model',
        promotion_rules: ['val_accuracy >= 0.9', 'val_log_loss <= 0.3'],
      },
    ],
  });

export const aliasEvent = z.object({
  alias: z.string(),
  from_version: z.int().nullable().describe('null: the alias was created.'),
  to_version: z.int().nullable().describe('null: the alias was deleted.'),
  at: z.string().describe('ISO 8601 UTC.'),
  actor: z.enum(['ui', 'api']).describe('Moved from the registry page, or through the API.'),
});

export const aliasList = z
  .object({
    aliases: z.array(z.object({ alias: z.string(), version: z.int(), updated_at: z.string() })),
    history: z.array(aliasEvent).describe('Every move, newest first.'),
  })
  .meta({ title: 'ModelAliases' });

export const createVersionBody = z
  .strictObject({
    run_id: z
      .string()
      .regex(/^[0-9a-f]{32}$/)
      .describe('The run whose model files become the version.'),
    description: description.optional(),
    tags: tags.optional(),
  })
  .meta({
    title: 'CreateModelVersion',
    examples: [{ run_id: '0123456789abcdef0123456789abcdef' }],
  });

export const versionParams = z.strictObject({
  name: z.string().min(1).max(256).describe('Registered model name.'),
  version: integerFromText(z.int().min(1)).describe('Version number.'),
});

const aliasName = z
  .string()
  .max(256)
  .regex(ALIAS_PATTERN)
  .refine((name) => !/^v\d+$/i.test(name), {
    message: 'an alias may not look like a version (v12)',
  })
  .describe('Alias name, e.g. champion.');

export const aliasParams = z.strictObject({
  name: z.string().min(1).max(256).describe('Registered model name.'),
  alias: aliasName,
});

export const setAliasBody = z
  .strictObject({ version: z.int().min(1).describe('The version the alias points at.') })
  .meta({ title: 'SetAlias', examples: [{ version: 3 }] });
