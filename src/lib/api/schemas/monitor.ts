// Shapes of the Monitor API's answer for one deployment (GET /api/deployments/{name}/metrics):
// per variant its traffic, accuracy, lift and chance to beat the control; the first two
// variants' comparison; the A/B verdict with the numbers it rests on; a shadow's agreement.
import { z } from '../zod';
import { DEFAULT_PLANNED_LIFT } from '../../stats/ab-verdict';
import { numberFromText } from './common';

export const metricsQuery = z.strictObject({
  planned_lift: numberFromText(z.number().gt(0).lt(1))
    .default(DEFAULT_PLANNED_LIFT)
    .describe(
      'The smallest lift in accuracy worth finding, absolute (0.03 = 3 points), as the Deploy page’s planner asks: the verdict says how many more labelled requests it needs. Default 0.03.',
    ),
});

const interval = z.tuple([z.number(), z.number()]);

const variantMetrics = z.object({
  name: z.string(),
  requests: z.int(),
  share: z.number().describe('Its share of all requests (0-1).'),
  errors: z.int(),
  error_rate: z.number(),
  latency_p50_ms: z.number(),
  latency_p95_ms: z.number(),
  labelled: z.int().describe('Requests whose true label came back.'),
  accuracy: z.number().nullable().describe('Accuracy on labelled requests; null without any.'),
  accuracy_interval: interval.nullable().describe('Wilson 95% interval of the accuracy.'),
  units: z
    .int()
    .describe(
      'What the split assigned it: distinct users when sticky (a request without user_id counts alone), else requests.',
    ),
  relative_lift: z
    .number()
    .nullable()
    .describe(
      'Its accuracy over the control’s (the first variant’s), minus 1: 0.05 is 5% better. Null for the control.',
    ),
  relative_lift_interval: interval
    .nullable()
    .describe('95% interval of the relative lift (delta method).'),
  chance_to_beat_control: z
    .number()
    .nullable()
    .describe(
      'P(its accuracy > the control’s) given the labels, with uniform Beta(1, 1) priors. Null for the control.',
    ),
});

const verdict = z
  .object({
    status: z
      .enum(['better', 'worse', 'not_enough_data', 'inconclusive', 'sample_ratio_mismatch'])
      .describe(
        '`sample_ratio_mismatch` first (the split is broken: trust nothing); `not_enough_data` while an arm has under 100 labels, or no decision yet and fewer labels than the planned lift needs; `better` or `worse` when a treatment’s chance to beat control reaches the threshold either way; else `inconclusive` (enough data, no lift that large).',
      ),
    control: z.string(),
    variant: z
      .string()
      .nullable()
      .describe('The treatment a `better` or `worse` status speaks of; null otherwise.'),
    chance_to_beat_control: z
      .number()
      .nullable()
      .describe('That treatment’s chance to beat control.'),
    threshold: z
      .number()
      .describe('The chance to beat control (or its complement) that decides: 0.95.'),
    planned_lift: z.number().describe('The lift asked for with ?planned_lift.'),
    needed_per_variant: z
      .int()
      .nullable()
      .describe(
        'Labelled requests each variant needs to find the planned lift from the control’s accuracy (two-sided alpha 5%, power 80%, as the planner computes); null without a baseline.',
      ),
    more_per_variant: z
      .int()
      .nullable()
      .describe(
        'How many more labelled requests the smallest variant needs (at least 100 in all); 0 when every variant has enough.',
      ),
    srm: z
      .object({
        unit: z.enum(['users', 'requests']),
        counts: z.array(z.int()),
        p_value: z.number(),
        mismatch: z.boolean().describe('p below 0.001 (GrowthBook’s threshold).'),
      })
      .nullable()
      .describe(
        'The sample-ratio check of the units against the weights; null when the weights do not stay fixed (canary, bandit).',
      ),
  })
  .nullable()
  .describe('Every variant against the first; null for a single variant or a shadow.');

export const deploymentMetricsResponse = z
  .object({
    variants: z.array(variantMetrics),
    comparison: z
      .object({
        control: z.string(),
        treatment: z.string(),
        effect: z.number().describe('The second variant’s accuracy minus the first’s.'),
        interval: interval.describe('95% interval of the effect.'),
        p_value: z.number().describe('Two-proportion z-test: valid for one look only.'),
        sequential_p_value: z
          .number()
          .describe('Always valid (mSPRT): may be read after every request.'),
        probability_treatment_better: z.number(),
        srm_p_value: z.number(),
        srm_alert: z.boolean(),
      })
      .nullable()
      .describe('The first two variants, once both have labels; null for a shadow.'),
    verdict,
    shadow: z
      .object({
        compared: z.int(),
        agreed: z.int(),
        agreement_rate: z.number().nullable(),
        matrix: z
          .array(z.array(z.int()))
          .describe('Counts by [the primary’s class][the shadow’s class].'),
      })
      .nullable(),
  })
  .meta({ title: 'DeploymentMetrics' });
