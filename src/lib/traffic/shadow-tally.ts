// What a shadow did with the copies it got, the same in fast-forward (tallied as it serves)
// and live (tallied from the API's request log): copies mirrored and failed, how often its
// answer agreed with the primary's, its own accuracy on the copies whose true label came
// back, and its own latency. Its answers never reach a client, so this is all it shows.
import { wilsonInterval } from '../stats/proportions';
import { percentileOf } from '../stats/nearest-rank';

export interface ShadowSummary {
  /** Requests copied to the shadow. */
  mirrored: number;
  /** Copies the shadow failed to answer. */
  failed: number;
  /** Copies it answered, compared with the primary's answer. */
  compared: number;
  agreed: number;
  agreement_rate: number | null;
  /** [primary's class][shadow's class] counts of the compared requests. */
  matrix: number[][];
  /** Answered copies whose true label came back, and how many of them the shadow got right. */
  labelled: number;
  correct: number;
  accuracy: number | null;
  accuracy_interval: [number, number] | null;
  /** The shadow's own answer time over the answered copies (0 with none). */
  latency_p50_ms: number;
  latency_p95_ms: number;
}

export class ShadowTally {
  mirrored = 0;
  failed = 0;
  compared = 0;
  agreed = 0;
  labelled = 0;
  correct = 0;
  readonly matrix: number[][];
  private readonly latencies: number[] = [];

  constructor(classes: number) {
    this.matrix = Array.from({ length: classes }, () => Array.from({ length: classes }, () => 0));
  }

  /** A copy the shadow failed to answer. */
  fail(): void {
    this.mirrored++;
    this.failed++;
  }

  /** The shadow's answer to a copy, beside the primary's; latency null when it was not timed. */
  answer(primary: number, shadow: number, latencyMs: number | null): void {
    this.mirrored++;
    this.compared++;
    if (shadow === primary) this.agreed++;
    const row = this.matrix[primary];
    if (row) row[shadow] = (row[shadow] ?? 0) + 1;
    if (latencyMs !== null) this.latencies.push(latencyMs);
  }

  /** The true label of a copy the shadow answered came back. */
  label(shadow: number, label: number): void {
    this.labelled++;
    if (shadow === label) this.correct++;
  }

  summary(): ShadowSummary {
    const tally = { successes: this.correct, trials: this.labelled };
    return {
      mirrored: this.mirrored,
      failed: this.failed,
      compared: this.compared,
      agreed: this.agreed,
      agreement_rate: this.compared > 0 ? this.agreed / this.compared : null,
      matrix: this.matrix.map((row) => row.slice()),
      labelled: this.labelled,
      correct: this.correct,
      accuracy: this.labelled > 0 ? this.correct / this.labelled : null,
      accuracy_interval: this.labelled > 0 ? wilsonInterval(tally) : null,
      latency_p50_ms: percentileOf(this.latencies, 0.5),
      latency_p95_ms: percentileOf(this.latencies, 0.95),
    };
  }
}
