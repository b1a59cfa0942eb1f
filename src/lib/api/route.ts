// What a route is: method, path template, docs, auth, and the zod schemas that both
// validate its input and document it. Handlers receive input that already passed.
import type { z } from 'zod';
import type { ValidationIssue } from './http-error';
import type { ErrorStyle } from './mlflow-errors';
import type { ApiServices } from './services';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteInput<P, Q, B> {
  readonly request: Request;
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  /** The app's base path (`/` or `/<repo>/`), for Location headers. */
  readonly base: string;
  readonly services: ApiServices;
}

/** An error answer to a request that reached a route: for routes that log those too. */
export interface Rejection<B> {
  /** The path parameters as sent (decoded, not validated). */
  readonly params: Readonly<Record<string, string>>;
  /** The body, when it had passed validation before the request failed. */
  readonly body: B | undefined;
  readonly status: number;
  readonly detail: string | ValidationIssue[];
  /** From the request's arrival in the API to the answer. */
  readonly latencyMs: number;
}

/** A documented answer of a route: its status, what it means, and its body's schema. */
export interface RouteResponse {
  readonly status: number;
  readonly description: string;
  readonly schema?: z.ZodType;
  /** The media type of a body that is a file rather than JSON, e.g. `application/zip`. */
  readonly mediaType?: string;
}

export interface Route<P = unknown, Q = unknown, B = unknown> {
  readonly method: Method;
  /** Path below the base URL with `{param}` segments, e.g. `/api/models/{name}/predict`. */
  readonly path: string;
  readonly summary: string;
  readonly description?: string;
  readonly tag: string;
  /** Whether the request needs `Authorization: Bearer <token>`. */
  readonly auth: boolean;
  readonly params?: z.ZodType<P>;
  readonly query?: z.ZodType<Q>;
  readonly body?: z.ZodType<B>;
  /**
   * For a body that may take several forms: the one member schema to report errors
   * against for this value, so that a 422 names what is wrong with the form the client
   * meant rather than listing every form it did not.
   */
  readonly bodyFormFor?: (value: unknown) => z.ZodType;
  /** Accepts `text/csv` too: turns the text (and the query) into the value the body schema checks. */
  readonly csvBody?: (text: string, query: Record<string, string>) => unknown;
  /**
   * MLflow's request message: from the query string when there is one, else from the JSON
   * body (its client sends a DELETE's fields as a body, curl users as a query).
   */
  readonly bodyFromQuery?: boolean;
  readonly response: RouteResponse;
  /** How its errors look: FastAPI's `detail` unless the route speaks MLflow. */
  readonly errorStyle?: ErrorStyle;
  /** Error statuses the route itself may answer (404, 409, ...), for the docs. */
  readonly errors?: readonly { status: number; description: string }[];
  readonly handle: (input: RouteInput<P, Q, B>) => Response | Promise<Response>;
  /** Called with every error answer to this route (4xx or 5xx); the answer stays as it is. */
  readonly onRejected?: (rejection: Rejection<B>) => void;
}

/** Keeps a route's parameter types tied to its schemas. */
export function defineRoute<P = Record<string, never>, Q = Record<string, never>, B = undefined>(
  route: Route<P, Q, B>,
): Route {
  return route as unknown as Route;
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** 201 Created with the new resource's address. */
export function created(body: unknown, location: string): Response {
  return json(body, 201, { Location: location });
}

/** 204 No Content: done, nothing to say. */
export function noContent(): Response {
  return new Response(null, { status: 204 });
}
