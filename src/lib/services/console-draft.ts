// The API console's request being edited, and the ways one is made: from an endpoint of
// the OpenAPI document (for this playground's API or another server that speaks it), from
// a logged exchange (replay), or turned into a request to send.
import { apiUrl, type Exchange, type RequestSpec } from '../api/client';

export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type Method = (typeof METHODS)[number];

export interface HeaderRow {
  name: string;
  value: string;
  enabled: boolean;
}

export interface Draft {
  method: Method;
  /** Where it goes: scheme, host and port, e.g. http://127.0.0.1:8000. */
  origin: string;
  /** The path as it goes on the wire, base included, e.g. /ml-playground/api/models/iris. */
  path: string;
  /** Without the leading `?`. */
  query: string;
  headers: HeaderRow[];
  body: string;
}

export interface EndpointTemplate {
  method: Method;
  /** As documented, e.g. /api/models/{name}. */
  path: string;
  summary: string;
  auth: boolean;
  hasBody: boolean;
  example: unknown;
}

/** Values for path parameters, taken from what the workspace holds. */
export type PathSamples = Record<string, string>;

interface OpenApiOperation {
  summary?: string;
  security?: unknown[];
  requestBody?: { content?: Record<string, { example?: unknown }> };
}

export function templatesFromOpenApi(document: unknown): EndpointTemplate[] {
  const paths =
    (document as { paths?: Record<string, Record<string, OpenApiOperation>> }).paths ?? {};
  return Object.entries(paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      method: method.toUpperCase() as Method,
      path,
      summary: operation.summary ?? '',
      auth: (operation.security?.length ?? 0) > 0,
      hasBody: operation.requestBody !== undefined,
      example: operation.requestBody?.content?.['application/json']?.example,
    })),
  );
}

export function fillPath(template: string, samples: PathSamples): string {
  // Under /api/deployments, {name} is a deployment's name, not a model's.
  const deployment = template.startsWith('/api/deployments/');
  return template.replace(
    /\{(\w+)\}/g,
    (whole, name: string) =>
      (deployment && name === 'name' ? samples['deployment'] : samples[name]) ?? whole,
  );
}

/**
 * Where a path below a base URL goes on the wire: `api/health` below the playground's own
 * base (the default) or below another server's, e.g. `http://127.0.0.1:8000/`.
 */
export function destination(path: string, base = apiUrl('')): Pick<Draft, 'origin' | 'path'> {
  const url = new URL(path.replace(/^\//, ''), base);
  return { origin: url.origin, path: url.pathname };
}

export function authorizationRow(token: string, enabled: boolean): HeaderRow {
  return { name: 'Authorization', value: `Bearer ${token}`, enabled };
}

/** A request for `template`, to the API below `base` (this playground's by default). */
export function draftFor(
  template: EndpointTemplate,
  samples: PathSamples,
  token: string,
  base = apiUrl(''),
): Draft {
  const headers: HeaderRow[] = [{ name: 'Accept', value: 'application/json', enabled: true }];
  if (template.hasBody)
    headers.push({ name: 'Content-Type', value: 'application/json', enabled: true });
  headers.push(authorizationRow(token, template.auth));
  return {
    method: template.method,
    ...destination(fillPath(template.path, samples), base),
    query: '',
    headers,
    body: template.hasBody ? JSON.stringify(template.example ?? {}, null, 2) : '',
  };
}

export function requestOf(draft: Draft): RequestSpec {
  const url = new URL(draft.path, draft.origin);
  url.search = draft.query.replace(/^\?/, '');
  const sendsBody = draft.method !== 'GET' && draft.body.trim() !== '';
  return {
    method: draft.method,
    url: url.href,
    headers: draft.headers
      .filter((h) => h.enabled && h.name.trim() !== '')
      .map((h) => [h.name.trim(), h.value]),
    body: sendsBody ? draft.body : null,
  };
}

export function draftFromExchange(exchange: Exchange): Draft {
  const url = new URL(exchange.request.url);
  const method = (METHODS as readonly string[]).includes(exchange.request.method)
    ? (exchange.request.method as Method)
    : 'GET';
  return {
    method,
    origin: url.origin,
    path: url.pathname,
    query: url.search.replace(/^\?/, ''),
    headers: exchange.request.headers.map(([name, value]) => ({ name, value, enabled: true })),
    body: exchange.request.body ?? '',
  };
}

/**
 * The template a link asks the console for with `?send=METHOD /api/path` (Home's map and
 * the labs open the console that way); undefined when the query names none.
 */
export function templateFromQuery(
  templates: readonly EndpointTemplate[],
  query: string,
): EndpointTemplate | undefined {
  const wanted = new URLSearchParams(query).get('send');
  if (!wanted) return undefined;
  const [method = '', rawPath = ''] = wanted.trim().split(/\s+/, 2);
  const path = `/${rawPath.replace(/^\//, '')}`;
  return templates.find((t) => t.method === method.toUpperCase() && t.path === path);
}

/** What a console link carries beside its endpoint: a body and a query string to start from. */
export interface LinkedRequest {
  body?: string;
  query?: string;
}

/** The body (`&body=`, JSON shown indented) and query string (`&query=`) a console link carries. */
export function linkedRequest(query: string): LinkedRequest {
  const params = new URLSearchParams(query);
  const body = params.get('body');
  const search = params.get('query');
  let shown = body ?? undefined;
  try {
    if (body !== null) shown = JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    // Not JSON: the console shows it as sent, for the API to refuse.
  }
  return {
    ...(shown !== undefined ? { body: shown } : {}),
    ...(search !== null ? { query: search } : {}),
  };
}

/** The query of a console link that opens `method path` set up with a body or query string. */
export function consoleQuery(
  method: Method,
  path: string,
  request: { body?: unknown; query?: string } = {},
): string {
  const params = new URLSearchParams({ send: `${method} ${path}` });
  if (request.body !== undefined) params.set('body', JSON.stringify(request.body));
  if (request.query) params.set('query', request.query);
  return params.toString();
}
