// What a deployment's logged requests say: per variant its traffic, failures, latency and
// accuracy on labelled requests (Wilson 95%), and between the first two variants the
// effect with its interval, the z-test and always-valid p-values, P(B beats A), and the
// sample-ratio-mismatch check; against the control, each variant's relative lift and chance
// to beat it, and the test's verdict (abVerdict, as the Deploy page shows it); for a shadow,
// its own numbers on the copies it got.
import { abVerdict, DEFAULT_PLANNED_LIFT, type AbVerdict } from '../stats/ab-verdict';
import { probabilityBBeatsA } from '../stats/bayes';
import {
  compareProportions,
  sampleRatioMismatch,
  wilsonInterval,
  type Tally,
} from '../stats/proportions';
import { percentileOf } from '../stats/nearest-rank';
import { SequentialTest } from '../stats/sequential';
import { armsFromRequests, splitUnit } from './ab-arms';
import { p95 } from './canary';
import { ShadowTally, type ShadowSummary } from './shadow-tally';

/** A request a deployment served, as logged (the db record adds its id, deployment and user). */
export interface ServedRequest {
  /** Milliseconds since the epoch. */
  at: number;
  variant: number;
  /** Predicted class of the first row; -1 when the variant failed. */
  predicted: number;
  latency_ms: number;
  failed: boolean;
  shadow_variant: number | null;
  shadow_predicted: number | null;
  /** The shadow's own answer time (absent in requests logged before it was kept). */
  shadow_latency_ms?: number | null | undefined;
  label: number | null;
  user_id?: string | null;
}

export interface VariantMetrics {
  name: string;
  requests: number;
  share: number;
  errors: number;
  error_rate: number;
  latency_p50_ms: number;
  latency_p95_ms: number;
  labelled: number;
  accuracy: number | null;
  accuracy_interval: [number, number] | null;
  /** Users a sticky split assigned it, else its requests: what the sample-ratio check counts. */
  units: number;
  relative_lift: number | null;
  relative_lift_interval: [number, number] | null;
  chance_to_beat_control: number | null;
}

/** How the deployment splits, for its verdict. */
export interface SplitSetup {
  sticky: boolean;
  /** Whether the weights stay as set (A/B), so that the counts may be checked against them. */
  fixedWeights: boolean;
  plannedLift: number;
}

export interface DeploymentMetrics {
  variants: VariantMetrics[];
  comparison: {
    control: string;
    treatment: string;
    effect: number;
    interval: [number, number];
    p_value: number;
    sequential_p_value: number;
    probability_treatment_better: number;
    srm_p_value: number;
    srm_alert: boolean;
  } | null;
  /** Every variant against the first (the control); null for a shadow or a single variant. */
  verdict: Omit<AbVerdict, 'variants'> | null;
  shadow: ShadowSummary | null;
}

export function deploymentMetrics(
  names: readonly string[],
  /** The shares the deployment intends (for the sample-ratio check). */
  weights: readonly number[],
  requests: readonly ServedRequest[],
  shadowing: boolean,
  /** How many classes the models answer (the shadow's matrix is that square). */
  classes = 3,
  split: SplitSetup = { sticky: false, fixedWeights: true, plannedLift: DEFAULT_PLANNED_LIFT },
): DeploymentMetrics {
  const arms = armsFromRequests(names, requests, split.sticky);
  const tested = !shadowing && names.length >= 2;
  const { variants: versus, ...verdict } = abVerdict(arms, {
    weights: tested && split.fixedWeights ? weights : null,
    unit: splitUnit(split.sticky),
    plannedLift: split.plannedLift,
  });
  const groups = names.map(() => [] as ServedRequest[]);
  for (const request of requests) groups[request.variant]?.push(request);
  const tallies: Tally[] = arms;
  const variants = groups.map((group, i): VariantMetrics => {
    const errors = group.filter((r) => r.failed).length;
    const tally = tallies[i] ?? { successes: 0, trials: 0 };
    const latencies = group.map((r) => r.latency_ms);
    return {
      name: names[i] ?? String(i),
      requests: group.length,
      share: requests.length > 0 ? group.length / requests.length : 0,
      errors,
      error_rate: group.length > 0 ? errors / group.length : 0,
      latency_p50_ms: percentileOf(latencies, 0.5),
      latency_p95_ms: p95(latencies),
      labelled: tally.trials,
      accuracy: tally.trials > 0 ? tally.successes / tally.trials : null,
      accuracy_interval: tally.trials > 0 ? wilsonInterval(tally) : null,
      units: arms[i]?.units ?? 0,
      relative_lift: tested ? (versus[i]?.relative_lift ?? null) : null,
      relative_lift_interval: tested ? (versus[i]?.relative_lift_interval ?? null) : null,
      chance_to_beat_control: tested ? (versus[i]?.chance_to_beat_control ?? null) : null,
    };
  });

  let comparison: DeploymentMetrics['comparison'] = null;
  const [a, b] = tallies;
  if (!shadowing && names.length >= 2 && a && b && a.trials > 0 && b.trials > 0) {
    const test = new SequentialTest();
    const running: [Tally, Tally] = [
      { successes: 0, trials: 0 },
      { successes: 0, trials: 0 },
    ];
    for (const request of requests) {
      if (request.label === null || request.variant > 1) continue;
      const tally = running[request.variant as 0 | 1];
      tally.trials++;
      if (request.label === request.predicted) tally.successes++;
      if (running[0].trials > 0 && running[1].trials > 0) test.look(running[0], running[1]);
    }
    const compared = compareProportions(a, b);
    const srm = sampleRatioMismatch(
      variants.map((v) => v.units),
      weights,
    );
    comparison = {
      control: names[0] ?? 'A',
      treatment: names[1] ?? 'B',
      effect: compared.difference,
      interval: compared.interval,
      p_value: compared.p_value,
      sequential_p_value: test.pValue,
      probability_treatment_better: probabilityBBeatsA(a, b),
      srm_p_value: srm.p_value,
      srm_alert: srm.mismatch,
    };
  }

  let shadow: DeploymentMetrics['shadow'] = null;
  if (shadowing) {
    const tally = new ShadowTally(classes);
    for (const r of requests) {
      if (r.shadow_variant === null || r.shadow_predicted === null) continue;
      if (r.shadow_predicted < 0) {
        tally.fail();
        continue;
      }
      tally.answer(r.predicted, r.shadow_predicted, r.shadow_latency_ms ?? null);
      if (r.label !== null) tally.label(r.shadow_predicted, r.label);
    }
    shadow = tally.summary();
  }
  return { variants, comparison, verdict: tested ? verdict : null, shadow };
}
