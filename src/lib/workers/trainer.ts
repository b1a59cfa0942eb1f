// The page's handle on the training worker: one warm module worker, reused across
// trainings so that tfjs loads once; each train() call is one request, which an
// AbortSignal cancels (the run then ends KILLED).
import type { Dataset } from '../data/csv';
import type { TrainConfig } from '../ml/hyperparameters';
import { TrainingCancelled, type EpochMetrics, type TrainResult } from '../ml/train';
import type { TrainerRequest, TrainingEvent } from './training-protocol';

type EpochListener = (metrics: EpochMetrics, timestamp: number) => void;

interface Pending {
  onEpoch: EpochListener;
  resolve: (result: TrainResult) => void;
  reject: (error: Error) => void;
}

export class Trainer {
  #worker: Worker | undefined;
  #nextId = 1;
  #pending = new Map<number, Pending>();

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<TrainingEvent>) => this.#receive(data);
    worker.onerror = (event) =>
      this.#failAll(new Error(event.message || 'the training worker crashed'));
    this.#worker = worker;
    return worker;
  }

  #receive(event: TrainingEvent): void {
    const pending = this.#pending.get(event.id);
    if (!pending) return;
    if (event.type === 'epochs') {
      for (const { metrics, timestamp } of event.epochs) pending.onEpoch(metrics, timestamp);
      return;
    }
    this.#pending.delete(event.id);
    if (event.type === 'done') pending.resolve(event.result);
    else if (event.type === 'cancelled') pending.reject(new TrainingCancelled());
    else pending.reject(new Error(event.message));
  }

  #failAll(error: Error): void {
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
    this.#worker?.terminate();
    this.#worker = undefined;
  }

  train(
    config: TrainConfig,
    dataset: Dataset,
    onEpoch: EpochListener,
    signal?: AbortSignal,
  ): Promise<TrainResult> {
    if (signal?.aborted) return Promise.reject(new TrainingCancelled());
    const worker = this.#ensureWorker();
    const id = this.#nextId++;
    const send = (request: TrainerRequest) => worker.postMessage(request);
    signal?.addEventListener('abort', () => send({ type: 'cancel', id }), { once: true });
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { onEpoch, resolve, reject });
      send({ type: 'train', id, config, dataset });
    });
  }
}

export const trainer = new Trainer();
