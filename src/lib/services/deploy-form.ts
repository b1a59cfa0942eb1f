// The Deploy page's new-deployment form: its fields and their starting values, the versions
// it starts from, when it compares a version with itself, when it can be sent, and the PUT
// body it becomes. The form speaks in percent; A/B weights go as percentages (the API takes
// relative weights), the other settings as shares; the API answers 422 to bad values.
import type { DeploymentBody } from '../api/client';
import { REGISTERED_MODEL_NAME } from '../data/iris-schema';
import type { BanditAlgorithm } from '../traffic/bandit';
import type { StrategyName } from '../traffic/deployment-router';

export const STRATEGIES: readonly StrategyName[] = ['single', 'ab', 'canary', 'shadow', 'bandit'];

export interface DeployForm {
  name: string;
  strategy: StrategyName;
  /** The version in service (single's only one); null until the registry has one. */
  first: number | null;
  /** The candidate, for every strategy but single. */
  second: number | null;
  /** A/B: the second variant's share, in percent. */
  split: number;
  /** Canary: its shares in percent, comma-separated. */
  steps: string;
  labelledPerStep: number;
  /** Canary guardrails in percent; the p95 latency's in ms, null for no limit. */
  minAccuracy: number;
  maxErrorRate: number;
  maxLatency: number | null;
  /** Shadow: the share of requests copied to the shadow, in percent. */
  sampleRate: number;
  algorithm: BanditAlgorithm;
  /** Bandit: epsilon-greedy's exploration rate and each arm's least share, in percent. */
  epsilon: number;
  minShare: number;
}

export const DEFAULT_DEPLOY_FORM: DeployForm = {
  name: 'web',
  strategy: 'ab',
  first: null,
  second: null,
  split: 50,
  steps: '10, 25, 50, 100',
  labelledPerStep: 50,
  minAccuracy: 90,
  maxErrorRate: 5,
  maxLatency: null,
  sampleRate: 100,
  algorithm: 'thompson',
  epsilon: 10,
  minShare: 5,
};

/** The variants' names per strategy: the first (in service), then the second (the candidate). */
const VARIANT_NAMES: Record<StrategyName, readonly [string, string]> = {
  single: ['main', ''],
  ab: ['control', 'treatment'],
  canary: ['stable', 'canary'],
  shadow: ['primary', 'shadow'],
  bandit: ['arm_a', 'arm_b'],
};

/**
 * The versions the form starts from: the oldest (the one in service) first, the newest (the
 * candidate) second. A version already chosen stays; without versions nothing is chosen.
 */
export function startingVersions(
  form: Pick<DeployForm, 'first' | 'second'>,
  versions: readonly number[],
): Pick<DeployForm, 'first' | 'second'> {
  if (versions.length === 0) return { first: form.first, second: form.second };
  return {
    first: form.first ?? Math.min(...versions),
    second: form.second ?? Math.max(...versions),
  };
}

/** Whether both variants would serve one version: the model compared with itself. */
export function servesSameVersion(
  form: Pick<DeployForm, 'strategy' | 'first' | 'second'>,
): boolean {
  return form.strategy !== 'single' && form.first !== null && form.first === form.second;
}

/** The form can be sent once it names the deployment and its first version. */
export function canDeploy(form: DeployForm): boolean {
  return form.first !== null && form.name.trim() !== '';
}

const variant = (name: string, version: number | null, weight?: number) => ({
  name,
  model: REGISTERED_MODEL_NAME,
  ...(version !== null ? { version } : {}),
  ...(weight !== undefined ? { weight } : {}),
});

/** The PUT body: the strategy, its variants, and the strategy's own settings only. */
function deploymentBodyOf(form: DeployForm): DeploymentBody {
  const { strategy } = form;
  const [a, b] = VARIANT_NAMES[strategy];
  const ab = strategy === 'ab';
  return {
    strategy,
    variants:
      strategy !== 'single'
        ? [
            variant(a, form.first, ab ? 100 - form.split : undefined),
            variant(b, form.second, ab ? form.split : undefined),
          ]
        : [variant(a, form.first)],
    ...(strategy === 'canary'
      ? {
          canary: {
            steps: form.steps.split(',').map((s) => Number(s.trim())),
            labelled_per_step: form.labelledPerStep,
            guardrails: {
              min_accuracy: form.minAccuracy / 100,
              max_error_rate: form.maxErrorRate / 100,
              ...(form.maxLatency !== null ? { max_p95_latency_ms: form.maxLatency } : {}),
            },
          },
        }
      : {}),
    ...(strategy === 'shadow' ? { shadow: { sample_rate: form.sampleRate / 100 } } : {}),
    ...(strategy === 'bandit'
      ? {
          bandit: {
            algorithm: form.algorithm,
            epsilon: form.epsilon / 100,
            min_share: form.minShare / 100,
          },
        }
      : {}),
  };
}

/** The deployment's name (trimmed) and the body to PUT under it. */
export function deploymentRequest(form: DeployForm): { name: string; body: DeploymentBody } {
  return { name: form.name.trim(), body: deploymentBodyOf(form) };
}

/**
 * The form a link asks for (#/deploy?strategy=canary&name=canary&split=10, as the labs
 * open it): known fields with sensible values are taken, anything else keeps `base`'s.
 */
export function deployFormFromQuery(
  query: string,
  base: DeployForm = DEFAULT_DEPLOY_FORM,
): DeployForm {
  const asked = new URLSearchParams(query);
  const form = { ...base };
  const name = asked.get('name')?.trim();
  if (name) form.name = name;
  const strategy = asked.get('strategy');
  if ((STRATEGIES as readonly string[]).includes(strategy ?? '')) {
    form.strategy = strategy as StrategyName;
  }
  const split = Number(asked.get('split') ?? Number.NaN);
  if (Number.isFinite(split) && split >= 0 && split <= 100) form.split = split;
  return form;
}
