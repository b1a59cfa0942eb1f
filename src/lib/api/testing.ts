// Helpers for API tests in Node: the real handlers under msw/node, a fresh database per
// test, and a request helper that sends the workspace token unless told otherwise.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { irisDataset } from '../data/iris';
import { db } from '../db/database';
import { flushDeploymentRequests } from '../db/deployments';
import { flushApiJournal } from '../db/api-journal';
import { flushPredictionLog } from '../db/prediction-log';
import { createRun } from '../db/run-writes';
import { DEFAULT_API_TOKEN } from '../db/settings';
import { completeTrainingRun } from '../db/training';
import { DEFAULT_CONFIG } from '../ml/hyperparameters';
import { tfjsModelFiles, type SerializedModel } from '../ml/serialize';
import { createApiHandlers } from './handlers';
import type { ApiServices } from './services';
import { loadTf } from '../ml/load-tf';
import { runEvaluation } from '../ml/evaluation';
import { TrainingCancelled, trainClassifier } from '../ml/train';
import { createApiServices } from '../services/api-services';
import type { TrainFunction } from '../services/record-training';

export const BASE = 'http://localhost/sub/';

/** Trains in this process (Node has no Web Worker), through the app's own recording path. */
export const trainInProcess: TrainFunction = async (config, dataset, onEpoch, signal) => {
  let epochs = 0;
  // Every tenth epoch lets timers run, as the worker lets its messages in, so that a
  // cancel can arrive mid-training.
  const checkpoint = () => {
    if (signal?.aborted) return Promise.reject(new TrainingCancelled());
    return ++epochs % 10 === 0 ? new Promise<void>((resolve) => setTimeout(resolve, 0)) : undefined;
  };
  return trainClassifier(
    await loadTf(),
    config,
    dataset,
    (metrics) => onEpoch(metrics, Date.now()),
    checkpoint,
  );
};

/** Runs started through the API, so that a test can wait for them to finish. */
export const startedTrainings: Promise<unknown>[] = [];

export const services: ApiServices = createApiServices({
  train: trainInProcess,
  evaluate: async (request, onProgress) => runEvaluation(await loadTf(), request, onProgress),
  onTrainingStarted: (training) => startedTrainings.push(training),
});

export function useApiServer(): void {
  const server = setupServer(...createApiHandlers(BASE, services));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  beforeEach(async () => {
    await Promise.all(startedTrainings.splice(0));
    await db.delete();
    await db.open();
  });
  // Entries still buffered would be written after the database closed.
  afterEach(async () => {
    await Promise.all([flushPredictionLog(), flushApiJournal()]);
    db.close();
  });
}

export interface CallOptions {
  body?: unknown;
  /** The bearer token to send; `null` sends no Authorization header. */
  token?: string | null;
  headers?: Record<string, string>;
}

export async function call(method: string, path: string, options: CallOptions = {}) {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? DEFAULT_API_TOKEN : options.token;
  if (token !== null) headers['Authorization'] = `Bearer ${token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] ??= 'application/json';
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  const response = await fetch(`${BASE}${path}`, { method, headers, body });
  const text = await response.text();
  // Tests read answers loosely: `any` keeps their assertions short.
  const isJson = response.headers.get('Content-Type')?.includes('json') ?? false;
  const parsed: any = text.trim() && isJson ? JSON.parse(text) : text || undefined;
  return { status: response.status, headers: response.headers, body: parsed };
}

/**
 * Row counts of every table, to show that a rejected request changed nothing. The
 * prediction log and the request journal are left out: they record rejected requests too,
 * as access logs do.
 */
export async function snapshot(): Promise<number[]> {
  // Earlier requests' deployment log entries land first, so that only this request counts.
  await flushDeploymentRequests();
  const logs = ['prediction_log', 'api_journal'];
  const state = db.tables.filter((table) => !logs.includes(table.name));
  return Promise.all(state.map((table) => table.count()));
}

let smallModel: Promise<SerializedModel> | undefined;

/** A default MLP trained briefly on iris (once per test file), to register and serve. */
export function trainedModel(): Promise<SerializedModel> {
  smallModel ??= (async () =>
    (await trainClassifier(await loadTf(), { ...DEFAULT_CONFIG, epochs: 40 }, irisDataset()))
      .model)();
  return smallModel;
}

/** A finished run that logged `model`, as the Train page leaves one, registered as `registerAs`. */
export async function trainedRun(model: SerializedModel, registerAs = 'scratch'): Promise<string> {
  const run = await createRun({
    params: {},
    tags: {},
    inputs: [{ name: 'iris', digest: 'abc', context: 'training' }],
  });
  await completeTrainingRun({
    run_id: run.run_id,
    metrics: [],
    artifacts: tfjsModelFiles(model).map((f) => ({ ...f, run_id: run.run_id })),
    model,
    dataset_digest: 'abc',
    register_as: registerAs,
  });
  return run.run_id;
}
