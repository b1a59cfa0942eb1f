// Messages between the page and the training worker (trainings and evaluations),
// imported by both ends.
import type { Dataset } from '../data/csv';
import type { TrainConfig } from '../ml/hyperparameters';
import type { EvaluationOutcome, EvaluationRequest } from '../ml/evaluation-contract';
import type { NetworkSnapshot } from '../ml/network-snapshot';
import type { EpochMetrics, TrainResult } from '../ml/train';

export type TrainerRequest =
  | {
      readonly type: 'train';
      readonly id: number;
      readonly config: TrainConfig;
      readonly dataset: Dataset;
      /** Send the model's weights along with the epochs, a few times a second (live pictures). */
      readonly snapshots: boolean;
    }
  | { readonly type: 'evaluate'; readonly id: number; readonly request: EvaluationRequest }
  /** Stop training or evaluation `id` after its current epoch; it answers 'cancelled'. */
  | { readonly type: 'cancel'; readonly id: number };

export type TrainingEvent =
  | {
      readonly type: 'epochs';
      readonly id: number;
      /** The epochs finished since the last message, in order. */
      readonly epochs: readonly { readonly metrics: EpochMetrics; readonly timestamp: number }[];
      /** The weights after one of these epochs, when snapshots were asked for and one is due. */
      readonly snapshot?: NetworkSnapshot;
    }
  | { readonly type: 'done'; readonly id: number; readonly result: TrainResult }
  | {
      readonly type: 'progress';
      readonly id: number;
      readonly done: number;
      readonly total: number;
    }
  | { readonly type: 'evaluated'; readonly id: number; readonly outcome: EvaluationOutcome }
  | { readonly type: 'cancelled'; readonly id: number }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };
