// Request and response shapes of the Deploy and Monitor APIs (shared/API.md): a deployment's
// strategy, variants and the strategy's own settings; predictions through it; feedback.
import { z } from '../zod';
import { CLASS_NAMES } from '../../data/iris-schema';
import { ALIAS_PATTERN, modelName } from './common';
import {
  dataframeSplitBody,
  featuresBody,
  instancesBody,
  namedBody,
  prediction,
  predictFormFor,
} from './predict';

export const STRATEGIES = ['single', 'ab', 'canary', 'shadow', 'bandit'] as const;
const NAME_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

export const deploymentName = z
  .string()
  .min(1)
  .max(100)
  .regex(NAME_PATTERN)
  .describe('Letters, digits, `_`, `.` and `-`.');
export const deploymentParams = z.strictObject({ name: deploymentName });

const variant = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .max(50)
      .regex(ALIAS_PATTERN)
      .describe('The variant’s name, e.g. control.'),
    model: modelName,
    version: z.int().min(1).optional().describe('A version number; or give `alias`.'),
    alias: z.string().regex(ALIAS_PATTERN).optional().describe('An alias, resolved per request.'),
    weight: z
      .number()
      .min(0)
      .optional()
      .describe(
        'A/B weight relative to the other variants’: any number from 0 up (90 and 10, or 0.9 and 0.1, give 90% and 10%). Give every variant one, or none for an even split.',
      ),
    fault: z
      .strictObject({
        fail_rate: z.number().min(0).max(1).default(0).describe('Share of requests that fail.'),
        delay_ms: z.int().min(0).max(10_000).default(0).describe('Delay added to each answer.'),
      })
      .optional()
      .describe(
        'Fault injection, as Istio’s: failed requests answer 503; for simulations and drills.',
      ),
  })
  .refine((v) => v.version === undefined || v.alias === undefined, {
    message: 'give version or alias, not both',
    path: ['alias'],
  });

const canarySettings = z.strictObject({
  steps: z
    .array(z.int().min(1).max(100))
    .min(1)
    .max(10)
    .refine(
      (steps) => steps.every((s, i) => i === 0 || s > (steps[i - 1] ?? 0)),
      'steps must increase',
    )
    .refine((steps) => steps.at(-1) === 100, 'the last step must be 100')
    .describe('Canary shares in percent, e.g. [10, 25, 50, 100].'),
  labelled_per_step: z.int().min(1).max(100_000).default(100),
  guardrails: z
    .strictObject({
      min_accuracy: z.number().min(0).max(1).optional(),
      max_error_rate: z.number().min(0).max(1).optional(),
      max_p95_latency_ms: z.number().min(0).max(60_000).optional(),
    })
    .default({}),
});

const banditSettings = z.strictObject({
  algorithm: z.enum(['epsilon_greedy', 'ucb1', 'thompson']).default('thompson'),
  epsilon: z.number().min(0).max(1).default(0.1),
  min_share: z.number().min(0).max(0.5).default(0.05),
});

const VARIANT_COUNTS: Record<(typeof STRATEGIES)[number], [number, number]> = {
  single: [1, 1],
  ab: [2, 10],
  canary: [2, 2],
  shadow: [2, 2],
  bandit: [2, 10],
};

export const deploymentBody = z
  .strictObject({
    strategy: z.enum(STRATEGIES),
    variants: z.array(variant).min(1).max(10),
    sticky: z.boolean().default(true).describe('Assign by hashing `user_id` (GrowthBook v2).'),
    hash_seed: z
      .string()
      .max(200)
      .optional()
      .describe('Seed of the hash; the deployment’s name by default.'),
    seed: z
      .int()
      .min(0)
      .max(0xffffffff)
      .optional()
      .describe(
        'Seed of the router’s draws (per-request assignment, shadow sampling, bandit exploration) and of ' +
          'injected faults: the same seed serves the same traffic the same way, as the simulator’s fast-forward does.',
      ),
    canary: canarySettings.optional(),
    shadow: z.strictObject({ sample_rate: z.number().min(0).max(1).default(1) }).optional(),
    bandit: banditSettings.optional(),
  })
  .superRefine((body, ctx) => {
    const [min, max] = VARIANT_COUNTS[body.strategy];
    if (body.variants.length < min || body.variants.length > max) {
      ctx.addIssue({
        code: 'custom',
        path: ['variants'],
        message:
          min === max
            ? `${body.strategy} takes ${min} variant${min > 1 ? 's' : ''}`
            : `${body.strategy} takes ${min} to ${max} variants`,
      });
    }
    if (new Set(body.variants.map((v) => v.name)).size !== body.variants.length) {
      ctx.addIssue({ code: 'custom', path: ['variants'], message: 'variant names must differ' });
    }
    const weights = body.variants.map((v) => v.weight);
    const given = weights.filter((w) => w !== undefined);
    if (body.strategy === 'ab' && given.length > 0 && given.length < weights.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['variants'],
        message: 'give every variant a weight, or none for an even split',
      });
    }
    if (body.strategy === 'ab' && given.length > 0 && given.every((w) => w === 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['variants'],
        message:
          'weights are relative, so at least one must be above 0 (e.g. 90 and 10 for a 90% / 10% split)',
      });
    }
    if (body.strategy === 'canary' && !body.canary) {
      ctx.addIssue({ code: 'custom', path: ['canary'], message: 'a canary needs its steps' });
    }
  })
  .meta({
    title: 'DeploymentBody',
    examples: [
      {
        strategy: 'ab',
        variants: [
          { name: 'control', model: 'iris', alias: 'champion', weight: 90 },
          { name: 'treatment', model: 'iris', version: 2, weight: 10 },
        ],
        sticky: true,
      },
    ],
  });
export type DeploymentBody = z.infer<typeof deploymentBody>;

export const deployment = z
  .object({
    name: z.string(),
    strategy: z.enum(STRATEGIES),
    variants: z.array(
      z.object({
        name: z.string(),
        model: z.string(),
        version: z.int().optional(),
        alias: z.string().optional(),
        weight: z.number().optional().describe('The weight as given; `weights` has the shares.'),
        fault: z.object({ fail_rate: z.number(), delay_ms: z.int() }).optional(),
      }),
    ),
    sticky: z.boolean(),
    hash_seed: z.string(),
    seed: z.int().nullable(),
    weights: z
      .array(z.number())
      .describe(
        'The share each variant gets now, from 0 to 1 and adding up to 1: the A/B weights normalized (90 and 10 give 0.9 and 0.1), a canary’s current step, a bandit’s shares of what it has routed.',
      ),
    canary: canarySettings.nullable(),
    canary_state: z
      .object({ status: z.enum(['progressing', 'promoted', 'rolled_back']), step: z.int() })
      .nullable(),
    shadow_sample_rate: z.number().nullable(),
    bandit: banditSettings.nullable(),
    events: z.array(
      z.object({ at: z.string(), action: z.string(), reason: z.string(), actor: z.string() }),
    ),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ title: 'Deployment' });

export const deploymentList = z
  .object({ deployments: z.array(deployment) })
  .meta({ title: 'DeploymentList' });

const userId = {
  user_id: z.string().min(1).max(200).optional().describe('Sticky assignment key.'),
};
const deployForms = {
  features: featuresBody.extend(userId),
  named: namedBody.extend(userId),
  instances: instancesBody.extend(userId),
  dataframe: dataframeSplitBody.extend(userId),
};
export const deployPredictBody = z
  .union([deployForms.features, deployForms.named, deployForms.instances, deployForms.dataframe])
  .meta({
    title: 'DeploymentPredictBody',
    examples: [{ features: [5.1, 3.5, 1.4, 0.2], user_id: 'user-42' }],
  });
export type DeployPredictBody = z.infer<typeof deployPredictBody>;

/** The body form a client meant (as predictFormFor), each with its optional `user_id`. */
export function deployFormFor(value: unknown): z.ZodType {
  const form = predictFormFor(value);
  if (form === instancesBody) return deployForms.instances;
  if (form === dataframeSplitBody) return deployForms.dataframe;
  if (form === namedBody) return deployForms.named;
  return deployForms.features;
}

const routed = {
  model: z.string(),
  version: z.int(),
  variant: z.string(),
  request_id: z.string().describe('Send it back with the true label to POST /api/feedback.'),
};
export const deployPredictResponse = z
  .union([prediction.extend(routed), z.object({ predictions: z.array(prediction), ...routed })])
  .meta({ title: 'DeploymentPrediction' });

export const feedbackBody = z
  .strictObject({
    request_id: z.string().min(1).max(100),
    label: z.enum(CLASS_NAMES).describe('The true species.'),
  })
  .meta({ title: 'Feedback', examples: [{ request_id: '6f1c…', label: 'setosa' }] });
