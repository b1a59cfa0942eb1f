// A sweep in progress: a parent run, then one child run per planned trial, trained one
// after another; progress, cancel (the current trial and the parent end KILLED), and the
// best child marked on both runs when it ends.
import type { TrainConfig } from '../ml/hyperparameters';
import { TrainingCancelled } from '../ml/train';
import type { SweepSpec } from '../ml/sweep-plan';
import type { RunRecord } from '../db/records';
import { createRun, endRun, logBatch, updateRun } from '../db/run-writes';
import { recordTraining, type TrainFunction } from '../services/record-training';
import { holdRunLock } from '../db/run-locks';

export const SWEEP_GOALS = {
  val_accuracy: 'max',
  val_f1_macro: 'max',
  val_log_loss: 'min',
} as const;
export type SweepMetric = keyof typeof SWEEP_GOALS;

export type SweepPhase = 'idle' | 'running' | 'finished' | 'cancelled' | 'failed';

export interface TrialOutcome {
  run_id: string;
  run_name: string;
  status: RunRecord['status'];
  score: number | undefined;
}

function better(metric: SweepMetric, a: number, b: number): boolean {
  return SWEEP_GOALS[metric] === 'max' ? a > b : a < b;
}

export class SweepSession {
  phase = $state<SweepPhase>('idle');
  parent = $state.raw<RunRecord | null>(null);
  total = $state(0);
  trials = $state.raw<TrialOutcome[]>([]);
  best = $state.raw<TrialOutcome | null>(null);
  error = $state<string | null>(null);
  #abort: AbortController | null = null;

  /** `train` replaces the training worker (tests train in-process). */
  constructor(private readonly train?: TrainFunction) {}

  get busy(): boolean {
    return this.phase === 'running';
  }

  async run(
    trials: readonly TrainConfig[],
    spec: SweepSpec,
    metric: SweepMetric,
    experimentId = '0',
  ): Promise<void> {
    if (this.busy) return;
    this.phase = 'running';
    this.parent = null;
    this.total = trials.length;
    this.trials = [];
    this.best = null;
    this.error = null;
    const abort = (this.#abort = new AbortController());
    let settle = () => {};
    let parent: RunRecord | undefined;
    try {
      parent = await createRun({
        experiment_id: experimentId,
        params: {
          'sweep.method': spec.method,
          'sweep.trials': String(trials.length),
          'sweep.fields': spec.fields.map((f) => f.field).join(','),
          'sweep.metric': metric,
          'sweep.seed': String(spec.seed),
        },
        tags: { source: 'sweep', app_version: __APP_VERSION__ },
        inputs: [],
      });
      this.parent = parent;
      holdRunLock(parent.run_id, new Promise<void>((resolve) => (settle = resolve)));
      for (const [i, config] of trials.entries()) {
        if (abort.signal.aborted) throw new TrainingCancelled();
        const outcome = await this.#trial(parent.run_id, i, config, metric, abort.signal);
        this.trials = [...this.trials, outcome];
        if (
          outcome.score !== undefined &&
          (this.best?.score === undefined || better(metric, outcome.score, this.best.score))
        ) {
          this.best = outcome;
        }
      }
      await this.#finish(parent.run_id, metric);
      this.phase = 'finished';
    } catch (error) {
      if (error instanceof TrainingCancelled) {
        if (parent) await endRun(parent.run_id, 'KILLED');
        this.phase = 'cancelled';
      } else {
        const message = error instanceof Error ? error.message : String(error);
        if (parent) await endRun(parent.run_id, 'FAILED', message);
        this.error = message;
        this.phase = 'failed';
      }
    } finally {
      this.#abort = null;
      settle();
    }
  }

  async #trial(
    parentId: string,
    index: number,
    config: TrainConfig,
    metric: SweepMetric,
    signal: AbortSignal,
  ): Promise<TrialOutcome> {
    let created: RunRecord | undefined;
    try {
      const { run, result } = await recordTraining(
        config,
        { onRunCreated: (run) => (created = run) },
        {
          parent_run_id: parentId,
          source: 'sweep',
          tags: { 'sweep.trial': String(index + 1) },
          signal,
          register: false,
        },
        this.train,
      );
      const score =
        metric === 'val_accuracy' ? result.history.at(-1)?.val_accuracy : result.metrics[metric];
      return { run_id: run.run_id, run_name: run.run_name, status: 'FINISHED', score };
    } catch (error) {
      if (error instanceof TrainingCancelled || !created) throw error;
      // One failed trial does not end the sweep: it stays FAILED with its error.
      return {
        run_id: created.run_id,
        run_name: created.run_name,
        status: 'FAILED',
        score: undefined,
      };
    }
  }

  async #finish(parentId: string, metric: SweepMetric): Promise<void> {
    const best = this.best;
    if (best?.score !== undefined) {
      await updateRun(best.run_id, { tags: { best_child: 'true' } });
      await logBatch(parentId, {
        params: [],
        metrics: [{ key: `best_${metric}`, value: best.score }],
        tags: [{ key: 'best_run_id', value: best.run_id }],
      });
    }
    await endRun(parentId, 'FINISHED');
  }

  cancel(): void {
    this.#abort?.abort();
  }
}

/** One sweep at a time for the app, so that it goes on while the user looks at its runs. */
export const sweepSession = new SweepSession();
