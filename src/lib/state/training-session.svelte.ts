// The Train page's state: the configuration being trained, its live curves, and the
// run and model version it produced.
import type { TrainConfig } from '../ml/hyperparameters';
import type { EpochMetrics } from '../ml/train';
import type { ModelVersionRecord, RunRecord } from '../db/records';
import { recordTraining } from './record-training';

export type TrainingPhase = 'idle' | 'training' | 'finished' | 'failed';

export class TrainingSession {
  phase = $state<TrainingPhase>('idle');
  config = $state.raw<TrainConfig | null>(null);
  history = $state.raw<EpochMetrics[]>([]);
  run = $state.raw<RunRecord | null>(null);
  version = $state.raw<ModelVersionRecord | null>(null);
  finalMetrics = $state.raw<Readonly<Record<string, number>>>({});
  error = $state<string | null>(null);

  get busy(): boolean {
    return this.phase === 'training';
  }

  async train(config: TrainConfig): Promise<void> {
    if (this.busy) return;
    this.phase = 'training';
    this.config = config;
    this.history = [];
    this.run = null;
    this.version = null;
    this.finalMetrics = {};
    this.error = null;
    try {
      const recorded = await recordTraining(config, {
        onRunCreated: (run) => (this.run = run),
        onEpoch: (metrics) => (this.history = [...this.history, metrics]),
      });
      this.version = recorded.version;
      this.finalMetrics = recorded.result.metrics;
      this.phase = 'finished';
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.phase = 'failed';
    }
  }
}

/** One session for the app, so that training goes on while the user visits other pages. */
export const trainingSession = new TrainingSession();
