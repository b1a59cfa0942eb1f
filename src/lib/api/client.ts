// The typed client the UI uses to call the API. Every call returns the full HTTP
// exchange (request and response as sent and received, and the time it took) so that
// pages can show learners the real traffic.
import type { PredictBody } from './schemas/predict';
import type { Prediction } from './model-server';
import type { RegisteredModelSummary } from '../db/models';

export type HeaderList = [string, string][];

export interface Exchange {
  request: { method: string; url: string; headers: HeaderList; body: string | null };
  response: { status: number; statusText: string; headers: HeaderList; body: string };
  durationMs: number;
}

export interface ApiResult<T> {
  exchange: Exchange;
  /** The parsed body of a 2xx answer. */
  data?: T;
}

export type SinglePrediction = Prediction & { model: string; version: number };
export type BatchPrediction = { predictions: Prediction[]; model: string; version: number };

const apiUrl = (path: string) => `${import.meta.env.BASE_URL}api/${path}`;

export async function send<T>(
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  let body: string | null = null;
  if (options.body !== undefined) {
    headers['Content-Type'] ??= 'application/json';
    body = JSON.stringify(options.body);
  }
  const url = new URL(apiUrl(path), location.href).href;
  const started = performance.now();
  const response = await fetch(url, { method, headers, body });
  const text = await response.text();
  const durationMs = performance.now() - started;
  const exchange: Exchange = {
    request: { method, url, headers: Object.entries(headers), body },
    response: {
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers.entries()],
      body: text,
    },
    durationMs,
  };
  return response.ok && text ? { exchange, data: JSON.parse(text) as T } : { exchange };
}

export const api = {
  health: () => send<{ status: string; version: string; tf_backend: string }>('GET', 'health'),
  listModels: () => send<{ items: RegisteredModelSummary[]; total: number }>('GET', 'models'),
  predict: (model: string, body: PredictBody, query = '') =>
    send<SinglePrediction | BatchPrediction>(
      'POST',
      `models/${encodeURIComponent(model)}/predict${query}`,
      {
        body,
      },
    ),
};
