// The Train page's state: the configuration being trained, its live curves and weights,
// the run and model version it produced, and cancelling it.
import type { TrainConfig } from '../ml/hyperparameters';
import { finalSnapshot, type NetworkSnapshot } from '../ml/network-snapshot';
import { TrainingCancelled, type EpochMetrics } from '../ml/train';
import type { ModelVersionRecord, RunRecord } from '../db/records';
import { recordTraining } from '../services/record-training';

export type TrainingPhase = 'idle' | 'training' | 'finished' | 'cancelled' | 'failed';

export class TrainingSession {
  phase = $state<TrainingPhase>('idle');
  config = $state.raw<TrainConfig | null>(null);
  history = $state.raw<EpochMetrics[]>([]);
  /** The latest weights the worker sent, then the finished model's. */
  snapshot = $state.raw<NetworkSnapshot | null>(null);
  run = $state.raw<RunRecord | null>(null);
  version = $state.raw<ModelVersionRecord | null>(null);
  finalMetrics = $state.raw<Readonly<Record<string, number>>>({});
  error = $state<string | null>(null);
  #abort: AbortController | null = null;

  get busy(): boolean {
    return this.phase === 'training';
  }

  /** The finished model's validation accuracy: its last epoch's. */
  get valAccuracy(): number | undefined {
    return this.history.at(-1)?.val_accuracy;
  }

  /** Trains `config` into an experiment; `tags` are added to the run's (a project's name, say). */
  async train(
    config: TrainConfig,
    options: { experiment_id?: string; tags?: Record<string, string> } = {},
  ): Promise<void> {
    if (this.busy) return;
    this.phase = 'training';
    this.config = config;
    this.history = [];
    this.snapshot = null;
    this.run = null;
    this.version = null;
    this.finalMetrics = {};
    this.error = null;
    this.#abort = new AbortController();
    try {
      const recorded = await recordTraining(
        config,
        {
          onRunCreated: (run) => (this.run = run),
          onEpoch: (metrics) => (this.history = [...this.history, metrics]),
          onSnapshot: (snapshot) => (this.snapshot = snapshot),
        },
        { ...options, signal: this.#abort.signal },
      );
      this.version = recorded.version;
      this.snapshot = finalSnapshot(recorded.result.model, recorded.result.history.length);
      this.finalMetrics = recorded.result.metrics;
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

/** One session for the app, so that training goes on while the user visits other pages. */
export const trainingSession = new TrainingSession();
