// The typed client the UI uses to call the API. Every call returns the full HTTP
// exchange (request and response as sent and received, and the time it took) so that
// pages can show learners the real traffic; bodies and answers are typed from the zod
// schemas that validate them, so a wrong body fails the type check.
import type { z } from 'zod';
import type { Exchange, HeaderList, RequestSpec } from '../http/exchange';
import type { DeploymentMetrics } from '../traffic/deployment-metrics';
import type { RegisteredModelSummary } from '../db/models';
import type { Prediction } from './model-server';
import type { DocumentLanguage } from './openapi-language';
import type {
  deployment,
  deploymentBody,
  deployPredictBody,
  deployPredictResponse,
  feedbackBody,
} from './schemas/deployments';
import type { PredictBody } from './schemas/predict';

import { detailOf } from './fastapi-detail';

export { detailOf };
export { onTraffic, recentTraffic, type TrafficEntry } from './traffic-log';
export type { DocumentLanguage, Exchange, HeaderList, RequestSpec };

export interface ApiResult<T> {
  exchange: Exchange;
  /** The parsed body of a 2xx answer. */
  data?: T;
}

export type SinglePrediction = Prediction & { model: string; version: number };
export type BatchPrediction = { predictions: Prediction[]; model: string; version: number };
export type Deployment = z.infer<typeof deployment>;
export type DeploymentBody = z.input<typeof deploymentBody>;
export type DeploymentPrediction = z.infer<typeof deployPredictResponse>;
export type DeploymentPredictBody = z.input<typeof deployPredictBody>;
export type Feedback = z.input<typeof feedbackBody>;

/** The absolute URL of an API path such as `api/health` (below the app's base). */
export function apiUrl(path: string): string {
  return new URL(`${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`, location.href).href;
}

/**
 * A request that got no answer at all: the server is not running, or the browser refused
 * to let this page read it (CORS, the page's content security policy).
 */
export class ServerUnreachable extends Error {
  override readonly name = 'ServerUnreachable';

  constructor(
    readonly server: string,
    cause: unknown,
  ) {
    super(`No answer from ${server}`, { cause });
  }
}

/** Sends a request exactly as given and records the exchange. */
export async function sendRaw(spec: RequestSpec): Promise<Exchange> {
  // Built first, so that a malformed request (a bad header name) fails as itself.
  const request = new Request(spec.url, {
    method: spec.method,
    headers: spec.headers,
    body: spec.body,
  });
  const started = performance.now();
  let response: Response;
  try {
    response = await fetch(request);
  } catch (error) {
    throw new ServerUnreachable(new URL(spec.url).origin, error);
  }
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

/** GETs a file the API makes (an export): its bytes and name, or an Error with the detail. */
export async function fetchFile(path: string): Promise<{ bytes: ArrayBuffer; filename: string }> {
  const response = await fetch(apiUrl(path));
  if (!response.ok) throw new Error(detailOf(await response.text()));
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? path.split('/').at(-1) ?? path;
  return { bytes: await response.arrayBuffer(), filename };
}

export interface SendOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** The workspace token, sent as `Authorization: Bearer …` (writes need it). */
  token?: string;
  /** The absolute URL of the API's root, ending in `api/`; the app's own API by default. */
  root?: string;
}

/** Sends `method` to `{root}{path}` as JSON; `data` is the parsed body of a 2xx answer. */
export async function send<T>(
  method: string,
  path: string,
  options: SendOptions = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.token !== undefined) headers['Authorization'] = `Bearer ${options.token}`;
  let body: string | null = null;
  if (options.body !== undefined) {
    headers['Content-Type'] ??= 'application/json';
    body = JSON.stringify(options.body);
  }
  const exchange = await sendRaw({
    method,
    url: `${options.root ?? apiUrl('api/')}${path}`,
    headers: Object.entries(headers),
    body,
  });
  const { status, body: text } = exchange.response;
  return status >= 200 && status < 300 && text
    ? { exchange, data: JSON.parse(text) as T }
    : { exchange };
}

const deploymentPath = (name: string, rest = '') =>
  `deployments/${encodeURIComponent(name)}${rest}`;

/** The API's endpoints as typed calls, on the API at `root` (the app's own by default). */
export function apiClient(root?: string) {
  const call = <T>(method: string, path: string, options: SendOptions = {}) =>
    send<T>(method, path, root === undefined ? options : { ...options, root });
  return {
    /** The OpenAPI document with its summaries and descriptions in `language`. */
    openApi: (language: DocumentLanguage) =>
      call<Record<string, unknown>>('GET', `openapi.json?lang=${language}`),
    listModels: () => call<{ items: RegisteredModelSummary[]; total: number }>('GET', 'models'),
    listDatasets: () => call<{ items: { id: string }[]; total: number }>('GET', 'datasets'),
    predict: (model: string, body: PredictBody, query = '') =>
      call<SinglePrediction | BatchPrediction>(
        'POST',
        `models/${encodeURIComponent(model)}/predict${query}`,
        { body },
      ),
    deployments: {
      put: (name: string, body: DeploymentBody, token: string) =>
        call<Deployment>('PUT', deploymentPath(name), { body, token }),
      get: (name: string) => call<Deployment>('GET', deploymentPath(name)),
      promote: (name: string, token: string) =>
        call<Deployment>('POST', deploymentPath(name, '/promote'), { token }),
      rollback: (name: string, token: string) =>
        call<Deployment>('POST', deploymentPath(name, '/rollback'), { token }),
      delete: (name: string, token: string) =>
        call<never>('DELETE', deploymentPath(name), { token }),
      predict: (name: string, body: DeploymentPredictBody) =>
        call<DeploymentPrediction>('POST', deploymentPath(name, '/predict'), { body }),
      metrics: (name: string) => call<DeploymentMetrics>('GET', deploymentPath(name, '/metrics')),
    },
    feedback: (body: Feedback) => call<never>('POST', 'feedback', { body }),
  };
}

export type ApiClient = ReturnType<typeof apiClient>;

/** The app's own API. */
export const api = apiClient();
