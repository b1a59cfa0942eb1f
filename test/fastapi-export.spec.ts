// End-to-end: take a version home. Export it through the page's own API, run the project
// with Debian's uvicorn, point Settings' API base URL at it, and the console gets the same
// prediction from it as from the playground; a server that is down is said to be down.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, trainDefaultModel } from './fixtures';
import { requirePython, startUvicorn, unpack, type RunningServer } from './export/uvicorn';

const workDir = mkdtempSync(join(tmpdir(), 'fastapi-export-e2e-'));
let running: RunningServer | undefined;

test.beforeAll(() => requirePython());
test.afterAll(async () => {
  await running?.stop();
  rmSync(workDir, { recursive: true, force: true });
});

const setosa = [5.1, 3.5, 1.4, 0.2];

test('the console sends to an exported FastAPI server and reads the same prediction', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/');
  await trainDefaultModel(page);

  // The zip, as the Models page's button fetches it.
  const exported = await page.evaluate(async () => {
    const response = await fetch('api/models/iris/versions/1/fastapi');
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, bytes: Array.from(bytes) };
  });
  expect(exported.status).toBe(200);
  running = await startUvicorn(unpack(new Uint8Array(exported.bytes), workDir));
  const server = running.url.replace(/\/$/, '');

  await app.open('#/settings');
  await page.getByTestId('api-base-input').fill('example.com');
  await page.getByTestId('api-base-form').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('api-base-form')).toContainText('security policy');
  await page.getByTestId('api-base-input').fill(server);
  await page.getByTestId('api-base-form').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('api-base-form').getByRole('status')).toBeVisible();

  await app.open('#/console');
  await expect(page.getByTestId('console-server')).toContainText(server);
  await expect(page.getByTestId('path-input')).toHaveValue('/api/models/iris/predict');
  await page.getByTestId('body-input').fill(JSON.stringify({ features: setosa }));
  await page.getByTestId('console-send').click();
  await expect(page.getByTestId('exchange-status')).toHaveText('200 OK');
  await expect(page.getByTestId('exchange-url')).toHaveText(`${server}/api/models/iris/predict`);
  await expect(page.getByTestId('exchange-response')).toContainText('x-model-version: iris/1');
  const theirs = JSON.parse(
    (await page.getByTestId('exchange-response').textContent())?.split('\n\n')[1] ?? '',
  );
  const ours = await page.evaluate(async (features) => {
    const response = await fetch('api/models/iris/predict?version=1', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ features }),
    });
    return response.json();
  }, setosa);
  expect(theirs).toMatchObject({ model: 'iris', version: 1, prediction: ours.prediction });
  for (const [species, p] of Object.entries(ours.probabilities as Record<string, number>)) {
    expect(Math.abs(theirs.probabilities[species] - p)).toBeLessThan(1e-5);
  }

  // The Predict page sends there too.
  await app.open('#/predict');
  await expect(page.getByTestId('predict-server')).toContainText(server);
  await page.getByTestId('send-button').click();
  await expect(page.getByTestId('exchange-url')).toHaveText(`${server}/api/models/iris/predict`);
  await expect(page.getByTestId('predicted-species')).toHaveText('Setosa');

  // The version remembers the export.
  await app.open('#/models');
  await expect(page.getByTestId('exported-v1')).toBeVisible();

  // Once the server stops, the console says so.
  await running.stop();
  await app.open('#/console');
  await page.getByTestId('console-send').click();
  await expect(page.getByTestId('console-unreachable')).toContainText(`No answer from ${server}`);
  // Chromium logs the failed load itself (net::ERR_FAILED); nothing else may go wrong.
  expect(app.errors.filter((error) => !/Failed to load resource: net::ERR_/.test(error))).toEqual(
    [],
  );
});
