// A canary roll-out as a pure state machine (Argo Rollouts' steps with analysis, KServe's
// canaryTrafficPercent): the canary gets each step's share of traffic; once a step has
// seen enough labelled requests, the guardrails are checked on that step's traffic, and the
// roll-out advances, promotes at the last step, or rolls back. A guardrail that breaks
// badly rolls back before the step is over.
import { percentileOf } from '../stats/nearest-rank';

export interface Guardrails {
  /** Accuracy on labelled requests at least this (0-1). */
  min_accuracy?: number | undefined;
  /** Share of failed requests at most this (0-1). */
  max_error_rate?: number | undefined;
  /** 95th percentile latency at most this many ms. */
  max_p95_latency_ms?: number | undefined;
}

export interface CanaryPlan {
  /** Canary shares in percent, increasing, the last 100: [10, 25, 50, 100]. */
  steps: readonly number[];
  /** Labelled canary requests a step needs before it is judged. */
  labelled_per_step: number;
  guardrails: Guardrails;
}

export type CanaryStatus = 'progressing' | 'promoted' | 'rolled_back';

export interface CanaryDecision {
  at: number;
  action: 'advance' | 'promote' | 'rollback';
  from_percent: number;
  to_percent: number;
  reason: string;
}

/** What the canary did during the current step. */
export interface StepWindow {
  requests: number;
  errors: number;
  labelled: number;
  correct: number;
  latencies: number[];
}

/** Requests before a broken error or latency guardrail may roll back ahead of the step's end. */
const EARLY_MINIMUM = 20;

const newWindow = (): StepWindow => ({
  requests: 0,
  errors: 0,
  labelled: 0,
  correct: 0,
  latencies: [],
});

/** The 95th percentile by nearest rank (0 with no requests). */
export function p95(latencies: readonly number[]): number {
  return percentileOf(latencies, 0.95);
}

/** The guardrails the window breaks, in words; empty when all hold. */
export function brokenGuardrails(guardrails: Guardrails, window: StepWindow): string[] {
  const broken: string[] = [];
  const accuracy = window.labelled > 0 ? window.correct / window.labelled : Number.NaN;
  const errorRate = window.requests > 0 ? window.errors / window.requests : 0;
  const latency = guardrails.max_p95_latency_ms === undefined ? 0 : p95(window.latencies);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  if (guardrails.min_accuracy !== undefined && accuracy < guardrails.min_accuracy) {
    broken.push(`accuracy ${pct(accuracy)} < ${pct(guardrails.min_accuracy)}`);
  }
  if (guardrails.max_error_rate !== undefined && errorRate > guardrails.max_error_rate) {
    broken.push(`error rate ${pct(errorRate)} > ${pct(guardrails.max_error_rate)}`);
  }
  if (guardrails.max_p95_latency_ms !== undefined && latency > guardrails.max_p95_latency_ms) {
    broken.push(`p95 latency ${latency.toFixed(0)} ms > ${guardrails.max_p95_latency_ms} ms`);
  }
  return broken;
}

/** One canary request's outcome: failed or not, its latency, and (later) whether it was right. */
export type CanaryEvent =
  { kind: 'request'; failed: boolean; latency_ms: number } | { kind: 'label'; correct: boolean };

/** A roll-out in progress: feed it the canary's events; it decides when a step is over. */
export class CanaryRollout {
  status: CanaryStatus = 'progressing';
  step = 0;
  window: StepWindow = newWindow();
  readonly decisions: CanaryDecision[] = [];
  private nextEarlyCheck = EARLY_MINIMUM;

  /** `resume`: where a stored roll-out stood (a fresh page picks it up from there). */
  constructor(
    readonly plan: CanaryPlan,
    resume?: { status: CanaryStatus; step: number } | null,
  ) {
    if (resume) {
      this.status = resume.status;
      this.step = Math.min(resume.step, plan.steps.length - 1);
    }
  }

  /** The canary's share of traffic now, in percent: 0 after a rollback, 100 once promoted. */
  get percent(): number {
    if (this.status === 'rolled_back') return 0;
    if (this.status === 'promoted') return 100;
    return this.plan.steps[this.step] ?? 100;
  }

  /** Takes one event at time `at`; answers the decision it led to, if any. */
  observe(event: CanaryEvent, at: number): CanaryDecision | null {
    if (this.status !== 'progressing') return null;
    const window = this.window;
    if (event.kind === 'request') {
      window.requests++;
      window.errors += event.failed ? 1 : 0;
      window.latencies.push(event.latency_ms);
    } else {
      window.labelled++;
      window.correct += event.correct ? 1 : 0;
    }
    const stepDone = window.labelled >= this.plan.labelled_per_step;
    if (!stepDone) {
      // Early checks grow apart as the step's traffic grows (every 10%, at least every 20
      // requests), so that judging a long step costs O(log n) per request, not a sort each.
      if (event.kind !== 'request' || window.requests < this.nextEarlyCheck) return null;
      this.nextEarlyCheck = Math.max(
        window.requests + EARLY_MINIMUM,
        Math.ceil(window.requests * 1.1),
      );
    }
    const broken = brokenGuardrails(this.plan.guardrails, window);
    // Errors and latency can be judged early; accuracy waits for the step's labels.
    const early = broken.some((b) => !b.startsWith('accuracy'));
    if (broken.length > 0 && (stepDone || early)) {
      return this.decide('rollback', 0, broken.join('; '), at);
    }
    if (!stepDone) return null;
    const last = this.step >= this.plan.steps.length - 1;
    const reason = `${this.percent}% step passed every guardrail over ${window.labelled} labelled requests`;
    return last
      ? this.decide('promote', 100, reason, at)
      : this.decide('advance', this.plan.steps[this.step + 1] ?? 100, reason, at);
  }

  /** A decision by hand (promote or roll back now), logged like the rules' own. */
  decide(action: CanaryDecision['action'], to: number, reason: string, at: number): CanaryDecision {
    const decision: CanaryDecision = {
      at,
      action,
      from_percent: this.percent,
      to_percent: to,
      reason,
    };
    this.decisions.push(decision);
    if (action === 'rollback') this.status = 'rolled_back';
    else if (action === 'promote') this.status = 'promoted';
    else this.step++;
    this.window = newWindow();
    this.nextEarlyCheck = EARLY_MINIMUM;
    return decision;
  }
}
