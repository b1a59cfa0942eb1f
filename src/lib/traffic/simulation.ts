// The traffic simulator's fast-forward mode: requests from a Population go through a
// DeploymentRouter, variants answer in-process (with injected failures and slowness), true
// labels come back for a share of requests some requests later, and every outcome is
// tallied per variant, with the canary's decisions, the traffic share over time and the
// shadow's agreement. Everything random comes from the seed.
import type { Dataset } from '../data/csv';
import { seededRandom, type Random } from '../data/random';
import type { CanaryDecision } from './canary';
import { DeploymentRouter, type DeploymentSpec } from './deployment-router';
import { Population, type PopulationSettings } from './population';

export interface Fault {
  variant: number;
  /** Share of the variant's requests that fail (0 to 1). */
  fail_rate: number;
  /** Milliseconds added to each of its answers. */
  extra_latency_ms: number;
}

export interface SimulationSettings {
  seed: number;
  population: PopulationSettings;
  /** Share of requests whose true label comes back (0 to 1). */
  feedback_share: number;
  /** How many requests later a label comes back. */
  feedback_delay: number;
  /** The model's own answer time, and its jitter (uniform ±). */
  latency_ms: number;
  jitter_ms: number;
  faults: readonly Fault[];
}

/** A variant's answer: the predicted class index. Synchronous: fast-forward runs in-process. */
export type Classifier = (variant: number, features: readonly number[]) => number;

export interface VariantTally {
  requests: number;
  errors: number;
  labelled: number;
  correct: number;
  latencies: number[];
}

export interface ShadowTally {
  compared: number;
  agreed: number;
  /** [primary class][shadow class] counts of the compared requests. */
  matrix: number[][];
}

interface PendingLabel {
  due: number;
  variant: number;
  correct: boolean;
}

const newTally = (): VariantTally => ({
  requests: 0,
  errors: 0,
  labelled: 0,
  correct: 0,
  latencies: [],
});

export class Simulation {
  readonly router: DeploymentRouter;
  readonly tallies: VariantTally[];
  readonly shadow: ShadowTally;
  /** Traffic weights after every `sampleEvery` requests. */
  readonly shares: { at: number; weights: number[] }[] = [];
  readonly decisions: CanaryDecision[] = [];
  served = 0;
  private readonly random: Random;
  /** The shadow's own stream: serving it must not change a single draw of the primary's. */
  private readonly shadowRandom: Random;
  private readonly population: Population;
  private readonly pending: PendingLabel[] = [];

  constructor(
    spec: DeploymentSpec,
    readonly settings: SimulationSettings,
    data: Dataset,
    private readonly classify: Classifier,
    private readonly sampleEvery = 100,
  ) {
    // Separate streams: the router's draws do not shift the traffic's, and back.
    this.router = new DeploymentRouter(spec, seededRandom(settings.seed ^ 0x5bd1e995));
    this.random = seededRandom(settings.seed);
    this.shadowRandom = seededRandom(settings.seed ^ 0x2545f491);
    this.population = new Population(data, settings.population, seededRandom(settings.seed + 1));
    this.tallies = spec.variants.map(newTally);
    const classes = Math.max(...data.labels) + 1;
    this.shadow = {
      compared: 0,
      agreed: 0,
      matrix: Array.from({ length: classes }, () => Array.from({ length: classes }, () => 0)),
    };
  }

  /** Serves `count` more requests. */
  run(count: number): void {
    for (let i = 0; i < count; i++) this.serveOne();
  }

  private answer(variant: number, features: readonly number[], random = this.random) {
    const fault = this.settings.faults.find((f) => f.variant === variant);
    const failed = fault !== undefined && random() < fault.fail_rate;
    const jitter = (random() * 2 - 1) * this.settings.jitter_ms;
    const latency = Math.max(0, this.settings.latency_ms + jitter + (fault?.extra_latency_ms ?? 0));
    return { failed, latency, predicted: failed ? -1 : this.classify(variant, features) };
  }

  private serveOne(): void {
    const at = this.served++;
    this.deliverLabels(at);
    const request = this.population.request(at);
    const routing = this.router.route(request.user_id);
    const served = this.answer(routing.variant, request.features);
    const tally = this.tallies[routing.variant] ?? newTally();
    tally.requests++;
    tally.latencies.push(served.latency);
    if (served.failed) tally.errors++;
    this.note(this.router.served(routing.variant, served.failed, served.latency, at));
    if (routing.shadow !== null && !served.failed) {
      // The shadow's answer is compared and logged; the client's answer is the primary's.
      const shadowAnswer = this.answer(routing.shadow, request.features, this.shadowRandom);
      if (!shadowAnswer.failed) {
        this.shadow.compared++;
        if (shadowAnswer.predicted === served.predicted) this.shadow.agreed++;
        const row = this.shadow.matrix[served.predicted];
        if (row) row[shadowAnswer.predicted] = (row[shadowAnswer.predicted] ?? 0) + 1;
      }
    }
    if (!served.failed && this.random() < this.settings.feedback_share) {
      this.pending.push({
        due: at + this.settings.feedback_delay,
        variant: routing.variant,
        correct: served.predicted === request.label,
      });
    }
    if (at % this.sampleEvery === 0) this.shares.push({ at, weights: this.router.weights() });
  }

  private deliverLabels(now: number): void {
    while (this.pending.length > 0 && (this.pending[0]?.due ?? Infinity) <= now) {
      const label = this.pending.shift();
      if (!label) break;
      const tally = this.tallies[label.variant];
      if (tally) {
        tally.labelled++;
        if (label.correct) tally.correct++;
      }
      this.note(this.router.feedback(label.variant, label.correct, now));
    }
  }

  private note(decision: CanaryDecision | null): void {
    if (decision) this.decisions.push(decision);
  }
}
