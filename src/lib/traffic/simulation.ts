// The traffic simulator's fast-forward mode: the same TrafficRun as live mode, served
// in-process by the same DeploymentRouter and FaultInjector, seeded from the same streams,
// with the variants' models answering synchronously and a made-up latency. It reaches in
// a second what live mode shows over minutes, with the same assignments and outcomes. A
// shadow's answers are compared with the primary's here; live, the API logs them.
import type { Dataset } from '../data/csv';
import type { Random } from '../data/random';
import type { CanaryDecision } from './canary';
import { DeploymentRouter, type DeploymentSpec } from './deployment-router';
import { FaultInjector } from './faults';
import type { SimulatedRequest } from './population';
import { servingStreams, trafficStreams } from './streams';
import { TrafficRun, type ServedOutcome, type TrafficSettings } from './traffic-run';

export interface SimulationSettings extends TrafficSettings {
  /** The model's own answer time, and its jitter (uniform ±). */
  latency_ms: number;
  jitter_ms: number;
}

/** A variant's answer: the predicted class index. Synchronous: fast-forward runs in-process. */
export type Classifier = (variant: number, features: readonly number[]) => number;

export interface ShadowTally {
  compared: number;
  agreed: number;
  /** [primary class][shadow class] counts of the compared requests. */
  matrix: number[][];
}

export class Simulation {
  readonly router: DeploymentRouter;
  readonly traffic: TrafficRun;
  readonly shadow: ShadowTally;
  private readonly faults: FaultInjector;
  private readonly shadowFaults: FaultInjector;
  private readonly latencyRandom: Random;

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
    this.latencyRandom = trafficStreams(settings.seed).latency;
    this.traffic = new TrafficRun(spec.variants.length, settings, data, sampleEvery);
    const classes = Math.max(...data.labels) + 1;
    this.shadow = {
      compared: 0,
      agreed: 0,
      matrix: Array.from({ length: classes }, () => Array.from({ length: classes }, () => 0)),
    };
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
    const jitter = (this.latencyRandom() * 2 - 1) * this.settings.jitter_ms;
    const latency = Math.max(0, this.settings.latency_ms + jitter + this.faults.delayOf(variant));
    const predicted = failed ? -1 : this.classify(variant, request.features);
    this.note(this.router.served(variant, failed, latency, at));
    if (routing.shadow !== null && !failed) this.compareShadow(routing.shadow, request, predicted);
    return { variant, failed, latency_ms: latency, predicted };
  }

  /** The shadow's answer is compared and counted; the client's answer is the primary's. */
  private compareShadow(shadow: number, request: SimulatedRequest, primary: number): void {
    if (this.shadowFaults.fails(shadow)) return;
    const answer = this.classify(shadow, request.features);
    this.shadow.compared++;
    if (answer === primary) this.shadow.agreed++;
    const row = this.shadow.matrix[primary];
    if (row) row[answer] = (row[answer] ?? 0) + 1;
  }

  private note(decision: CanaryDecision | null): void {
    if (decision) this.traffic.decisions.push(decision);
  }
}
