// What a finished simulation says, the same for both modes: per variant its traffic,
// accuracy with a 95% interval, failures and p95 latency (a shadow's: its own on the copies
// it got), the shadow's agreement, the decisions taken, the final shares; and the
// simulation recorded as one FINISHED run (settings as params, outcomes as metrics, the
// mode as a tag) so that it appears in tracking and compare. Accuracy and the share of each
// timeline window are histories, stepped by requests served, so the run page draws them.
import { db } from '../db/database';
import { createRun, endRun } from '../db/run-writes';
import { logMetricPoints } from '../db/metric-history';
import type { DeploymentRecord } from '../db/records';
import { wilsonInterval } from '../stats/proportions';
import { p95 } from '../traffic/canary';
import type { ShadowSummary } from '../traffic/shadow-tally';
import type { TimelineDecision, TrafficRun } from '../traffic/traffic-run';
import type { SimulationForm } from './simulation-setup';

export interface VariantOutcome {
  name: string;
  /** A shadow's row: its requests are copies, its answers reached no client. */
  mirrored: boolean;
  requests: number;
  share: number;
  error_rate: number;
  accuracy: number | null;
  interval: [number, number] | null;
  latency_p95_ms: number;
}

export interface SimulationOutcome {
  mode: SimulationForm['mode'];
  variants: VariantOutcome[];
  decisions: TimelineDecision[];
  final_shares: number[];
  /** The shadow's own numbers, for a shadow deployment. */
  shadow: ShadowSummary | null;
  requests_per_s: number;
  /** The run that records it. */
  run_id: string;
}

function variantOutcomes(
  record: DeploymentRecord,
  traffic: TrafficRun,
  shadow: ShadowSummary | null,
): VariantOutcome[] {
  const total = traffic.served;
  return traffic.tallies.map((tally, i): VariantOutcome => {
    const name = record.variants[i]?.name ?? String(i);
    // The shadow answered copies only: its row tells what it did with them.
    if (shadow && i > 0) {
      return {
        name,
        mirrored: true,
        requests: shadow.mirrored,
        share: 0,
        error_rate: shadow.mirrored > 0 ? shadow.failed / shadow.mirrored : 0,
        accuracy: shadow.accuracy,
        interval: shadow.accuracy_interval,
        latency_p95_ms: shadow.latency_p95_ms,
      };
    }
    const { requests, errors, labelled, correct } = tally;
    return {
      name,
      mirrored: false,
      requests,
      share: total > 0 ? requests / total : 0,
      error_rate: requests > 0 ? errors / requests : 0,
      accuracy: labelled > 0 ? correct / labelled : null,
      interval: labelled > 0 ? wilsonInterval({ successes: correct, trials: labelled }) : null,
      latency_p95_ms: p95(tally.latencies),
    };
  });
}

/** Sums the simulation up and records it as a run. */
export async function concludeSimulation(
  record: DeploymentRecord,
  form: SimulationForm,
  traffic: TrafficRun,
  finalShares: number[],
  seconds: number,
  shadow: ShadowSummary | null,
): Promise<SimulationOutcome> {
  const outcome = {
    mode: form.mode,
    variants: variantOutcomes(record, traffic, shadow),
    decisions: traffic.decisions.slice(),
    final_shares: finalShares,
    shadow,
    requests_per_s: Math.round(traffic.served / Math.max(1e-6, seconds)),
  };
  return { ...outcome, run_id: await recordRun(record, form, traffic, outcome) };
}

/** The simulation as one FINISHED run, written in one transaction. */
async function recordRun(
  record: DeploymentRecord,
  form: SimulationForm,
  traffic: TrafficRun,
  outcome: Omit<SimulationOutcome, 'run_id'>,
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
        mode: form.mode,
        requests: String(traffic.served),
        feedback_share: String(form.feedback_share),
        feedback_delay: String(form.feedback_delay),
        ...(form.mode === 'live' ? { rate_per_s: String(form.rate_per_s) } : {}),
        candidate_fail_rate: String(form.candidate_fail_rate),
        candidate_delay_ms: String(form.candidate_delay_ms),
        noise: String(form.noise),
        drift_cm_per_1000: String(form.drift_cm_per_1000),
        seed: String(form.seed),
      },
      tags: { source: 'simulation', mode: form.mode },
      inputs: [],
    });
    const now = Date.now();
    const metric = (key: string, value: number, step = 0) => ({
      run_id: run.run_id,
      key,
      value,
      step,
      timestamp: now,
    });
    const histories = traffic.points.flatMap((point) =>
      outcome.variants.flatMap((v, i) => {
        const labelled = point.labelled[i] ?? 0;
        return [
          metric(`window_share.${v.name}`, point.shares[i] ?? 0, point.at),
          ...(labelled > 0
            ? [metric(`accuracy.${v.name}`, (point.correct[i] ?? 0) / labelled, point.at)]
            : []),
        ];
      }),
    );
    await logMetricPoints([
      metric('requests_per_s', outcome.requests_per_s),
      metric('decisions', outcome.decisions.length),
      ...shadowMetrics(outcome).map(([key, value]) => metric(key, value)),
      ...outcome.variants.flatMap((v, i) => [
        metric(`share.${v.name}`, v.share),
        metric(`final_share.${v.name}`, outcome.final_shares[i] ?? 0),
        metric(`error_rate.${v.name}`, v.error_rate),
        metric(`latency_p95_ms.${v.name}`, v.latency_p95_ms),
      ]),
      // The last point is the whole run: its accuracy is the outcome's.
      ...histories,
    ]);
    await endRun(run.run_id, 'FINISHED');
    return run.run_id;
  });
}

/** A shadow's agreement and its accuracy on labelled copies (no timeline point has them). */
function shadowMetrics(outcome: Omit<SimulationOutcome, 'run_id'>): [string, number][] {
  const shadow = outcome.shadow;
  const row = outcome.variants.find((v) => v.mirrored);
  if (!shadow || !row) return [];
  return [
    ...(shadow.agreement_rate !== null
      ? [['shadow_agreement', shadow.agreement_rate] as [string, number]]
      : []),
    ...(row.accuracy !== null ? [[`accuracy.${row.name}`, row.accuracy] as [string, number]] : []),
  ];
}
