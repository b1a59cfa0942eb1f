// The one place that wires what the API needs from the rest of the app: trainings recorded
// as runs and evaluations recorded as runs. Both are loaded on first use, so that the first
// paint carries no IndexedDB or worker code.
import type { ApiServices } from '../api/services';
import type { Evaluator } from './record-evaluation';
import type { TrainFunction } from './record-training';

export interface ApiServiceOptions {
  /** What trains; the training worker unless given (Node tests train in process). */
  train?: TrainFunction;
  /** What evaluates; the training worker unless given. */
  evaluate?: Evaluator;
  /** Told of every training the API starts, settled or not (tests wait for them). */
  onTrainingStarted?: (training: Promise<unknown>) => void;
}

export function createApiServices(options: ApiServiceOptions = {}): ApiServices {
  return {
    startTraining: async (config, run) => {
      const { recordTraining } = await import('./record-training');
      return new Promise((resolve, reject) => {
        const training = recordTraining(
          config,
          { onRunCreated: resolve },
          { ...run, source: 'api' },
          options.train,
        );
        options.onTrainingStarted?.(training.catch(() => undefined));
        training.catch(reject);
      });
    },
    evaluate: async (spec) =>
      (await import('./record-evaluation')).recordEvaluation(spec, options.evaluate),
  };
}
