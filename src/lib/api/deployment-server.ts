// Serving through deployments (live mode): one DeploymentRouter per deployment, rebuilt
// from IndexedDB when someone else changes the deployment (a canary resumes at its stored
// step, a bandit from its logged requests), seeded from the deployment's seed with the
// streams fast-forward uses; each request routed, failed or delayed by the variant's
// injected fault, answered by its variant's model version, logged with a request id; the
// shadow's copy answered after the client's answer has gone; feedback and failures fed to
// the router, whose decisions are stored with their reasons. A promotion moves the
// registry's champion alias.
import {
  deploymentRequests,
  getDeployment,
  labelRequest,
  logDeploymentRequest,
  recordDecision,
  routingSpecOf,
  watchDeployments,
} from '../db/deployments';
import { setAlias } from '../db/aliases';
import { versionSelector } from '../db/version-selector';
import type { DeploymentRecord, DeploymentRequestRecord } from '../db/records';
import type { CanaryDecision } from '../traffic/canary';
import { DeploymentRouter } from '../traffic/deployment-router';
import { FaultInjector } from '../traffic/faults';
import { fnv1a32 } from '../traffic/hashing';
import { servingStreams } from '../traffic/streams';
import { HttpError } from './http-error';
import { findVersion, predict, type Prediction } from './model-server';
import { RecentRequests } from './recent-requests';

interface Runtime {
  record: DeploymentRecord;
  router: DeploymentRouter;
  faults: FaultInjector;
  shadowFaults: FaultInjector;
  /** The record's `updated_at` as this runtime left it: a different one is someone else's change. */
  revision: string;
  /** Replaced by a newer runtime: its requests' feedback goes through the database. */
  retired: boolean;
}

const runtimes = new Map<string, Promise<Runtime>>();
/** Shadow answers still being computed, so that feedback can wait for their log entries. */
const shadows = new Set<Promise<void>>();
/** Requests this tab served lately, so that their feedback needs no read from IndexedDB. */
const recent = new RecentRequests<Runtime>();
let watching = false;

async function build(name: string): Promise<Runtime> {
  const record = await getDeployment(name);
  const streams = servingStreams(record.seed ?? fnv1a32(`${record.name}/${record.updated_at}`));
  const faults = record.variants.map((v) => v.fault);
  const router = new DeploymentRouter(routingSpecOf(record), streams.router, {
    canary: record.canary_state,
  });
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
  return {
    record,
    router,
    faults: new FaultInjector(faults, streams.faults),
    shadowFaults: new FaultInjector(faults, streams.shadowFaults),
    revision: record.updated_at,
    retired: false,
  };
}

/** Drops the runtimes whose deployment someone else changed (or deleted); keeps the rest. */
async function dropChanged(): Promise<void> {
  await Promise.all(
    [...runtimes].map(async ([name, pending]) => {
      const [runtime, stored] = await Promise.all([
        pending.catch(() => null),
        getDeployment(name).catch(() => null),
      ]);
      if (runtime?.revision !== stored?.updated_at && runtimes.get(name) === pending) {
        retire(name);
      }
    }),
  );
}

/** Forgets a deployment's runtime at once (this tab changed or deleted the deployment). */
export function retire(name: string): void {
  const pending = runtimes.get(name);
  runtimes.delete(name);
  void pending?.then(
    (runtime) => (runtime.retired = true),
    () => undefined,
  );
}

function runtimeOf(name: string): Promise<Runtime> {
  if (!watching) {
    watching = true;
    watchDeployments(() => void dropChanged());
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
): Promise<string> {
  const at = new Date().toISOString();
  let reason = decision.reason;
  const winner = record.variants.at(-1);
  if (decision.action === 'promote' && winner) {
    try {
      const version = await findVersion(winner.model, versionSelector(winner));
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
  return at;
}

async function onDecision(runtime: Runtime, decision: CanaryDecision | null): Promise<void> {
  const canary = runtime.router.canary;
  if (!decision || !canary) return;
  // The runtime already stands where the decision says: it is not someone else's change.
  runtime.revision = await applyDecision(runtime.record.name, runtime.record, decision, 'rule', {
    status: canary.status,
    step: canary.step,
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
  const failed = runtime.faults.fails(routing.variant);
  const delay = runtime.faults.delayOf(routing.variant);
  if (delay > 0) await sleep(delay);
  const version = failed ? null : await findVersion(variant.model, versionSelector(variant));
  const predictions = version ? await predict(version, rows) : [];
  const latency = performance.now() - started;
  const request: DeploymentRequestRecord = {
    request_id: crypto.randomUUID(),
    deployment: name,
    at: Date.now(),
    variant: routing.variant,
    user_id: userId ?? null,
    predicted: predictions[0]?.class_index ?? -1,
    latency_ms: latency,
    failed,
    shadow_variant: failed ? null : routing.shadow,
    shadow_predicted: null,
    shadow_latency_ms: null,
    label: null,
  };
  await onDecision(runtime, runtime.router.served(routing.variant, failed, latency, request.at));
  if (!version) {
    logDeploymentRequest(request);
    throw new HttpError(
      503,
      `Injected fault: variant '${variant.name}' failed this request (request_id ${request.request_id})`,
      { 'X-Variant': variant.name },
    );
  }
  recent.add(request, runtime);
  const shadowVariant =
    routing.shadow === null ? undefined : runtime.record.variants[routing.shadow];
  if (shadowVariant) {
    // After the answer: the shadow never slows it or changes it; its answer is only logged.
    // Its injected delay is counted in its latency, not slept: nobody waits for a shadow,
    // and feedback waits for its log entry.
    const shadowIndex = routing.shadow ?? 0;
    const work = (async () => {
      await sleep(0);
      try {
        if (runtime.shadowFaults.fails(shadowIndex)) throw new Error('injected fault');
        const shadowStarted = performance.now();
        const shadowVersion = await findVersion(
          shadowVariant.model,
          versionSelector(shadowVariant),
        );
        request.shadow_predicted = (await predict(shadowVersion, rows))[0]?.class_index ?? -1;
        request.shadow_latency_ms =
          performance.now() - shadowStarted + runtime.shadowFaults.delayOf(shadowIndex);
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

/** Once every shadow answer given so far is logged (the metrics count them all). */
export async function shadowsLogged(): Promise<void> {
  await Promise.all([...shadows]);
}

/** The true label of a served request: stored, and fed to its deployment's router. */
export async function giveFeedback(requestId: string, label: number): Promise<void> {
  await shadowsLogged();
  const request =
    recent.label(requestId, label, (runtime) => !runtime.retired) ??
    (await labelRequest(requestId, label));
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
