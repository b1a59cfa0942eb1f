import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { irisDataset } from '../data/iris';
import { BASE, call, startedTrainings, useApiServer } from './testing';

useApiServer();

async function trainVersion(model: 'mlp' | 'softmax'): Promise<number> {
  const run = await call('POST', 'api/runs', {
    body: { experiment_id: '0', model, params: { epochs: 30 }, seed: 3 },
  });
  expect(run.status).toBe(202);
  await Promise.all(startedTrainings.splice(0));
  const versions = await call('GET', 'api/models/iris/versions');
  return versions.body.items[0].version;
}

async function exportZip(path: string) {
  const response = await fetch(`${BASE}${path}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes };
}

function filesOf(bytes: Uint8Array, folder: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([path, data]) => {
      expect(path.startsWith(`${folder}/`)).toBe(true);
      return [path.slice(folder.length + 1), strFromU8(data)];
    }),
  );
}

/** The forward pass as main.py's model.py runs it, from weights.json alone. */
function pythonStyleForward(weights: any, row: readonly number[]): number[] {
  let x = row.map((v, j) => (v - weights.scaler.mean[j]) / weights.scaler.std[j]);
  for (const layer of weights.layers) {
    const z = layer.bias.map(
      (b: number, u: number) => b + x.reduce((sum, xi, i) => sum + xi * layer.kernel[i][u], 0),
    );
    if (layer.activation === 'softmax') {
      const e = z.map((v: number) => Math.exp(v - Math.max(...z)));
      const total = e.reduce((a: number, b: number) => a + b, 0);
      x = e.map((v: number) => v / total);
    } else if (layer.activation === 'relu') x = z.map((v: number) => Math.max(0, v));
    else if (layer.activation === 'tanh') x = z.map(Math.tanh);
    else throw new Error(`activation ${layer.activation}`);
  }
  return x;
}

describe('GET /api/models/{name}/versions/{version}/fastapi', () => {
  it.each(['mlp', 'softmax'] as const)(
    'answers a %s version as a FastAPI project whose weights give the playground’s answers',
    async (kind) => {
      const version = await trainVersion(kind);
      await call('PUT', `api/models/iris/aliases/champion`, { body: { version } });
      const { response, bytes } = await exportZip(`api/models/iris/versions/${version}/fastapi`);
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('application/zip');
      const folder = `iris-v${version}-fastapi`;
      expect(response.headers.get('Content-Disposition')).toBe(
        `attachment; filename="${folder}.zip"`,
      );
      const files = filesOf(bytes, folder);
      expect(Object.keys(files).sort()).toEqual([
        'README.md',
        'compat.py',
        'expected.json',
        'export.json',
        'main.py',
        'model.py',
        'requirements.txt',
        'test_main.py',
        'weights.json',
      ]);
      const weights = JSON.parse(files['weights.json'] ?? '');
      expect(weights).toMatchObject({ name: 'iris', version, aliases: ['champion'] });
      expect(weights.layers).toHaveLength(kind === 'mlp' ? 2 : 1);
      expect(JSON.parse(files['export.json'] ?? '').playground_origins).toEqual([
        new URL(BASE).origin,
      ]);
      const expected = JSON.parse(files['expected.json'] ?? '');
      const rows = irisDataset().features;
      expect(expected.rows.map((r: any) => r.features)).toEqual(rows);
      const first = await call('POST', `api/models/iris/predict?version=${version}`, {
        body: { instances: rows },
      });
      expected.rows.forEach((row: any, i: number) => {
        const served = first.body.predictions[i];
        expect(row).toEqual({ features: rows[i], ...served, score: undefined });
        const computed = pythonStyleForward(weights, row.features);
        Object.values(row.probabilities as Record<string, number>).forEach((p, c) =>
          expect(computed[c]).toBeCloseTo(p, 5),
        );
      });
      expect(files['README.md']).toMatch(/uvicorn main:app --reload/);
      expect(files['README.md']).toMatch(/## 한국어/);
      expect(files['requirements.txt']).toMatch(/^fastapi\[standard\]/m);
    },
  );

  it('tags the version with the time it was exported, and refuses an unknown version', async () => {
    const version = await trainVersion('softmax');
    const before = Date.now();
    await exportZip(`api/models/iris/versions/${version}/fastapi`);
    const record = await call('GET', `api/models/iris/versions/${version}`);
    const at = Date.parse(record.body.tags['exported.fastapi']);
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now());
    const missing = await call('GET', `api/models/iris/versions/${version + 1}/fastapi`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ detail: `Version ${version + 1} of model 'iris' not found` });
    const noModel = await call('GET', 'api/models/rose/versions/1/fastapi');
    expect(noModel.status).toBe(404);
  });
});
