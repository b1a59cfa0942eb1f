// What the labs' checks look at: everything the workspace recorded from a moment on (the
// requests the API answered, runs with their params, metrics and tags, model versions and
// alias moves, experiments, projects, deployments, their decisions and the traffic they
// served), read in one transaction so that a check sees one consistent moment.
import { db } from './database';
import type {
  ApiJournalRecord,
  DeploymentEventRecord,
  DeploymentRecord,
  DeploymentRequestRecord,
  ProjectRecord,
} from './records';

export interface RunSighting {
  run_id: string;
  run_name: string;
  experiment_id: string;
  status: string;
  start_time: number;
  parent_run_id: string | null;
  params: Record<string, string>;
  metrics: Record<string, number>;
  tags: Record<string, string>;
}

/** The traffic one deployment served: counts, and whether repeat users kept their variant. */
export interface ServedTally {
  deployment: string;
  /** When the earliest request counted here was served (ms since the epoch). */
  first_at: number;
  requests: number;
  labelled: number;
  /** Requests whose copy the shadow also answered. */
  shadowed: number;
  /** Requests per variant, in the deployment's variant order. */
  per_variant: number[];
  /** Users seen more than once, and how many of them always got the same variant. */
  repeat_users: number;
  consistent_users: number;
  /** The repeat user with the most requests, to show. */
  example: { user_id: string; variant: number; requests: number } | null;
}

export interface LabEvidence {
  requests: Omit<ApiJournalRecord, 'id'>[];
  runs: RunSighting[];
  experiments: { experiment_id: string; name: string; created_at: number }[];
  projects: (Pick<ProjectRecord, 'name' | 'parameters' | 'defaults'> & { created_at: number })[];
  versions: { name: string; version: number; run_id: string; created_at: number }[];
  alias_moves: { name: string; alias: string; to_version: number | null; at: number }[];
  deployments: (DeploymentRecord & { updated_ms: number })[];
  /** Decisions and changes; a creation or replacement names the strategy it set. */
  decisions: {
    deployment: string;
    action: string;
    actor: string;
    at: number;
    strategy: string | null;
  }[];
  served: ServedTally[];
  predictions: { at: number; model: string; rows: number; status: number }[];
}

const ms = (iso: string) => Date.parse(iso);

/**
 * The strategy a creation or replacement set, which putDeployment writes first in its reason
 * ("shadow over primary, shadow"): a deployment promoted by hand becomes a single one and
 * loses its request log, so its events are what remember it was a shadow.
 */
function strategySet(event: DeploymentEventRecord): string | null {
  if (event.action !== 'created' && event.action !== 'replaced') return null;
  return event.reason.split(' over ')[0] ?? null;
}

/** Tallies served requests per deployment, given each deployment's variant count. */
export function tallyServed(
  requests: readonly DeploymentRequestRecord[],
  variantCount: (deployment: string) => number,
): ServedTally[] {
  const groups = new Map<string, DeploymentRequestRecord[]>();
  for (const request of requests) {
    const group = groups.get(request.deployment) ?? [];
    group.push(request);
    groups.set(request.deployment, group);
  }
  return [...groups].map(([deployment, served]) => {
    const per_variant = Array.from({ length: variantCount(deployment) }, () => 0);
    const byUser = new Map<string, Set<number>>();
    const seenBy = new Map<string, number>();
    for (const request of served) {
      per_variant[request.variant] = (per_variant[request.variant] ?? 0) + 1;
      if (request.user_id === null) continue;
      const variants = byUser.get(request.user_id) ?? new Set<number>();
      variants.add(request.variant);
      byUser.set(request.user_id, variants);
      seenBy.set(request.user_id, (seenBy.get(request.user_id) ?? 0) + 1);
    }
    const repeat = [...seenBy].filter(([, n]) => n > 1);
    const consistent = repeat.filter(([user]) => byUser.get(user)?.size === 1);
    const [bestUser, bestCount] = consistent.reduce<[string, number] | [null, 0]>(
      (best, entry) => (entry[1] > best[1] ? entry : best),
      [null, 0],
    );
    const firstVariant = bestUser === null ? 0 : ([...(byUser.get(bestUser) ?? [])][0] ?? 0);
    return {
      deployment,
      first_at: Math.min(...served.map((r) => r.at)),
      requests: served.length,
      labelled: served.filter((r) => r.label !== null).length,
      shadowed: served.filter((r) => r.shadow_predicted !== null).length,
      per_variant,
      repeat_users: repeat.length,
      consistent_users: consistent.length,
      example:
        bestUser === null
          ? null
          : { user_id: bestUser, variant: firstVariant, requests: bestCount },
    };
  });
}

/** Everything recorded at or after `since` (ms since the epoch). */
export function readLabEvidence(since: number): Promise<LabEvidence> {
  const tables = [
    db.api_journal,
    db.runs,
    db.run_summaries,
    db.experiments,
    db.projects,
    db.model_versions,
    db.alias_events,
    db.deployments,
    db.deployment_events,
    db.deployment_requests,
    db.prediction_log,
  ];
  return db.transaction('r', tables, async () => {
    const [journal, runs, experiments, projects, versions, moves, deployments, events] =
      await Promise.all([
        db.api_journal.where('at').aboveOrEqual(since).toArray(),
        db.runs.where('start_time').aboveOrEqual(since).toArray(),
        db.experiments.toArray(),
        db.projects.toArray(),
        db.model_versions.toArray(),
        db.alias_events.toArray(),
        db.deployments.toArray(),
        db.deployment_events.toArray(),
      ]);
    const [summaries, served, predictions] = await Promise.all([
      db.run_summaries.bulkGet(runs.map((r) => r.run_id)),
      db.deployment_requests.where('at').aboveOrEqual(since).toArray(),
      db.prediction_log.where('at').aboveOrEqual(since).toArray(),
    ]);
    const variants = new Map(deployments.map((d) => [d.name, d.variants.length]));
    return {
      requests: journal.map(({ id: _id, ...entry }) => entry),
      runs: runs.map((run, i) => ({
        run_id: run.run_id,
        run_name: run.run_name,
        experiment_id: run.experiment_id,
        status: run.status,
        start_time: run.start_time,
        parent_run_id: run.parent_run_id,
        params: summaries[i]?.params ?? {},
        metrics: summaries[i]?.metrics ?? {},
        tags: summaries[i]?.tags ?? {},
      })),
      experiments: experiments
        .map((e) => ({
          experiment_id: e.experiment_id,
          name: e.name,
          created_at: ms(e.created_at),
        }))
        .filter((e) => e.created_at >= since),
      // Every project: a run from now may use one saved before.
      projects: projects.map((p) => ({ ...p, created_at: ms(p.created_at) })),
      versions: versions
        .map((v) => ({
          name: v.name,
          version: v.version,
          run_id: v.run_id,
          created_at: ms(v.created_at),
        }))
        .filter((v) => v.created_at >= since),
      alias_moves: moves
        .map((m) => ({ name: m.name, alias: m.alias, to_version: m.to_version, at: ms(m.at) }))
        .filter((m) => m.at >= since),
      deployments: deployments.map((d) => ({ ...d, updated_ms: ms(d.updated_at) })),
      decisions: events
        .map((e) => ({
          deployment: e.deployment,
          action: e.action,
          actor: e.actor,
          at: ms(e.at),
          strategy: strategySet(e),
        }))
        .filter((e) => e.at >= since),
      served: tallyServed(served, (name) => variants.get(name) ?? 0),
      predictions: predictions.map((p) => ({
        at: p.at,
        model: p.model,
        rows: p.rows,
        status: p.status ?? 200,
      })),
    };
  });
}
