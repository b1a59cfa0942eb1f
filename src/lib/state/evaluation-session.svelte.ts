// The Evaluate page's state: one evaluation at a time of a chosen version, run in the
// worker with its progress and cancel, and its report once recorded.
import type { EvaluationReport, EvaluationSpec } from '../ml/evaluation';
import { TrainingCancelled } from '../ml/train';
import { recordEvaluation } from './record-evaluation';
import { trainer } from '../workers/trainer';

export type EvaluationPhase = 'idle' | 'running' | 'finished' | 'cancelled' | 'failed';

export class EvaluationSession {
  phase = $state<EvaluationPhase>('idle');
  done = $state(0);
  total = $state(0);
  report = $state.raw<EvaluationReport | null>(null);
  error = $state<string | null>(null);
  #abort: AbortController | null = null;

  get busy(): boolean {
    return this.phase === 'running';
  }

  async run(spec: EvaluationSpec): Promise<void> {
    if (this.busy) return;
    this.phase = 'running';
    [this.done, this.total, this.report, this.error] = [
      0,
      spec.method === 'kfold' ? (spec.k ?? 5) : 1,
      null,
      null,
    ];
    const abort = (this.#abort = new AbortController());
    try {
      this.report = await recordEvaluation(spec, (request) =>
        trainer.evaluate(
          request,
          (done, total) => ([this.done, this.total] = [done, total]),
          abort.signal,
        ),
      );
      this.phase = 'finished';
    } catch (error) {
      if (error instanceof TrainingCancelled) this.phase = 'cancelled';
      else {
        this.error = error instanceof Error ? error.message : String(error);
        this.phase = 'failed';
      }
    } finally {
      this.#abort = null;
    }
  }

  cancel(): void {
    this.#abort?.abort();
  }
}

export const evaluationSession = new EvaluationSession();
