// The typed client the UI uses to call the API. Every call returns the full HTTP
// exchange (request and response as sent and received, and the time it took) so that
// pages can show learners the real traffic. It also hands out the page's traffic log.
import type { Exchange, HeaderList, RequestSpec } from '../http/exchange';
import type { PredictBody } from './schemas/predict';
import type { Prediction } from './model-server';
import type { RegisteredModelSummary } from '../db/models';

export { onTraffic, recentTraffic, type TrafficEntry } from './traffic-log';
export { DeploymentTraffic, type ShadowReport } from './live-traffic';
export type { Exchange, HeaderList, RequestSpec };

export interface ApiResult<T> {
  exchange: Exchange;
  /** The parsed body of a 2xx answer. */
  data?: T;
}

export type SinglePrediction = Prediction & { model: string; version: number };
export type BatchPrediction = { predictions: Prediction[]; model: string; version: number };

/** The absolute URL of an API path such as `api/health` (below the app's base). */
export function apiUrl(path: string): string {
  return new URL(`${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`, location.href).href;
}

/** Sends a request exactly as given and records the exchange. */
export async function sendRaw(spec: RequestSpec): Promise<Exchange> {
  const started = performance.now();
  const response = await fetch(spec.url, {
    method: spec.method,
    headers: spec.headers,
    body: spec.body,
  });
  const text = await response.text();
  return {
    request: spec,
    response: {
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers.entries()],
      body: text,
    },
    durationMs: performance.now() - started,
  };
}

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
  const exchange = await sendRaw({
    method,
    url: apiUrl(`api/${path}`),
    headers: Object.entries(headers),
    body,
  });
  const { status, body: text } = exchange.response;
  return status >= 200 && status < 300 && text
    ? { exchange, data: JSON.parse(text) as T }
    : { exchange };
}

export const api = {
  health: () => send<{ status: string; version: string; tf_backend: string }>('GET', 'health'),
  openApi: () => send<Record<string, unknown>>('GET', 'openapi.json'),
  listModels: () => send<{ items: RegisteredModelSummary[]; total: number }>('GET', 'models'),
  listDatasets: () => send<{ items: { id: string }[]; total: number }>('GET', 'datasets'),
  predict: (model: string, body: PredictBody, query = '') =>
    send<SinglePrediction | BatchPrediction>(
      'POST',
      `models/${encodeURIComponent(model)}/predict${query}`,
      {
        body,
      },
    ),
};
