// The page's handle on the training worker: one warm module worker, reused across
// trainings and evaluations so that tfjs loads once; each call is one request, which an
// AbortSignal cancels (a training's run then ends KILLED).
import type { Dataset } from '../data/csv';
import type { EvaluationOutcome, EvaluationRequest } from '../ml/evaluation-contract';
import type { TrainConfig } from '../ml/hyperparameters';
import type { NetworkSnapshot } from '../ml/network-snapshot';
import { TrainingCancelled, type EpochMetrics, type TrainResult } from '../ml/train';
import type { TrainerRequest, TrainingEvent } from './training-protocol';

type EpochListener = (metrics: EpochMetrics, timestamp: number) => void;
type ProgressListener = (done: number, total: number) => void;
type SnapshotListener = (snapshot: NetworkSnapshot) => void;

interface Pending {
  onEpoch?: EpochListener;
  onSnapshot?: SnapshotListener;
  onProgress?: ProgressListener;
  resolve: (result: never) => void;
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
      for (const { metrics, timestamp } of event.epochs) pending.onEpoch?.(metrics, timestamp);
      if (event.snapshot) pending.onSnapshot?.(event.snapshot);
      return;
    }
    if (event.type === 'progress') {
      pending.onProgress?.(event.done, event.total);
      return;
    }
    this.#pending.delete(event.id);
    if (event.type === 'done') pending.resolve(event.result as never);
    else if (event.type === 'evaluated') pending.resolve(event.outcome as never);
    else if (event.type === 'cancelled') pending.reject(new TrainingCancelled());
    else pending.reject(new Error(event.message));
  }

  #failAll(error: Error): void {
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
    this.#worker?.terminate();
    this.#worker = undefined;
  }

  /** Sends one request; `signal` sends its cancel. */
  #request<T>(
    make: (id: number) => TrainerRequest,
    listeners: Pick<Pending, 'onEpoch' | 'onSnapshot' | 'onProgress'>,
    signal?: AbortSignal,
  ): Promise<T> {
    if (signal?.aborted) return Promise.reject(new TrainingCancelled());
    const worker = this.#ensureWorker();
    const id = this.#nextId++;
    signal?.addEventListener('abort', () => worker.postMessage({ type: 'cancel', id }), {
      once: true,
    });
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { ...listeners, resolve: resolve, reject });
      worker.postMessage(make(id));
    });
  }

  /** Trains `config`; with `onSnapshot`, the worker sends the weights as it trains. */
  train(
    config: TrainConfig,
    dataset: Dataset,
    onEpoch: EpochListener,
    signal?: AbortSignal,
    onSnapshot?: SnapshotListener,
  ): Promise<TrainResult> {
    return this.#request(
      (id) => ({ type: 'train', id, config, dataset, snapshots: onSnapshot !== undefined }),
      { onEpoch, onSnapshot },
      signal,
    );
  }

  evaluate(
    request: EvaluationRequest,
    onProgress?: ProgressListener,
    signal?: AbortSignal,
  ): Promise<EvaluationOutcome> {
    return this.#request((id) => ({ type: 'evaluate', id, request }), { onProgress }, signal);
  }
}

export const trainer = new Trainer();
