// The same request as ready-to-copy code: curl, JavaScript fetch and Python requests.
import type { RequestSpec } from './exchange';

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

function parsedJson(body: string | null): { ok: true; value: unknown } | { ok: false } {
  if (body === null) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return { ok: false };
  }
}

const contentType = (spec: RequestSpec) =>
  spec.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';

export function curlSnippet(spec: RequestSpec): string {
  const lines = [`curl -X ${spec.method} ${shellQuote(spec.url)}`];
  for (const [name, value] of spec.headers) lines.push(`  -H ${shellQuote(`${name}: ${value}`)}`);
  if (spec.body !== null) lines.push(`  --data-raw ${shellQuote(spec.body)}`);
  return lines.join(' \\\n');
}

export function fetchSnippet(spec: RequestSpec): string {
  const json = parsedJson(spec.body);
  const headers = JSON.stringify(Object.fromEntries(spec.headers), null, 2).replace(/\n/g, '\n  ');
  const options = [`  method: '${spec.method}',`, `  headers: ${headers},`];
  if (spec.body !== null) {
    options.push(
      json.ok && contentType(spec).includes('json')
        ? `  body: JSON.stringify(${JSON.stringify(json.value, null, 2).replace(/\n/g, '\n  ')}),`
        : `  body: ${JSON.stringify(spec.body)},`,
    );
  }
  return [
    `const response = await fetch('${spec.url}', {`,
    ...options,
    '});',
    'console.log(response.status, await response.text());',
  ].join('\n');
}

/** A JSON value as a Python literal. */
function python(value: unknown, indent = ''): string {
  const inner = `${indent}    `;
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number' || typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null))
      return `[${value.map((v) => python(v)).join(', ')}]`;
    return `[\n${value.map((v) => `${inner}${python(v, inner)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${python(v, inner)}`).join(',\n')}\n${indent}}`;
}

export function pythonSnippet(spec: RequestSpec): string {
  const json = parsedJson(spec.body);
  const useJson = json.ok && contentType(spec).includes('json');
  const headers = spec.headers.filter(
    ([name]) => !(useJson && name.toLowerCase() === 'content-type'),
  );
  const args = [
    `    ${JSON.stringify(spec.url)}`,
    `    headers=${python(Object.fromEntries(headers), '    ')}`,
  ];
  if (spec.body !== null)
    args.push(
      useJson && json.ok
        ? `    json=${python(json.value, '    ')}`
        : `    data=${JSON.stringify(spec.body)}`,
    );
  return [
    'import requests',
    '',
    `response = requests.${spec.method.toLowerCase()}(`,
    `${args.join(',\n')},`,
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
