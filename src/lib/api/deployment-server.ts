// Serving through deployments (live mode): one DeploymentRouter per deployment, rebuilt
// from IndexedDB whenever a deployment changes (a canary resumes at its stored step, a
// bandit from its logged requests); each request routed, answered by its variant's model
// version, logged with a request id; the shadow's copy answered after the client's answer
// has gone; feedback and failures fed to the router, whose decisions are stored with their
// reasons. A promotion moves the registry's champion alias.
import {
  deploymentRequests,
  flushDeploymentRequests,
  getDeployment,
  labelRequest,
  logDeploymentRequest,
  recordDecision,
  variantSelector,
  watchDeployments,
} from '../db/deployments';
import { setAlias } from '../db/models';
import type { DeploymentRecord, DeploymentRequestRecord } from '../db/records';
import { seededRandom } from '../data/random';
import type { CanaryDecision } from '../traffic/canary';
import { DeploymentRouter } from '../traffic/deployment-router';
import { fnv1a32 } from '../traffic/hashing';
import { findVersion, predict, type Prediction } from './model-server';

interface Runtime {
  record: DeploymentRecord;
  router: DeploymentRouter;
}

const runtimes = new Map<string, Promise<Runtime>>();
/** Shadow answers still being computed, so that feedback can wait for their log entries. */
const shadows = new Set<Promise<void>>();
let watching = false;

async function build(name: string): Promise<Runtime> {
  const record = await getDeployment(name);
  const router = new DeploymentRouter(
    {
      name: record.name,
      strategy: record.strategy,
      variants: record.variants,
      sticky: record.sticky,
      hash_seed: record.hash_seed,
      canary: record.canary ?? undefined,
      shadow_sample_rate: record.shadow_sample_rate ?? undefined,
      bandit: record.bandit ?? undefined,
    },
    seededRandom(fnv1a32(`${record.name}/${record.updated_at}`)),
    { canary: record.canary_state },
  );
  if (router.bandit) {
    const counts = record.variants.map(() => ({ pulls: 0, correct: 0, wrong: 0 }));
    for (const request of await deploymentRequests(name)) {
      const count = counts[request.variant];
      if (!count) continue;
      count.pulls++;
      if (request.label !== null) {
        if (request.label === request.predicted) count.correct++;
        else count.wrong++;
      }
    }
    router.bandit.restore(counts);
  }
  return { record, router };
}

function runtimeOf(name: string): Promise<Runtime> {
  if (!watching) {
    watching = true;
    watchDeployments(() => runtimes.clear());
  }
  let runtime = runtimes.get(name);
  if (!runtime) {
    runtime = build(name);
    runtimes.set(name, runtime);
    runtime.catch(() => runtimes.delete(name));
  }
  return runtime;
}

/** Stores a rule's (or a person's) decision; a promotion makes the canary's version champion. */
export async function applyDecision(
  name: string,
  record: DeploymentRecord,
  decision: Pick<CanaryDecision, 'action' | 'reason'>,
  actor: 'ui' | 'api' | 'rule',
  canary: { status: 'progressing' | 'promoted' | 'rolled_back'; step: number } | null,
): Promise<void> {
  const at = new Date().toISOString();
  let reason = decision.reason;
  const winner = record.variants.at(-1);
  if (decision.action === 'promote' && winner) {
    try {
      const version = await findVersion(winner.model, variantSelector(winner));
      await setAlias(winner.model, 'champion', version.version, actor === 'ui' ? 'ui' : 'api');
    } catch (error) {
      // A person is told (409); a rule's promotion still ends the roll-out, and says why
      // the champion stayed where it was (a promotion gate, say).
      if (actor !== 'rule' || !(error instanceof Error)) throw error;
      reason = `${reason}; champion not moved: ${error.message}`;
    }
  }
  await recordDecision(
    { deployment: name, at, action: decision.action, reason, actor },
    canary ? { canary_state: canary } : {},
  );
}

async function onDecision(runtime: Runtime, decision: CanaryDecision | null): Promise<void> {
  const canary = runtime.router.canary;
  if (!decision || !canary) return;
  await applyDecision(runtime.record.name, runtime.record, decision, 'rule', {
    status: canary.status,
    step: canary.step,
  });
}

export interface Served {
  predictions: Prediction[];
  model: string;
  version: number;
  variant: string;
  request_id: string;
}

/** Routes one request of a deployment and answers it with the chosen variant's model. */
export async function serveDeployment(
  name: string,
  rows: number[][],
  userId: string | undefined,
): Promise<Served> {
  const runtime = await runtimeOf(name);
  const routing = runtime.router.route(userId);
  const variant = runtime.record.variants[routing.variant];
  if (!variant) throw new Error(`deployment '${name}' has no variant ${routing.variant}`);
  const started = performance.now();
  const version = await findVersion(variant.model, variantSelector(variant));
  const predictions = await predict(version, rows);
  const latency = performance.now() - started;
  const request: DeploymentRequestRecord = {
    request_id: crypto.randomUUID(),
    deployment: name,
    at: Date.now(),
    variant: routing.variant,
    user_id: userId ?? null,
    predicted: predictions[0]?.class_index ?? -1,
    latency_ms: latency,
    failed: false,
    shadow_variant: routing.shadow,
    shadow_predicted: null,
    label: null,
  };
  await onDecision(runtime, runtime.router.served(routing.variant, false, latency, request.at));
  const shadowVariant =
    routing.shadow === null ? undefined : runtime.record.variants[routing.shadow];
  if (shadowVariant) {
    // After the answer: the shadow never slows it or changes it; its answer is only logged.
    const work = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      try {
        const shadowVersion = await findVersion(
          shadowVariant.model,
          variantSelector(shadowVariant),
        );
        request.shadow_predicted = (await predict(shadowVersion, rows))[0]?.class_index ?? -1;
      } catch {
        request.shadow_predicted = -1;
      }
      logDeploymentRequest(request);
    })();
    shadows.add(work);
    void work.finally(() => shadows.delete(work));
  } else {
    logDeploymentRequest(request);
  }
  return {
    predictions,
    model: version.name,
    version: version.version,
    variant: variant.name,
    request_id: request.request_id,
  };
}

/** The true label of a served request: stored, and fed to its deployment's router. */
export async function giveFeedback(requestId: string, label: number): Promise<void> {
  await Promise.all([...shadows]);
  await flushDeploymentRequests();
  const request = await labelRequest(requestId, label);
  const runtime = await runtimeOf(request.deployment);
  await onDecision(
    runtime,
    runtime.router.feedback(request.variant, request.predicted === label, Date.now()),
  );
}

/** The share of traffic each variant of a deployment gets now. */
export async function currentWeights(name: string): Promise<number[]> {
  return (await runtimeOf(name)).router.weights();
}
