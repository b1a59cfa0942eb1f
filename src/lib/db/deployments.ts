// Deployments and what they served: the deployment records, every request with its variant,
// answer and (once feedback arrives) true label, and the log of decisions with reasons.
// Requests are written in bulk and capped like the prediction log.
import { Dexie } from 'dexie';
import { changeFeed } from './change-feed';
import { db } from './database';
import { bufferedWriter } from './buffered-writer';
import { ConflictError, NotFoundError } from './errors';
import { predictionLogLimit } from './prediction-log';
import type { DeploymentSpec } from '../traffic/deployment-router';
import type { DeploymentEventRecord, DeploymentRecord, DeploymentRequestRecord } from './records';

/** How a stored deployment routes: the spec its router (live or fast-forward) is built from. */
export function routingSpecOf(record: DeploymentRecord): DeploymentSpec {
  return {
    name: record.name,
    strategy: record.strategy,
    variants: record.variants,
    sticky: record.sticky,
    hash_seed: record.hash_seed,
    canary: record.canary ?? undefined,
    shadow_sample_rate: record.shadow_sample_rate ?? undefined,
    bandit: record.bandit ?? undefined,
  };
}

const notFound = (name: string) => new NotFoundError(`No deployment named '${name}'`);

const feed = changeFeed(() => db.deployments.toArray());

/** Calls `onChange` after every change of any deployment, from this tab or another. */
export function watchDeployments(onChange: () => void): () => void {
  return feed.watch(() => onChange());
}

export function listDeployments(): Promise<DeploymentRecord[]> {
  return db.deployments.orderBy('name').toArray();
}

export async function getDeployment(name: string): Promise<DeploymentRecord> {
  const record = await db.deployments.get(name);
  if (!record) throw notFound(name);
  return record;
}

/**
 * Creates or replaces a deployment; answers whether it is new. A replaced one starts
 * afresh: its roll-out from the first step, its request log (and so its metrics) empty.
 */
export async function putDeployment(
  record: DeploymentRecord,
  actor: DeploymentEventRecord['actor'],
): Promise<boolean> {
  await flushDeploymentRequests();
  const tables = [db.deployments, db.deployment_events, db.deployment_requests];
  const created = await db.transaction('rw', tables, async () => {
    const previous = await db.deployments.get(record.name);
    if (previous) await requestsOf(record.name).delete();
    await db.deployments.put({
      ...record,
      created_at: previous?.created_at ?? record.created_at,
    });
    await db.deployment_events.add({
      deployment: record.name,
      at: record.updated_at,
      action: previous ? 'replaced' : 'created',
      reason: `${record.strategy} over ${record.variants.map((v) => v.name).join(', ')}`,
      actor,
    });
    return !previous;
  });
  await feed.notify();
  return created;
}

export async function deleteDeployment(name: string): Promise<void> {
  await flushDeploymentRequests();
  await db.transaction(
    'rw',
    [db.deployments, db.deployment_requests, db.deployment_events],
    async () => {
      if (!(await db.deployments.get(name))) throw notFound(name);
      await Promise.all([
        db.deployments.delete(name),
        requestsOf(name).delete(),
        db.deployment_events.where('deployment').equals(name).delete(),
      ]);
    },
  );
  await feed.notify();
}

/** Logs a decision and, for a canary, where its roll-out now stands; both or neither. */
export async function recordDecision(
  event: Omit<DeploymentEventRecord, 'id'>,
  changes: Partial<Pick<DeploymentRecord, 'canary_state' | 'variants' | 'strategy'>> = {},
): Promise<void> {
  await db.transaction('rw', [db.deployments, db.deployment_events], async () => {
    if (!(await db.deployments.get(event.deployment))) throw notFound(event.deployment);
    await db.deployments.update(event.deployment, { ...changes, updated_at: event.at });
    await db.deployment_events.add(event);
  });
  await feed.notify();
}

export function deploymentEvents(name: string): Promise<DeploymentEventRecord[]> {
  return db.deployment_events.where('deployment').equals(name).reverse().sortBy('id');
}

/** Whether a deployment serves any version of the model (it may not be deleted then). */
export async function deploymentsServing(model: string): Promise<string[]> {
  const all = await db.deployments.toArray();
  return all.filter((d) => d.variants.some((v) => v.model === model)).map((d) => d.name);
}

const writer = bufferedWriter<DeploymentRequestRecord>('deployment request log', (entries) =>
  db.transaction('rw', [db.settings, db.deployment_requests], async () => {
    await db.deployment_requests.bulkPut(entries);
    const excess = (await db.deployment_requests.count()) - (await predictionLogLimit());
    if (excess > 0) await db.deployment_requests.orderBy('at').limit(excess).delete();
  }),
);

/** Queues a served request; requests reach IndexedDB together, a moment later. */
export function logDeploymentRequest(request: DeploymentRequestRecord): void {
  writer.push(request);
}

export function flushDeploymentRequests(): Promise<void> {
  return writer.flush();
}

/** Records the true label of a served request; answers the request. 404 unknown, 409 labelled. */
export async function labelRequest(
  requestId: string,
  label: number,
): Promise<DeploymentRequestRecord> {
  await flushDeploymentRequests();
  return db.transaction('rw', db.deployment_requests, async () => {
    const request = await db.deployment_requests.get(requestId);
    if (!request) throw new NotFoundError(`No request with id '${requestId}'`);
    if (request.label !== null) {
      throw new ConflictError(`Request '${requestId}' already has its label`);
    }
    const labelled = { ...request, label };
    await db.deployment_requests.put(labelled);
    return labelled;
  });
}

/** Every logged request of a deployment, oldest first. */
export async function deploymentRequests(name: string): Promise<DeploymentRequestRecord[]> {
  await flushDeploymentRequests();
  return requestsOf(name).toArray();
}

function requestsOf(name: string) {
  return db.deployment_requests
    .where('[deployment+at]')
    .between([name, Dexie.minKey], [name, Dexie.maxKey]);
}
