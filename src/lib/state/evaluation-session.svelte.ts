// The Evaluate page's state: one evaluation at a time of a chosen version (and optionally
// a second version on the same folds or resamples, compared), run in the worker with its
// progress and cancel, and the recorded reports.
import type {
  EvaluationReport,
  EvaluationRequest,
  EvaluationSpec,
} from '../ml/evaluation-contract';
import { compareReports, type PairedComparison } from '../stats/paired-comparison';
import { TrainingCancelled } from '../ml/train';
import { trainer } from '../workers/trainer';
import { recordEvaluation } from '../services/record-evaluation';

export type EvaluationPhase = 'idle' | 'running' | 'finished' | 'cancelled' | 'failed';

/** A second version evaluated on the same folds or resamples, and the paired comparison. */
export interface VersionComparison {
  other: EvaluationReport;
  result: PairedComparison;
}

export class EvaluationSession {
  phase = $state<EvaluationPhase>('idle');
  done = $state(0);
  total = $state(0);
  report = $state.raw<EvaluationReport | null>(null);
  comparison = $state.raw<VersionComparison | null>(null);
  error = $state<string | null>(null);
  #abort: AbortController | null = null;

  get busy(): boolean {
    return this.phase === 'running';
  }

  /** Evaluates `spec`; with `compareWith`, that version too, on the same rows, and compares. */
  async run(spec: EvaluationSpec, compareWith?: number): Promise<void> {
    if (this.busy) return;
    this.phase = 'running';
    this.done = 0;
    this.total = spec.method === 'kfold' ? (spec.k ?? 5) : 1;
    this.report = null;
    this.comparison = null;
    this.error = null;
    const abort = (this.#abort = new AbortController());
    const evaluator = (request: EvaluationRequest) =>
      trainer.evaluate(
        request,
        (done, total) => {
          this.done = done;
          this.total = total;
        },
        abort.signal,
      );
    try {
      const report = await recordEvaluation(spec, evaluator);
      this.report = report;
      if (compareWith !== undefined) {
        // The same seed and held-out share: the same folds or resamples for both versions.
        const same = { ...spec, seed: report.options.seed, test_size: report.options.test_size };
        const other = await recordEvaluation(
          { ...same, selector: { version: compareWith } },
          evaluator,
        );
        this.comparison = { other, result: compareReports(report, other) };
      }
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
