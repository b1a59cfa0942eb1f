// What the API needs from the rest of the app that it may not import itself (training
// runs in a Web Worker, which the API layer does not own): passed in at start-up.
import type { RunRecord } from '../db/records';
import type { TrainConfig } from '../ml/hyperparameters';
import type { EvaluationReport, EvaluationSpec } from '../ml/evaluation-contract';

export interface ApiServices {
  /** Starts training `config` as a new run; resolves with the run as soon as it exists. */
  startTraining(
    config: TrainConfig,
    run: { experiment_id: string; run_name?: string },
  ): Promise<RunRecord>;
  /** Evaluates a model version (in the worker) and records it; resolves with the report. */
  evaluate(spec: EvaluationSpec): Promise<EvaluationReport>;
}
