import { describe, expect, it } from 'vitest';
import { curlSnippet, fetchSnippet, pythonSnippet } from './snippets';
import type { HeaderList, RequestSpec } from './exchange';

const URL_ = 'http://localhost/api/models/iris/predict';
const json = (headers: HeaderList = []): HeaderList => [
  ['Content-Type', 'application/json'],
  ...headers,
];

/** Requests the console can build, the awkward ones included. */
const specs: [string, RequestSpec][] = [
  [
    'the console’s default: pretty JSON, Accept and a token',
    {
      method: 'POST',
      url: URL_,
      headers: [['Accept', 'application/json'], ...json([['Authorization', "Bearer it's"]])],
      body: JSON.stringify({ features: [5.1, 3.5, 1.4, 0.2] }, null, 2),
    },
  ],
  [
    'compact JSON with quotes, booleans and null',
    {
      method: 'POST',
      url: URL_,
      headers: json(),
      body: JSON.stringify({ flag: true, none: null, name: 'o\'hara "q" \\ ü 한' }),
    },
  ],
  [
    'JSON that JSON.stringify would write otherwise',
    { method: 'PUT', url: URL_, headers: json(), body: '{ "a": 5.10, "a": 1 }\n' },
  ],
  [
    'JSON indented with tabs',
    { method: 'PATCH', url: URL_, headers: json(), body: '{\n\t"status": "FINISHED"\n}' },
  ],
  ['a GET with nothing', { method: 'GET', url: 'http://x/api/health', headers: [], body: null }],
  [
    'a GET whose query curl would glob',
    {
      method: 'GET',
      url: "http://x/api/runs?order_by=[a]&f={b}&q='c'",
      headers: [['Accept', 'application/json']],
      body: null,
    },
  ],
  [
    'a DELETE with a token',
    {
      method: 'DELETE',
      url: 'http://x/api/models/iris',
      headers: [['Authorization', 'Bearer playground-token']],
      body: null,
    },
  ],
  [
    'CSV with CRLF, quotes, backslashes and Korean',
    {
      method: 'POST',
      url: 'http://x/api/datasets?name=꽃',
      headers: [['Content-Type', 'text/csv']],
      body: "a,b\r\n'''x''',\\n\t한글\u0001\n",
    },
  ],
  ['a body with no content type', { method: 'POST', url: URL_, headers: [], body: '{}' }],
  [
    'repeated and empty headers',
    {
      method: 'POST',
      url: URL_,
      headers: [...json(), ['X-Tag', 'a'], ['x-tag', 'b'], ['X-Empty', '']],
      body: '[]',
    },
  ],
  [
    'a method requests has no shortcut for',
    { method: 'PROPFIND', url: URL_, headers: [], body: null },
  ],
];

/** The headers that go out: a bare body gets fetch's text type, as the snippets say. */
function wire(spec: RequestSpec): HeaderList {
  const typed = spec.headers.some(([name]) => name.toLowerCase() === 'content-type');
  return spec.body === null || typed
    ? spec.headers
    : [...spec.headers, ['Content-Type', 'text/plain;charset=UTF-8']];
}

/** Repeats of a name (any case) joined, as fetch and a Python dict carry them. */
function merged(headers: HeaderList): HeaderList {
  const out: HeaderList = [];
  for (const [name, value] of headers) {
    const seen = out.find(([n]) => n.toLowerCase() === name.toLowerCase());
    if (seen) seen[1] = `${seen[1]}, ${value}`;
    else out.push([name, value]);
  }
  return out;
}

/** A shell command line as its words: single quotes, backslash escapes, line continuations. */
function shellWords(code: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  for (let i = 0; i < code.length; i++) {
    const c = code[i] ?? '';
    if (c === '\\') {
      const next = code[++i] ?? '';
      if (next !== '\n') word = (word ?? '') + next;
    } else if (c === "'") {
      const end = code.indexOf("'", i + 1);
      if (end < 0) throw new Error('unclosed quote');
      word = (word ?? '') + code.slice(i + 1, end);
      i = end;
    } else if (c === ' ' || c === '\n') {
      if (word !== null) words.push(word);
      word = null;
    } else if ('"$`;&|<>()*?'.includes(c)) {
      throw new Error(`unquoted ${c} means something to the shell`);
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== null) words.push(word);
  return words;
}

function parseCurl(code: string) {
  const [command, ...args] = shellWords(code);
  expect(command).toBe('curl');
  const parsed = { method: '', url: '', headers: [] as HeaderList, body: null as string | null };
  let globoff = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--globoff') globoff = true;
    else if (arg === '-X') parsed.method = args[++i] ?? '';
    else if (arg === '--data-raw') parsed.body = args[++i] ?? '';
    else if (arg === '-H') {
      const header = args[++i] ?? '';
      const empty = /^([^:]+);$/.exec(header);
      const full = /^([^:]+):[ \t]*(.*)$/s.exec(header);
      if (empty) parsed.headers.push([empty[1] ?? '', '']);
      else if (full?.[2]) parsed.headers.push([full[1] ?? '', full[2]]);
      else throw new Error(`-H ${header} would remove a header`);
    } else if (arg.startsWith('-') || parsed.url !== '') throw new Error(`unexpected ${arg}`);
    else parsed.url = arg;
  }
  expect(globoff || !/[[\]{}]/.test(parsed.url), 'curl would glob the URL').toBe(true);
  return parsed;
}

/** Reads back the escapes pythonSnippet writes into a Python string literal. */
function pythonUnescape(text: string): string {
  const named: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', "'": "'" };
  return text.replace(/\\(x[0-9a-f]{2}|[\s\S])/g, (_all, code: string) => {
    if (code.startsWith('x') && code.length === 3)
      return String.fromCharCode(parseInt(code.slice(1), 16));
    const char = named[code];
    if (char === undefined) throw new Error(`unexpected escape \\${code}`);
    return char;
  });
}

function parsePython(code: string) {
  const shortcut = /^response = requests\.(\w+)\(\n {4}("[^\n]*"),$/m.exec(code);
  const general = /^response = requests\.request\(\n {4}("[^\n]*"),\n {4}("[^\n]*"),$/m.exec(code);
  const method = general ? JSON.parse(general[1] ?? '') : shortcut?.[1]?.toUpperCase();
  const url = JSON.parse((general ? general[2] : shortcut?.[2]) ?? '') as string;
  // Keys and values are JSON string literals, Python's too; only the last comma is Python's.
  const dict = /^ {4}headers=(\{\}|\{\n[\s\S]*?\n {4}\}),$/m.exec(code)?.[1] ?? '';
  const headers = Object.entries(
    JSON.parse(dict.replace(/,\n {4}\}$/, '}')) as Record<string, string>,
  );
  const literal = /^body = '''((?:[^'\\]|\\[\s\S])*)'''$/m.exec(code)?.[1];
  const sent = code.includes('\n    data=body.encode("utf-8"),\n');
  expect(sent, 'data= goes with body =').toBe(literal !== undefined);
  return { method, url, headers, body: literal === undefined ? null : pythonUnescape(literal) };
}

/** What fetch would put on the wire for these arguments. */
async function asSent(input: string, init: RequestInit) {
  const request = new Request(input, init);
  return {
    method: request.method,
    url: request.url,
    headers: [...request.headers.entries()],
    body: request.body === null ? null : await request.text(),
  };
}

/** Runs a fetch snippet with a fetch that only records what it was asked to send. */
async function runFetchSnippet(code: string) {
  const calls: [string, RequestInit][] = [];
  const fakeFetch = (input: string, init: RequestInit) => {
    calls.push([input, init]);
    return Promise.resolve(new Response('ok', { status: 200 }));
  };
  const printed: unknown[][] = [];
  const console = { log: (...args: unknown[]) => printed.push(args) };
  // As the DevTools console runs it: top-level await, with these fetch and console.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running the printed code is the test
  const run = new Function('fetch', 'console', `return (async () => {\n${code}\n})();`);
  await run(fakeFetch, console);
  expect(calls).toHaveLength(1);
  expect(printed).toEqual([[200, 'ok']]);
  return calls[0] ?? ['', {}];
}

describe.each(specs)('snippets for %s', (_name, spec) => {
  it('curl sends the method, every header and the body, byte for byte', () => {
    expect(parseCurl(curlSnippet(spec))).toEqual({
      method: spec.method,
      url: spec.url,
      headers: wire(spec),
      body: spec.body,
    });
  });

  it('Python sends the method, every header and the body, byte for byte', () => {
    expect(parsePython(pythonSnippet(spec))).toEqual({
      method: spec.method,
      url: spec.url,
      headers: merged(wire(spec)),
      body: spec.body,
    });
  });

  it('fetch, run, sends what the request itself sends', async () => {
    const [input, init] = await runFetchSnippet(fetchSnippet(spec));
    expect(init.body ?? null).toBe(spec.body);
    expect(Object.entries(init.headers ?? {})).toEqual(merged(wire(spec)));
    const own = { method: spec.method, headers: spec.headers, body: spec.body };
    expect(await asSent(input, init)).toEqual(await asSent(spec.url, own));
  });
});

describe('snippets', () => {
  it('quotes curl arguments for the shell', () => {
    const spec = specs[1]?.[1] as RequestSpec;
    expect(curlSnippet(spec).split(' \\\n')).toEqual([
      `curl -X POST '${URL_}'`,
      "  -H 'Content-Type: application/json'",
      `  --data-raw '{"flag":true,"none":null,"name":"o'\\''hara \\"q\\" \\\\ ü 한"}'`,
    ]);
  });

  it('shows a JSON body as a literal where JSON.stringify gives it back exactly', () => {
    const [pretty, compact, odd] = specs.map(([, spec]) => fetchSnippet(spec));
    expect(pretty).toContain('  body: JSON.stringify({\n    "features": [');
    expect(pretty).toContain('}, null, 2),');
    expect(compact).toMatch(/body: JSON\.stringify\(\{[\s\S]*\}\),\n\}\);/);
    expect(odd).toContain(String.raw`body: "{ \"a\": 5.10, \"a\": 1 }\n",`);
  });

  it('writes Python that sends the body’s bytes', () => {
    const code = pythonSnippet(specs[0]?.[1] as RequestSpec);
    expect(code).toContain('response = requests.post(');
    expect(code).toContain(`body = '''{\n  "features": [`);
    expect(code).toContain('"Content-Type": "application/json"');
    expect(pythonSnippet(specs[4]?.[1] as RequestSpec)).toBe(
      [
        'import requests',
        '',
        'response = requests.get(',
        '    "http://x/api/health",',
        '    headers={},',
        ')',
        'print(response.status_code, response.text)',
      ].join('\n'),
    );
  });
});
