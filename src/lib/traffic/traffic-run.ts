// The traffic side of a simulation, shared by its two modes: requests from a seeded
// Population, true labels that come back for a share of the answered requests some
// requests later, and what each variant did, tallied as it happens and sampled into a
// timeline (shares, accuracy, errors, latency and feature drift over time) for the
// dashboard. Whoever serves the requests (the live API, or the in-process fast-forward)
// is the driver's business; this class only sees what came back.
import type { Dataset } from '../data/csv';
import { nearestRank } from '../stats/nearest-rank';
import { DriftWindow, type FeatureDrift } from './drift-window';
import { Population, type PopulationSettings, type SimulatedRequest } from './population';
import { trafficStreams } from './streams';

export interface TrafficSettings {
  seed: number;
  population: PopulationSettings;
  /** Share of answered requests whose true label comes back (0 to 1). */
  feedback_share: number;
  /** How many requests later a label comes back. */
  feedback_delay: number;
}

/** What serving one request gave. */
export interface ServedOutcome {
  variant: number;
  failed: boolean;
  latency_ms: number;
  /** Predicted class index; -1 when the variant failed. */
  predicted: number;
  /** The API's id of the request (live mode), to send its label to. */
  request_id?: string | undefined;
  /** The shadow's answer to the request's copy (fast-forward; live, the API logs it), or null. */
  shadow_predicted?: number | null | undefined;
}

export interface PendingLabel {
  due: number;
  variant: number;
  label: number;
  correct: boolean;
  request_id: string | undefined;
  /** The shadow's answer to the request's copy, when fast-forward compared one. */
  shadow_predicted: number | null;
}

export interface VariantTally {
  requests: number;
  errors: number;
  labelled: number;
  correct: number;
  latencies: number[];
}

/** The run as it stood after `at` requests. Counts are cumulative; latency is the window's. */
export interface TimelinePoint {
  at: number;
  elapsed_ms: number;
  /** Each variant's share of the requests since the previous point. */
  shares: number[];
  requests: number[];
  /** Distinct users each variant has served (the unit a sticky split is checked on). */
  users: number[];
  errors: number[];
  labelled: number[];
  correct: number[];
  latency_p50_ms: number[];
  latency_p95_ms: number[];
  drift: FeatureDrift[];
}

/** A decision the deployment took (a canary's step, promotion or rollback), and when. */
export interface TimelineDecision {
  /** Requests served when it was taken (live mode: when the driver first saw it). */
  at: number;
  action: string;
  reason: string;
}

const newTally = (): VariantTally => ({
  requests: 0,
  errors: 0,
  labelled: 0,
  correct: 0,
  latencies: [],
});

export class TrafficRun {
  readonly tallies: VariantTally[];
  readonly points: TimelinePoint[] = [];
  readonly decisions: TimelineDecision[] = [];
  served = 0;
  private readonly population: Population;
  private readonly feedbackRandom: () => number;
  private readonly pending: PendingLabel[] = [];
  private readonly drift: DriftWindow;
  private readonly users: Set<string>[];
  private windowLatencies: number[][];
  private windowStart = 0;
  private readonly started = performance.now();

  constructor(
    variants: number,
    readonly settings: TrafficSettings,
    data: Dataset,
    /** Requests between two timeline points. */
    readonly sampleEvery = 100,
  ) {
    const streams = trafficStreams(settings.seed);
    this.population = new Population(data, settings.population, streams.population);
    this.feedbackRandom = streams.feedback;
    this.drift = new DriftWindow(data, Math.max(500, sampleEvery));
    this.tallies = Array.from({ length: variants }, newTally);
    this.windowLatencies = this.tallies.map(() => []);
    this.users = this.tallies.map(() => new Set());
  }

  /** Labels due by request `at` (the driver sends them on before serving it), tallied. */
  takeDueLabels(at: number): PendingLabel[] {
    let due = 0;
    while (due < this.pending.length && (this.pending[due]?.due ?? Infinity) <= at) due++;
    const labels = this.pending.splice(0, due);
    for (const label of labels) {
      const tally = this.tallies[label.variant];
      if (!tally) continue;
      tally.labelled++;
      if (label.correct) tally.correct++;
    }
    return labels;
  }

  /** The next request to send. */
  nextRequest(): SimulatedRequest {
    const request = this.population.request(this.served);
    this.drift.add(request.features);
    return request;
  }

  /** What serving `request` gave; a share of the answered ones will get their label. */
  record(request: SimulatedRequest, outcome: ServedOutcome): void {
    const at = this.served++;
    const tally = this.tallies[outcome.variant];
    if (tally) {
      tally.requests++;
      tally.latencies.push(outcome.latency_ms);
      this.windowLatencies[outcome.variant]?.push(outcome.latency_ms);
      this.users[outcome.variant]?.add(request.user_id);
      if (outcome.failed) tally.errors++;
    }
    if (!outcome.failed && this.feedbackRandom() < this.settings.feedback_share) {
      this.pending.push({
        due: at + this.settings.feedback_delay,
        variant: outcome.variant,
        label: request.label,
        correct: outcome.predicted === request.label,
        request_id: outcome.request_id,
        shadow_predicted: outcome.shadow_predicted ?? null,
      });
    }
    if (this.served % this.sampleEvery === 0) this.sample();
  }

  /** Adds a timeline point now (the driver adds the last one when it stops). */
  sample(): void {
    if (this.points.at(-1)?.at === this.served) return;
    const windowSize = Math.max(1, this.served - this.windowStart);
    const sorted = this.windowLatencies.map((l) => Float64Array.from(l).sort());
    this.points.push({
      at: this.served,
      elapsed_ms: performance.now() - this.started,
      shares: this.windowLatencies.map((l) => l.length / windowSize),
      requests: this.tallies.map((t) => t.requests),
      users: this.users.map((u) => u.size),
      errors: this.tallies.map((t) => t.errors),
      labelled: this.tallies.map((t) => t.labelled),
      correct: this.tallies.map((t) => t.correct),
      latency_p50_ms: sorted.map((s) => nearestRank(s, 0.5)),
      latency_p95_ms: sorted.map((s) => nearestRank(s, 0.95)),
      drift: this.drift.measure(),
    });
    this.windowLatencies = this.tallies.map(() => []);
    this.windowStart = this.served;
  }
}
