// The traffic simulator's fast-forward mode: the same TrafficRun as live mode, served
// in-process by the same DeploymentRouter and FaultInjector, seeded from the same streams,
// with the variants' models answering synchronously and a made-up latency. It reaches in
// a second what live mode shows over minutes, with the same assignments and outcomes. A
// shadow's answers are tallied here (agreement, its own accuracy and latency); live, the
// API logs them and tallies them the same way.
import type { Dataset } from '../data/csv';
import type { Random } from '../data/random';
import type { CanaryDecision } from './canary';
import { DeploymentRouter, type DeploymentSpec } from './deployment-router';
import { FaultInjector } from './faults';
import type { SimulatedRequest } from './population';
import { ShadowTally } from './shadow-tally';
import { servingStreams, trafficStreams } from './streams';
import { TrafficRun, type ServedOutcome, type TrafficSettings } from './traffic-run';

export interface SimulationSettings extends TrafficSettings {
  /** The model's own answer time, and its jitter (uniform ±). */
  latency_ms: number;
  jitter_ms: number;
}

/** A variant's answer: the predicted class index. Synchronous: fast-forward runs in-process. */
export type Classifier = (variant: number, features: readonly number[]) => number;

export class Simulation {
  readonly router: DeploymentRouter;
  readonly traffic: TrafficRun;
  readonly shadow: ShadowTally;
  private readonly faults: FaultInjector;
  private readonly shadowFaults: FaultInjector;
  private readonly latencyRandom: Random;
  private readonly shadowLatencyRandom: Random;

  constructor(
    readonly spec: DeploymentSpec,
    readonly settings: SimulationSettings,
    data: Dataset,
    private readonly classify: Classifier,
    sampleEvery = 100,
  ) {
    const streams = servingStreams(settings.seed);
    const faults = spec.variants.map((v) => v.fault);
    this.router = new DeploymentRouter(spec, streams.router);
    this.faults = new FaultInjector(faults, streams.faults);
    this.shadowFaults = new FaultInjector(faults, streams.shadowFaults);
    const made = trafficStreams(settings.seed);
    this.latencyRandom = made.latency;
    this.shadowLatencyRandom = made.shadowLatency;
    this.traffic = new TrafficRun(spec.variants.length, settings, data, sampleEvery);
    this.shadow = new ShadowTally(Math.max(...data.labels) + 1);
  }

  /** The canary's decisions, with their steps. */
  get decisions(): CanaryDecision[] {
    return this.router.canary?.decisions ?? [];
  }

  /** Serves `count` more requests. */
  run(count: number): void {
    const traffic = this.traffic;
    for (let i = 0; i < count; i++) {
      const at = traffic.served;
      for (const label of traffic.takeDueLabels(at)) {
        this.note(this.router.feedback(label.variant, label.correct, at));
        if (label.shadow_predicted !== null) this.shadow.label(label.shadow_predicted, label.label);
      }
      const request = traffic.nextRequest();
      traffic.record(request, this.serve(request, at));
    }
    traffic.sample();
  }

  private serve(request: SimulatedRequest, at: number): ServedOutcome {
    const routing = this.router.route(request.user_id);
    const variant = routing.variant;
    const failed = this.faults.fails(variant);
    const latency = this.latencyOf(variant, this.faults, this.latencyRandom);
    const predicted = failed ? -1 : this.classify(variant, request.features);
    this.note(this.router.served(variant, failed, latency, at));
    const shadow =
      routing.shadow !== null && !failed ? this.mirror(routing.shadow, request, predicted) : null;
    return { variant, failed, latency_ms: latency, predicted, shadow_predicted: shadow };
  }

  /** The model's time, its jitter, and the variant's injected delay. */
  private latencyOf(variant: number, faults: FaultInjector, random: Random): number {
    const jitter = (random() * 2 - 1) * this.settings.jitter_ms;
    return Math.max(0, this.settings.latency_ms + jitter + faults.delayOf(variant));
  }

  /** The shadow answers a copy and is tallied; the client's answer is the primary's. */
  private mirror(shadow: number, request: SimulatedRequest, primary: number): number | null {
    if (this.shadowFaults.fails(shadow)) {
      this.shadow.fail();
      return null;
    }
    const answer = this.classify(shadow, request.features);
    const latency = this.latencyOf(shadow, this.shadowFaults, this.shadowLatencyRandom);
    this.shadow.answer(primary, answer, latency);
    return answer;
  }

  private note(decision: CanaryDecision | null): void {
    if (decision) this.traffic.decisions.push(decision);
  }
}
