// Request and response shapes of the model registry (shared/API.md, MLflow's shapes).
import { z } from 'zod';
import { ALIAS_PATTERN, description, integerFromText, modelName, tags } from './common';

export const registeredModel = z
  .object({
    name: z.string(),
    description: z.string(),
    latest_version: z.int().nullable(),
    aliases: z.record(z.string(), z.int()).describe('Alias name -> version number.'),
    tags: z.record(z.string(), z.string()),
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

export const updateModelBody = z
  .strictObject({ description: description.optional(), tags: tags.optional() })
  .meta({ title: 'UpdateRegisteredModel', examples: [{ description: 'Production iris model' }] });

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
