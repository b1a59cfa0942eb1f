// One simulation's settings, as the Deploy page's form gives them, turned into what both
// modes need: the deployment's routing spec with the candidate's injected fault, the
// traffic settings, the body that replaces the deployment for a live run, and how often the
// timeline is sampled. Both modes read them from here so that they cannot drift apart.
import { routingSpecOf } from '../db/deployments';
import type { DeploymentRecord, DeploymentVariant } from '../db/records';
import type { DeploymentSpec } from '../traffic/deployment-router';
import type { VariantFault } from '../traffic/faults';
import type { SimulationSettings } from '../traffic/simulation';

export type SimulationMode = 'fast-forward' | 'live';

export interface SimulationForm {
  mode: SimulationMode;
  requests: number;
  seed: number;
  /** Share of answered requests whose label comes back (0 to 1). */
  feedback_share: number;
  /** How many requests later a label comes back. */
  feedback_delay: number;
  /** Live mode's pace in requests per second; 0: as fast as the API answers. */
  rate_per_s: number;
  /** The last variant's (the candidate's) injected fault. */
  candidate_fail_rate: number;
  candidate_delay_ms: number;
  /** Noise as a share of each feature's spread. */
  noise: number;
  /** Petal length's drift, in cm per 1,000 requests. */
  drift_cm_per_1000: number;
}

export const DEFAULT_FORM: SimulationForm = {
  mode: 'fast-forward',
  requests: 5000,
  seed: 1,
  feedback_share: 0.5,
  feedback_delay: 20,
  rate_per_s: 0,
  candidate_fail_rate: 0,
  candidate_delay_ms: 0,
  noise: 0.1,
  drift_cm_per_1000: 0,
};

const PETAL_LENGTH = 2;

function candidateFault(form: SimulationForm): VariantFault | null {
  if (form.candidate_fail_rate <= 0 && form.candidate_delay_ms <= 0) return null;
  return { fail_rate: form.candidate_fail_rate, delay_ms: form.candidate_delay_ms };
}

/** The deployment's variants with the form's fault on the last one (and none elsewhere). */
/** A variant as sent to the Deploy API: a fault is present or absent, never null. */
type SentVariant = Omit<DeploymentVariant, 'fault'> & { fault?: VariantFault };

function variantsWithFault(record: DeploymentRecord, form: SimulationForm): SentVariant[] {
  const fault = candidateFault(form);
  const last = record.variants.length - 1;
  return record.variants.map(({ fault: _previous, ...variant }, i) =>
    i === last && fault ? { ...variant, fault } : variant,
  );
}

export function simulationSpec(record: DeploymentRecord, form: SimulationForm): DeploymentSpec {
  return { ...routingSpecOf(record), variants: variantsWithFault(record, form) };
}

export function simulationSettings(form: SimulationForm): SimulationSettings {
  return {
    seed: form.seed,
    population: {
      users: 1000,
      noise: form.noise,
      drift:
        form.drift_cm_per_1000 !== 0
          ? { feature: PETAL_LENGTH, cm_per_1000: form.drift_cm_per_1000 }
          : undefined,
    },
    feedback_share: form.feedback_share,
    feedback_delay: form.feedback_delay,
    latency_ms: 5,
    jitter_ms: 2,
  };
}

/** Timeline points: about 200 per run, at least 50 requests apart. */
export function sampleEveryFor(requests: number): number {
  return Math.max(50, Math.ceil(requests / 200));
}

/** The PUT body that restarts the deployment as the simulation needs it: seeded, faulted. */
export function liveDeploymentBody(record: DeploymentRecord, form: SimulationForm) {
  return {
    strategy: record.strategy,
    variants: variantsWithFault(record, form),
    sticky: record.sticky,
    hash_seed: record.hash_seed,
    seed: form.seed >>> 0,
    ...(record.canary ? { canary: record.canary } : {}),
    ...(record.shadow_sample_rate !== null
      ? { shadow: { sample_rate: record.shadow_sample_rate } }
      : {}),
    ...(record.bandit ? { bandit: record.bandit } : {}),
  };
}
