// Simulated network conditions for practising timeouts and retries: added latency (fixed
// plus jitter) and a share of failed requests (500 or 503) on chosen endpoints. Pure: the
// randomness is a seeded generator that the caller keeps between requests.
import type { Random } from '../data/random';

export const FAILURE_STATUSES = [500, 503] as const;
export type FailureStatus = (typeof FAILURE_STATUSES)[number];

export interface NetworkConditions {
  readonly enabled: boolean;
  readonly latency_ms: number;
  readonly jitter_ms: number;
  /** Share of matching requests that fail, from 0 to 1. */
  readonly error_rate: number;
  readonly error_status: FailureStatus;
  /** Route keys such as `POST /api/models/{name}/predict`; empty means every endpoint. */
  readonly endpoints: readonly string[];
  readonly seed: number;
}

export const NO_CONDITIONS: NetworkConditions = {
  enabled: false,
  latency_ms: 0,
  jitter_ms: 0,
  error_rate: 0,
  error_status: 503,
  endpoints: [],
  seed: 1,
};

export const CONDITION_LIMITS = {
  latency_ms: { min: 0, max: 10_000 },
  jitter_ms: { min: 0, max: 5_000 },
  error_rate: { min: 0, max: 1 },
} as const;

export interface ConditionPlan {
  /** Milliseconds to wait before answering. */
  readonly delayMs: number;
  /** The status to fail with, or null to answer normally. */
  readonly failWith: FailureStatus | null;
}

export function routeKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}

/** What the conditions do to one request to the route `key`. */
export function planRequest(
  conditions: NetworkConditions,
  key: string,
  random: Random,
): ConditionPlan {
  const applies =
    conditions.enabled && (conditions.endpoints.length === 0 || conditions.endpoints.includes(key));
  if (!applies) return { delayMs: 0, failWith: null };
  const jitter = conditions.jitter_ms > 0 ? (random() * 2 - 1) * conditions.jitter_ms : 0;
  const delayMs = Math.max(0, Math.round(conditions.latency_ms + jitter));
  const failWith = random() < conditions.error_rate ? conditions.error_status : null;
  return { delayMs, failWith };
}
