// The one request pipeline every API route goes through: routing (404/405 + Allow),
// auth (401), content type (415), body size (413), JSON parsing and zod validation
// (422), and error shaping (FastAPI's `detail`, or MLflow's `error_code` for the routes that
// speak MLflow), told to a route that logs its rejected requests. Handlers never repeat these steps.
import type { z } from 'zod';
import type { Random } from '../data/random';
import { ConflictError, NotFoundError } from '../db/errors';
import {
  planRequest,
  routeKey,
  type FailureStatus,
  type NetworkConditions,
} from '../http/network-conditions';
import { HttpError, type ValidationIssue } from './http-error';
import { mlflowAnswer, mlflowDomainError, type ErrorStyle } from './mlflow-errors';
import { json, type Route } from './route';
import type { ApiServices } from './services';
import { toValidationIssues } from './validation-errors';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface PipelineOptions {
  /** The app's base path, e.g. `/` or `/ml-playground/`. */
  readonly basePath: string;
  /** The workspace's current API token. */
  readonly apiToken: () => Promise<string>;
  /** The simulated network conditions in force, and the random source they draw from. */
  readonly networkConditions?: () => Promise<NetworkConditions>;
  readonly random?: Random;
  readonly logError?: (error: unknown) => void;
  readonly services: ApiServices;
  /** Told of every answer, served or refused, after it is made (the request journal). */
  readonly onAnswered?: (answer: AnsweredRequest) => void;
}

/** A request as the journal keeps it: what was asked, of which route, and how it ended. */
export interface AnsweredRequest {
  readonly method: string;
  /** Below the base, with the query string. */
  readonly path: string;
  readonly route: string | null;
  readonly status: number;
  /** An error's reason in a few words; '' for a success. */
  readonly detail: string;
}

const SHORT_DETAIL_CHARS = 120;

/** An error's `detail` in a few words: the string, or a 422's first `type` at its `loc`. */
export function shortDetail(detail: string | ValidationIssue[]): string {
  const first = typeof detail === 'string' ? undefined : detail[0];
  const text =
    typeof detail === 'string' ? detail : first ? `${first.type} at ${first.loc.join('.')}` : '';
  return text.length > SHORT_DETAIL_CHARS ? `${text.slice(0, SHORT_DETAIL_CHARS - 1)}…` : text;
}

interface CompiledRoute {
  readonly route: Route;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(param[1] ?? '');
      // A trailing {path} spans segments, as a file path does (FastAPI's {path:path}).
      return param[1] === 'path' ? '(.+)' : '([^/]+)';
    })
    .join('/');
  return { route, pattern: new RegExp(`^${source}/?$`), names };
}

/** A path segment decoded; a malformed escape (%E0%A4%A) is kept as sent, to fail as a name. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function validate<T>(
  schema: z.ZodType<T>,
  value: unknown,
  where: 'path' | 'query' | 'body',
  form?: z.ZodType,
): T {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const issues = form ? (form.safeParse(value, { reportInput: true }).error?.issues ?? []) : [];
  const reported = issues.length > 0 ? issues : result.error.issues;
  throw new HttpError(422, toValidationIssues(reported, value, where));
}

function authorize(request: Request, expected: string): void {
  const header = request.headers.get('Authorization');
  const challenge = { 'WWW-Authenticate': 'Bearer' };
  if (!header) throw new HttpError(401, 'Not authenticated', challenge);
  const [scheme, token] = header.split(' ', 2);
  if (scheme?.toLowerCase() !== 'bearer' || !token)
    throw new HttpError(401, 'Not authenticated', challenge);
  if (token !== expected) throw new HttpError(401, 'Invalid authentication credentials', challenge);
}

/** The request's media type, without parameters such as charset. */
function mediaType(request: Request): string {
  return (request.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

async function readText(request: Request): Promise<string> {
  const declared = Number(request.headers.get('Content-Length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw new HttpError(413, 'Request Entity Too Large');
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > MAX_BODY_BYTES) throw new HttpError(413, 'Request Entity Too Large');
  return new TextDecoder().decode(bytes);
}

/** The body as the value its schema checks: parsed JSON, or CSV turned by the route. */
async function readBody(
  request: Request,
  route: Route,
  query: Record<string, string>,
): Promise<unknown> {
  if (route.bodyFromQuery && Object.keys(query).length > 0) return query;
  const type = mediaType(request);
  const csv = type === 'text/csv' && route.csvBody !== undefined;
  if (type !== 'application/json' && !csv) throw new HttpError(415, 'Unsupported Media Type');
  const text = await readText(request);
  if (csv) return route.csvBody?.(text, query);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const issue: ValidationIssue = {
      type: 'json_invalid',
      loc: ['body', jsonErrorPosition(error, text)],
      msg: 'JSON decode error',
      input: {},
      ctx: { error: error instanceof Error ? error.message : 'Invalid JSON' },
    };
    throw new HttpError(422, [issue]);
  }
}

/** The character offset a JSON.parse error points at, as FastAPI reports it. */
function jsonErrorPosition(error: unknown, text: string): number {
  const match = error instanceof Error ? /position (\d+)/.exec(error.message) : null;
  return match ? Number(match[1]) : text.length;
}

/** A failure injected by the simulated network conditions (not a bug, so not logged). */
function simulatedFailure(status: FailureStatus): HttpError {
  return status === 503
    ? new HttpError(503, 'Service Unavailable', { 'Retry-After': '1' })
    : new HttpError(500, 'Internal Server Error');
}

/** What an error becomes: FastAPI's shape; anything unexpected is a 500, and logged. */
function asHttpError(error: unknown, logError: (error: unknown) => void): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof NotFoundError) return new HttpError(404, error.message);
  if (error instanceof ConflictError) return new HttpError(409, error.message, {}, error.extra);
  logError(error);
  return new HttpError(500, 'Internal Server Error');
}

/** What the pipeline knew of a request when it failed, for the route's onRejected. */
interface Reached {
  route?: Route;
  /** The error style of the routes the path matched, known before the method is checked. */
  style?: ErrorStyle;
  params?: Record<string, string>;
  body?: unknown;
}

export function createPipeline(routes: readonly Route[], options: PipelineOptions) {
  const compiled = routes.map(compile);
  const prefix = options.basePath.replace(/\/$/, '');

  async function run(request: Request, path: string, reached: Reached): Promise<Response> {
    const matches = compiled
      .map((c) => ({ c, match: c.pattern.exec(path) }))
      .filter((m): m is { c: CompiledRoute; match: RegExpExecArray } => m.match !== null);
    if (matches.length === 0) throw new HttpError(404, 'Not Found');
    reached.style = matches[0]?.c.route.errorStyle;
    const hit = matches.find((m) => m.c.route.method === request.method);
    if (!hit) {
      const allow = [...new Set(matches.map((m) => m.c.route.method))].join(', ');
      throw new HttpError(405, 'Method Not Allowed', { Allow: allow });
    }
    const { route, names } = hit.c;
    const rawParams = Object.fromEntries(
      names.map((name, i) => [name, decodeSegment(hit.match[i + 1] ?? '')]),
    );
    Object.assign(reached, { route, params: rawParams });
    if (options.networkConditions) {
      const conditions = await options.networkConditions();
      const plan = planRequest(
        conditions,
        routeKey(route.method, route.path),
        options.random ?? Math.random,
      );
      if (plan.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, plan.delayMs));
      if (plan.failWith !== null) throw simulatedFailure(plan.failWith);
    }
    if (route.auth) authorize(request, await options.apiToken());
    const url = new URL(request.url);
    const rawQuery = Object.fromEntries(url.searchParams.entries());
    const params = route.params ? validate(route.params, rawParams, 'path') : rawParams;
    const query = route.query ? validate(route.query, rawQuery, 'query') : {};
    let body: unknown;
    if (route.body) {
      const raw = await readBody(request, route, rawQuery);
      body = validate(route.body, raw, 'body', route.bodyFormFor?.(raw));
      reached.body = body;
    }
    return route.handle({
      request,
      params,
      query,
      body,
      base: options.basePath,
      services: options.services,
    });
  }

  // Routes outside /api/ (MLflow's scoring server answers at its server's root).
  const rootPaths = new Set(
    routes.filter((r) => !r.path.startsWith('/api/')).map((r) => `${prefix}${r.path}`),
  );

  /** Answers a request under `<base>api/` (or to a root route), or returns undefined for any other path. */
  return async function handle(request: Request): Promise<Response | undefined> {
    const { pathname, search } = new URL(request.url);
    const ours =
      pathname.startsWith(`${prefix}/api/`) ||
      pathname === `${prefix}/api` ||
      rootPaths.has(pathname);
    if (!ours) return undefined;
    const started = performance.now();
    const reached: Reached = {};
    const path = pathname.slice(prefix.length);
    const tell = (status: number, detail: string) =>
      options.onAnswered?.({
        method: request.method,
        path: path + search,
        route: reached.route?.path ?? null,
        status,
        detail,
      });
    try {
      const response = await run(request, path, reached);
      tell(response.status, '');
      return response;
    } catch (caught) {
      const style = reached.style ?? 'fastapi';
      const error =
        (style === 'fastapi' ? undefined : mlflowDomainError(caught)) ??
        asHttpError(caught, options.logError ?? console.error);
      reached.route?.onRejected?.({
        params: reached.params ?? {},
        body: reached.body,
        status: error.status,
        detail: error.detail,
        latencyMs: performance.now() - started,
      });
      tell(error.status, shortDetail(error.detail));
      if (style === 'fastapi')
        return json({ detail: error.detail, ...error.extra }, error.status, error.headers);
      const answer = mlflowAnswer(error, style, request);
      return json(answer.body, answer.status, answer.headers);
    }
  };
}
