// The same request as ready-to-copy code: curl, JavaScript fetch and Python requests. Each
// sends exactly the request's method, headers and body bytes (a test runs the fetch one).
import type { HeaderList, RequestSpec } from './exchange';

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** A JavaScript string literal in single quotes. */
const jsString = (text: string) =>
  `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;

const indented = (code: string, by: string) => code.replace(/\n/g, `\n${by}`);

const contentType = (spec: RequestSpec) =>
  spec.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1];

/** What fetch adds to a text body sent without a content type: the snippets say it. */
const FETCH_TEXT_TYPE = 'text/plain;charset=UTF-8';

/** The headers as they go out: the request's, plus the content type fetch gives a bare body. */
function wireHeaders(spec: RequestSpec): HeaderList {
  const bare = spec.body !== null && contentType(spec) === undefined;
  return bare ? [...spec.headers, ['Content-Type', FETCH_TEXT_TYPE]] : spec.headers;
}

/** One entry per name, as fetch sends a header list: repeats (any case) joined by ", ". */
function mergedHeaders(spec: RequestSpec): HeaderList {
  const merged = new Map<string, [string, string]>();
  for (const [name, value] of wireHeaders(spec)) {
    const seen = merged.get(name.toLowerCase());
    if (seen) seen[1] = `${seen[1]}, ${value}`;
    else merged.set(name.toLowerCase(), [name, value]);
  }
  return [...merged.values()];
}

/**
 * A JSON body's value and the indent that JSON.stringify writes it back with, byte for
 * byte; null when no such call gives the same text (other spacing, `5.10`, repeated keys),
 * and the code must carry the text itself.
 */
function jsonLayout(spec: RequestSpec): { value: unknown; indent?: number | string } | null {
  const body = spec.body;
  // An object literal's "__proto__" key sets the prototype instead of a property.
  const json = contentType(spec)?.toLowerCase().includes('json') ?? false;
  if (body === null || !json || body.includes('"__proto__"')) return null;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return null;
  }
  if (JSON.stringify(value) === body) return { value };
  const indent = [2, 4, '\t'].find((by) => JSON.stringify(value, null, by) === body);
  return indent === undefined ? null : { value, indent };
}

export function curlSnippet(spec: RequestSpec): string {
  // curl reads [] and {} in a URL as ranges and sets, unless told not to.
  const glob = /[[\]{}]/.test(spec.url) ? ' --globoff' : '';
  const lines = [`curl${glob} -X ${spec.method} ${shellQuote(spec.url)}`];
  for (const [name, value] of wireHeaders(spec)) {
    // `Name:` alone would remove the header; `Name;` sends it empty.
    lines.push(`  -H ${shellQuote(value === '' ? `${name};` : `${name}: ${value}`)}`);
  }
  if (spec.body !== null) lines.push(`  --data-raw ${shellQuote(spec.body)}`);
  return lines.join(' \\\n');
}

function fetchBody(spec: RequestSpec, body: string): string {
  const json = jsonLayout(spec);
  if (json === null) return JSON.stringify(body);
  const literal = indented(JSON.stringify(json.value, null, 2), '  ');
  const indent = json.indent === undefined ? '' : `, null, ${JSON.stringify(json.indent)}`;
  return `JSON.stringify(${literal}${indent})`;
}

export function fetchSnippet(spec: RequestSpec): string {
  const headers = mergedHeaders(spec).map(
    ([name, value]) => `    ${jsString(name)}: ${jsString(value)},`,
  );
  const options = [
    `  method: ${jsString(spec.method)},`,
    headers.length === 0 ? '  headers: {},' : ['  headers: {', ...headers, '  },'].join('\n'),
  ];
  if (spec.body !== null) options.push(`  body: ${fetchBody(spec, spec.body)},`);
  return [
    `const response = await fetch(${jsString(spec.url)}, {`,
    ...options,
    '});',
    'console.log(response.status, await response.text());',
  ].join('\n');
}

/** A Python string literal of exactly `text`, in triple quotes so that lines stay lines. */
function pythonText(text: string): string {
  const escaped = text.replace(/[\\']|(?!\n)\p{Cc}/gu, (c) => {
    if (c === '\\' || c === "'") return `\\${c}`;
    if (c === '\t') return '\\t';
    if (c === '\r') return '\\r';
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
  return `'''${escaped}'''`;
}

const PYTHON_SHORTCUTS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

export function pythonSnippet(spec: RequestSpec): string {
  // A JSON string literal is a Python one too (same quotes and escapes).
  const headers = mergedHeaders(spec).map(
    ([name, value]) => `        ${JSON.stringify(name)}: ${JSON.stringify(value)}`,
  );
  const call = PYTHON_SHORTCUTS.has(spec.method)
    ? [`response = requests.${spec.method.toLowerCase()}(`]
    : ['response = requests.request(', `    ${JSON.stringify(spec.method)},`];
  const args = [
    `    ${JSON.stringify(spec.url)},`,
    headers.length === 0 ? '    headers={},' : `    headers={\n${headers.join(',\n')},\n    },`,
  ];
  // The body as its bytes: `json=` would write the JSON again with other spacing, and a
  // str body goes out as Latin-1.
  const body = spec.body === null ? [] : [`body = ${pythonText(spec.body)}`, ''];
  if (spec.body !== null) args.push('    data=body.encode("utf-8"),');
  return [
    'import requests',
    '',
    ...body,
    ...call,
    ...args,
    ')',
    'print(response.status_code, response.text)',
  ].join('\n');
}

/**
 * A DevTools console snippet that logs a run from "your own code", the way MLflow's
 * client does: create an empty run, log params, a metric history and tags, end it.
 */
export function runLoggingSnippet(apiBase: string, token: string): string {
  return [
    `const api = (path, method = 'GET', body) =>`,
    `  fetch('${apiBase}' + path, {`,
    `    method,`,
    `    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ${token}' },`,
    `    body: body && JSON.stringify(body),`,
    `  }).then((response) => response.json());`,
    ``,
    `const run = await api('runs', 'POST', { experiment_id: '0', run_name: 'from-devtools' });`,
    `const id = run.info.run_id;`,
    `await api(\`runs/\${id}/log-batch\`, 'POST', {`,
    `  params: [{ key: 'alpha', value: '0.5' }],`,
    `  metrics: [0.9, 0.7, 0.6].map((value, step) => ({ key: 'rmse', value, step })),`,
    `  tags: [{ key: 'written_by', value: 'me' }],`,
    `});`,
    `await api(\`runs/\${id}\`, 'PATCH', { status: 'FINISHED' });`,
    `console.log(await api(\`runs/\${id}\`));`,
  ].join('\n');
}
