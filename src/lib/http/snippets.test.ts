import { describe, expect, it } from 'vitest';
import { curlSnippet, fetchSnippet, pythonSnippet } from './snippets';
import type { RequestSpec } from './exchange';

const spec: RequestSpec = {
  method: 'POST',
  url: 'http://localhost/api/models/iris/predict',
  headers: [
    ['Content-Type', 'application/json'],
    ['Authorization', 'Bearer it’s'],
  ],
  body: JSON.stringify({ features: [5.1, 3.5], flag: true, none: null, name: "o'hara" }),
};

describe('snippets', () => {
  it('quotes curl arguments for the shell', () => {
    const curl = curlSnippet(spec);
    expect(curl.split(' \\\n')).toEqual([
      "curl -X POST 'http://localhost/api/models/iris/predict'",
      "  -H 'Content-Type: application/json'",
      "  -H 'Authorization: Bearer it’s'",
      `  --data-raw '{"features":[5.1,3.5],"flag":true,"none":null,"name":"o'\\''hara"}'`,
    ]);
  });

  it('writes fetch code that sends the same JSON', () => {
    const code = fetchSnippet(spec);
    expect(code).toContain(
      "const response = await fetch('http://localhost/api/models/iris/predict', {",
    );
    expect(code).toContain("method: 'POST'");
    const body = /body: JSON\.stringify\(([\s\S]*)\),\n\}\);/.exec(code)?.[1];
    expect(JSON.parse(body ?? '')).toEqual(JSON.parse(spec.body ?? ''));
  });

  it('writes Python with json= and Python literals', () => {
    const code = pythonSnippet(spec);
    expect(code).toContain('response = requests.post(');
    expect(code).toContain('"flag": True');
    expect(code).toContain('"none": None');
    expect(code).toContain('"features": [5.1, 3.5]');
    expect(code).not.toContain('Content-Type');
    const get = pythonSnippet({
      method: 'GET',
      url: 'http://x/api/health',
      headers: [],
      body: null,
    });
    expect(get).toContain('requests.get(\n    "http://x/api/health",\n    headers={},\n)');
  });
});
