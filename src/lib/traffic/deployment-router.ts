// One router for a deployment, shared by the API's live mode and the simulator's
// fast-forward: it picks the variant that answers each request (single, A/B by weight,
// canary by its current step, shadow with a sampled copy, bandit by its algorithm) and
// learns from what happens (failures, latency, feedback), so that the same seed gives the
// same assignments in both modes.
import type { Random } from '../data/random';
import { assignVariant } from './assign';
import { Bandit, DEFAULT_BANDIT, type BanditSettings } from './bandit';
import { CanaryRollout, type CanaryDecision, type CanaryPlan } from './canary';
import type { VariantFault } from './faults';
import { sharesOf } from './shares';

export type StrategyName = 'single' | 'ab' | 'canary' | 'shadow' | 'bandit';

export interface DeploymentSpec {
  name: string;
  strategy: StrategyName;
  /** Variant names and relative A/B weights (shares here). Canary: [stable, canary]; shadow: [primary, shadow]. */
  variants: readonly {
    name: string;
    weight?: number | undefined;
    /** A fault injected into this variant's answers. */
    fault?: VariantFault | null | undefined;
  }[];
  /** Assign by hashing the user's id (GrowthBook's v2 hash) rather than per request. */
  sticky: boolean;
  /** Seed of the sticky hash; the deployment's name when absent. */
  hash_seed?: string | undefined;
  canary?: CanaryPlan | undefined;
  /** Share of requests copied to the shadow (0 to 1). */
  shadow_sample_rate?: number | undefined;
  bandit?: BanditSettings | undefined;
}

export interface Routing {
  /** The variant whose answer the client gets. */
  variant: number;
  /** A variant that gets a copy whose answer is only logged, or null. */
  shadow: number | null;
}

export class DeploymentRouter {
  readonly canary: CanaryRollout | null;
  readonly bandit: Bandit | null;

  /** `resume`: where a stored canary roll-out stood. */
  constructor(
    readonly spec: DeploymentSpec,
    private readonly random: Random,
    resume?: { canary?: ConstructorParameters<typeof CanaryRollout>[1] },
  ) {
    this.canary =
      spec.strategy === 'canary' && spec.canary
        ? new CanaryRollout(spec.canary, resume?.canary)
        : null;
    this.bandit =
      spec.strategy === 'bandit'
        ? new Bandit(spec.variants.length, spec.bandit ?? DEFAULT_BANDIT, random)
        : null;
  }

  /** The share of traffic each variant gets now (a bandit's: of what it has routed). */
  weights(): number[] {
    const { strategy, variants } = this.spec;
    if (strategy === 'single' || strategy === 'shadow') return variants.map((_, i) => (i ? 0 : 1));
    if (this.canary) {
      const share = this.canary.percent / 100;
      return [1 - share, share];
    }
    if (this.bandit) return this.bandit.shares();
    return sharesOf(variants.map((v) => v.weight ?? 1));
  }

  route(userId?: string): Routing {
    const { strategy, sticky, name, hash_seed: hashSeed } = this.spec;
    switch (strategy) {
      case 'single':
        return { variant: 0, shadow: null };
      case 'shadow':
        return {
          variant: 0,
          shadow: this.random() < (this.spec.shadow_sample_rate ?? 1) ? 1 : null,
        };
      case 'bandit':
        return { variant: this.bandit?.choose() ?? 0, shadow: null };
      case 'ab':
      case 'canary':
        return {
          variant: assignVariant({
            weights: this.weights(),
            sticky,
            hashSeed: hashSeed ?? name,
            userId,
            random: this.random,
          }),
          shadow: null,
        };
    }
  }

  /** A request the variant answered (or failed); a canary may decide on it. */
  served(variant: number, failed: boolean, latencyMs: number, at: number): CanaryDecision | null {
    if (!this.canary || variant !== 1) return null;
    return this.canary.observe({ kind: 'request', failed, latency_ms: latencyMs }, at);
  }

  /** The true label of a request the variant answered arrived. */
  feedback(variant: number, correct: boolean, at: number): CanaryDecision | null {
    this.bandit?.reward(variant, correct);
    if (!this.canary || variant !== 1) return null;
    return this.canary.observe({ kind: 'label', correct }, at);
  }
}
