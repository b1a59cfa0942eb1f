// The simulator's fast-forward mode for a stored deployment: its variants' model versions
// answer by their plain forward pass, traffic comes from the seeded population, and the
// outcome is summarized per variant with the canary's decisions and the final shares, and
// recorded as a finished run (settings as params, outcomes as metrics) for tracking.
import { irisDataset } from '../data/iris';
import { db } from '../db/database';
import { variantSelector } from '../db/deployments';
import { createRun, endRun, logMetricPoints } from '../db/runs';
import { getModelWeights, resolveModelVersion } from '../db/models';
import type { DeploymentRecord } from '../db/records';
import { forwardPass } from '../ml/dense-forward';
import { wilsonInterval } from '../stats/proportions';
import type { CanaryDecision } from '../traffic/canary';
import { p95 } from '../traffic/canary';
import { Simulation } from '../traffic/simulation';

export interface FastForwardSettings {
  requests: number;
  seed: number;
  feedback_share: number;
  /** Share of the last variant's requests that fail (0 to 1). */
  candidate_fail_rate: number;
  noise: number;
}

export interface VariantOutcome {
  name: string;
  requests: number;
  share: number;
  error_rate: number;
  accuracy: number | null;
  interval: [number, number] | null;
  latency_p95_ms: number;
}

export interface FastForwardOutcome {
  variants: VariantOutcome[];
  decisions: CanaryDecision[];
  final_shares: number[];
  requests_per_s: number;
  /** The run that records it. */
  run_id: string;
}

async function classifierOf(record: DeploymentRecord) {
  const passes = await Promise.all(
    record.variants.map(async (variant) => {
      const version = await resolveModelVersion(variant.model, variantSelector(variant));
      const weights = await getModelWeights(version.name, version.version);
      if (!weights)
        throw new Error(`the weights of ${version.name} v${version.version} are missing`);
      return forwardPass(weights.model);
    }),
  );
  return (variant: number, row: readonly number[]) => {
    const probabilities = passes[variant]?.(row) ?? [];
    let best = 0;
    for (let c = 1; c < probabilities.length; c++) {
      if ((probabilities[c] ?? 0) > (probabilities[best] ?? 0)) best = c;
    }
    return best;
  };
}

export async function fastForward(
  record: DeploymentRecord,
  settings: FastForwardSettings,
): Promise<FastForwardOutcome> {
  const classify = await classifierOf(record);
  const last = record.variants.length - 1;
  const simulation = new Simulation(
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
    {
      seed: settings.seed,
      population: { users: 1000, noise: settings.noise },
      feedback_share: settings.feedback_share,
      feedback_delay: 20,
      latency_ms: 5,
      jitter_ms: 2,
      faults:
        settings.candidate_fail_rate > 0
          ? [{ variant: last, fail_rate: settings.candidate_fail_rate, extra_latency_ms: 0 }]
          : [],
    },
    irisDataset(),
    classify,
  );
  const started = performance.now();
  simulation.run(settings.requests);
  const seconds = Math.max(1e-6, (performance.now() - started) / 1000);
  const total = simulation.served;
  const outcome = {
    variants: simulation.tallies.map((tally, i) => ({
      name: record.variants[i]?.name ?? String(i),
      requests: tally.requests,
      share: total > 0 ? tally.requests / total : 0,
      error_rate: tally.requests > 0 ? tally.errors / tally.requests : 0,
      accuracy: tally.labelled > 0 ? tally.correct / tally.labelled : null,
      interval:
        tally.labelled > 0
          ? wilsonInterval({ successes: tally.correct, trials: tally.labelled })
          : null,
      latency_p95_ms: p95(tally.latencies),
    })),
    decisions: simulation.decisions,
    final_shares: simulation.router.weights(),
    requests_per_s: Math.round(settings.requests / seconds),
  };
  return { ...outcome, run_id: await recordRun(record, settings, outcome) };
}

/** The simulation as one FINISHED run, written in one transaction. */
async function recordRun(
  record: DeploymentRecord,
  settings: FastForwardSettings,
  outcome: Omit<FastForwardOutcome, 'run_id'>,
): Promise<string> {
  const tables = [
    db.runs,
    db.params,
    db.tags,
    db.run_inputs,
    db.run_summaries,
    db.metric_chunks,
    db.latest_metrics,
  ];
  return db.transaction('rw', tables, async () => {
    const run = await createRun({
      run_name: `simulate-${record.name}`,
      params: {
        deployment: record.name,
        strategy: record.strategy,
        variants: record.variants
          .map((v) => `${v.name}=${v.model}/${v.version ?? v.alias ?? 'champion'}`)
          .join(','),
        requests: String(settings.requests),
        feedback_share: String(settings.feedback_share),
        candidate_fail_rate: String(settings.candidate_fail_rate),
        noise: String(settings.noise),
        seed: String(settings.seed),
      },
      tags: { source: 'simulation', mode: 'fast-forward' },
      inputs: [],
    });
    const now = Date.now();
    const metric = (key: string, value: number) => ({
      run_id: run.run_id,
      key,
      value,
      step: 0,
      timestamp: now,
    });
    await logMetricPoints([
      metric('requests_per_s', outcome.requests_per_s),
      metric('decisions', outcome.decisions.length),
      ...outcome.variants.flatMap((v, i) => [
        metric(`share.${v.name}`, v.share),
        metric(`final_share.${v.name}`, outcome.final_shares[i] ?? 0),
        metric(`error_rate.${v.name}`, v.error_rate),
        metric(`latency_p95_ms.${v.name}`, v.latency_p95_ms),
        ...(v.accuracy === null ? [] : [metric(`accuracy.${v.name}`, v.accuracy)]),
      ]),
    ]);
    await endRun(run.run_id, 'FINISHED');
    return run.run_id;
  });
}
