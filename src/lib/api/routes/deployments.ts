// The Deploy and Monitor APIs: deployments that split traffic among model versions (single,
// A/B, canary, shadow, bandit), predictions through them, feedback with true labels,
// promotion and rollback, and the metrics that say how each variant does.
import type { z } from 'zod';
import { CLASS_NAMES } from '../../data/iris-schema';
import {
  deleteDeployment,
  deploymentEvents,
  getDeployment,
  listDeployments,
  putDeployment,
} from '../../db/deployments';
import { getRegisteredModel } from '../../db/models';
import type { DeploymentRecord } from '../../db/records';
import { prometheusText } from '../../traffic/prometheus';
import {
  applyDecision,
  currentWeights,
  giveFeedback,
  retire,
  serveDeployment,
} from '../deployment-server';
import { metricsOf } from '../deployment-metrics-of';
import { defineRoute, json, noContent } from '../route';
import {
  deployFormFor,
  deployment,
  deploymentBody,
  deploymentList,
  deploymentParams,
  deployPredictBody,
  deployPredictResponse,
  feedbackBody,
  type DeployPredictBody,
  type DeploymentBody,
} from '../schemas/deployments';
import { deploymentMetricsResponse, metricsQuery } from '../schemas/monitor';
import { predictRows } from '../schemas/predict';

type Params = z.infer<typeof deploymentParams>;

async function shaped(record: DeploymentRecord) {
  const [weights, events] = await Promise.all([
    currentWeights(record.name),
    deploymentEvents(record.name),
  ]);
  return {
    ...record,
    seed: record.seed ?? null,
    weights,
    events: events.map(({ at, action, reason, actor }) => ({ at, action, reason, actor })),
  };
}

function recordOf(name: string, body: DeploymentBody, now: string): DeploymentRecord {
  return {
    name,
    strategy: body.strategy,
    variants: body.variants,
    sticky: body.sticky,
    hash_seed: body.hash_seed ?? name,
    seed: body.seed ?? null,
    canary: body.strategy === 'canary' ? (body.canary ?? null) : null,
    shadow_sample_rate: body.strategy === 'shadow' ? (body.shadow?.sample_rate ?? 1) : null,
    bandit:
      body.strategy === 'bandit'
        ? (body.bandit ?? { algorithm: 'thompson', epsilon: 0.1, min_share: 0.05 })
        : null,
    canary_state: body.strategy === 'canary' ? { status: 'progressing', step: 0 } : null,
    created_at: now,
    updated_at: now,
  };
}

/** Promote or roll back by hand: a canary ends its roll-out; other strategies keep one variant. */
async function decideByHand(name: string, action: 'promote' | 'rollback') {
  const record = await getDeployment(name);
  const keep = action === 'promote' ? record.variants.at(-1) : record.variants[0];
  const reason =
    action === 'promote'
      ? `promoted by hand: ${keep?.name ?? ''} takes all traffic and becomes champion`
      : `rolled back by hand: ${keep?.name ?? ''} takes all traffic`;
  const canary =
    record.strategy === 'canary'
      ? {
          status: action === 'promote' ? ('promoted' as const) : ('rolled_back' as const),
          step: record.canary_state?.step ?? 0,
        }
      : null;
  await applyDecision(name, record, { action, reason }, 'api', canary);
  retire(name);
  if (record.strategy !== 'canary' && keep) {
    await putDeployment(
      { ...record, strategy: 'single', variants: [keep], updated_at: new Date().toISOString() },
      'api',
    );
  }
  return json(await shaped(await getDeployment(name)));
}

export const deploymentRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/deployments',
    summary: 'List deployments',
    tag: 'deploy',
    auth: false,
    response: { status: 200, description: 'Every deployment.', schema: deploymentList },
    handle: async () =>
      json({ deployments: await Promise.all((await listDeployments()).map(shaped)) }),
  }),

  defineRoute<Params, Record<string, never>, DeploymentBody>({
    method: 'PUT',
    path: '/api/deployments/{name}',
    summary: 'Create or replace a deployment',
    description:
      'Strategies: `single` (one variant), `ab` (relative weights such as 90 and 10, answered as shares in `weights`; sticky by user_id hash, GrowthBook v2), `canary` ' +
      '([stable, canary] with steps that advance after `labelled_per_step` labelled requests while the guardrails hold, ' +
      'and roll back when one breaks), `shadow` ([primary, shadow]: the shadow gets a sampled copy whose answer is only logged), ' +
      '`bandit` (epsilon_greedy, ucb1 or thompson on feedback, with a minimum share per arm). Replacing starts afresh.',
    tag: 'deploy',
    auth: true,
    params: deploymentParams,
    body: deploymentBody,
    response: { status: 200, description: 'Replaced (201 when created).', schema: deployment },
    errors: [{ status: 404, description: 'A variant names a model that does not exist.' }],
    handle: async ({ params, body }) => {
      for (const variant of body.variants) await getRegisteredModel(variant.model);
      const record = recordOf(params.name, body, new Date().toISOString());
      const created = await putDeployment(record, 'api');
      retire(params.name);
      return json(await shaped(await getDeployment(params.name)), created ? 201 : 200);
    },
  }),

  defineRoute<Params>({
    method: 'GET',
    path: '/api/deployments/{name}',
    summary: 'Get a deployment, its current weights and its decisions',
    tag: 'deploy',
    auth: false,
    params: deploymentParams,
    response: { status: 200, description: 'The deployment.', schema: deployment },
    errors: [{ status: 404, description: 'No such deployment.' }],
    handle: async ({ params }) => json(await shaped(await getDeployment(params.name))),
  }),

  defineRoute<Params>({
    method: 'DELETE',
    path: '/api/deployments/{name}',
    summary: 'Delete a deployment with its request log',
    tag: 'deploy',
    auth: true,
    params: deploymentParams,
    response: { status: 204, description: 'Deleted.' },
    errors: [{ status: 404, description: 'No such deployment.' }],
    handle: async ({ params }) => {
      await deleteDeployment(params.name);
      retire(params.name);
      return noContent();
    },
  }),

  ...(['promote', 'rollback'] as const).map((action) =>
    defineRoute<Params>({
      method: 'POST',
      path: `/api/deployments/{name}/${action}`,
      summary: action === 'promote' ? 'Promote the candidate' : 'Roll back to the first variant',
      description:
        action === 'promote'
          ? 'The last variant (the canary, the treatment, the shadow) takes all traffic, and its version becomes the model’s `champion` (promotion rules apply: 409 when it fails one).'
          : 'The first variant takes all traffic. A canary stops its roll-out.',
      tag: 'deploy',
      auth: true,
      params: deploymentParams,
      response: {
        status: 200,
        description: 'The deployment after the decision.',
        schema: deployment,
      },
      errors: [
        { status: 404, description: 'No such deployment.' },
        ...(action === 'promote'
          ? [{ status: 409, description: 'The version fails a promotion rule of its model.' }]
          : []),
      ],
      handle: ({ params }) => decideByHand(params.name, action),
    }),
  ),

  defineRoute<Params, Record<string, never>, DeployPredictBody>({
    method: 'POST',
    path: '/api/deployments/{name}/predict',
    summary: 'Predict through a deployment',
    description:
      'As model predict, plus `user_id` (the sticky assignment key). The answer names the `variant` that served it ' +
      '(header `X-Variant`) and a `request_id` to send back with the true label to POST /api/feedback.',
    tag: 'deploy',
    auth: false,
    params: deploymentParams,
    body: deployPredictBody,
    bodyFormFor: deployFormFor,
    response: { status: 200, description: 'The prediction(s).', schema: deployPredictResponse },
    errors: [{ status: 404, description: 'No such deployment, or its model version is gone.' }],
    handle: async ({ params, body }) => {
      const { user_id: userId, ...form } = body;
      const { rows, batch } = predictRows(form);
      const served = await serveDeployment(params.name, rows, userId);
      const routed = {
        model: served.model,
        version: served.version,
        variant: served.variant,
        request_id: served.request_id,
      };
      return json(
        batch
          ? { predictions: served.predictions, ...routed }
          : { ...served.predictions[0], ...routed },
        200,
        { 'X-Variant': served.variant, 'X-Model-Version': `${served.model}/${served.version}` },
      );
    },
  }),

  defineRoute<Record<string, never>, Record<string, never>, z.infer<typeof feedbackBody>>({
    method: 'POST',
    path: '/api/feedback',
    summary: 'Give the true label of an earlier prediction',
    description: 'Feeds accuracy, canary guardrails and bandits. One label per request.',
    tag: 'deploy',
    auth: false,
    body: feedbackBody,
    response: { status: 204, description: 'Recorded.' },
    errors: [
      { status: 404, description: 'No request has this id.' },
      { status: 409, description: 'This request has its label already.' },
    ],
    handle: async ({ body }) => {
      await giveFeedback(body.request_id, CLASS_NAMES.indexOf(body.label));
      return noContent();
    },
  }),

  defineRoute<Params, z.infer<typeof metricsQuery>>({
    method: 'GET',
    path: '/api/deployments/{name}/metrics',
    summary: 'How each variant of a deployment does',
    description:
      'Per variant: requests, share, errors, latency p50/p95, labelled count, accuracy with a Wilson 95% interval, ' +
      'and against the control (the first variant) the relative lift with its interval and the chance to beat it. ' +
      'Between the first two variants: the effect with its interval, the z-test p-value, the always-valid (mSPRT) ' +
      'p-value, P(treatment better) and the sample-ratio-mismatch p-value. The verdict says it in one status, ' +
      'as the Deploy page does: better, worse, not enough data (with how many more labelled requests), ' +
      'inconclusive, or a sample-ratio mismatch (users for a sticky split, else requests). For a shadow: its own ' +
      'numbers on the copies it got (mirrored, failed, agreement with the primary, accuracy on labelled copies, ' +
      'latency p50/p95).',
    tag: 'monitor',
    auth: false,
    params: deploymentParams,
    query: metricsQuery,
    response: { status: 200, description: 'The metrics.', schema: deploymentMetricsResponse },
    errors: [{ status: 404, description: 'No such deployment.' }],
    handle: async ({ params, query }) =>
      json(await metricsOf(await getDeployment(params.name), query.planned_lift)),
  }),

  defineRoute({
    method: 'GET',
    path: '/api/metrics',
    summary: 'Every deployment’s counters in Prometheus’ text format',
    tag: 'monitor',
    auth: false,
    response: { status: 200, description: 'text/plain; version=0.0.4' },
    handle: async () => {
      const deployments = await listDeployments();
      const text = prometheusText(
        await Promise.all(
          deployments.map(async (d) => ({ name: d.name, metrics: await metricsOf(d) })),
        ),
      );
      return new Response(text, { headers: { 'Content-Type': 'text/plain; version=0.0.4' } });
    },
  }),
];
