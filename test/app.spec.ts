// End-to-end: the whole walking skeleton, as a learner uses it.
import { BASE, expect, test, trainDefaultModel } from './fixtures';

test('loads under the sub-path with no console error, controlled by the service worker', async ({
  app,
}) => {
  await app.open();
  await expect(app.page).toHaveURL(new RegExp(`${BASE}#/$`));
  await expect(app.page.getByTestId('stage-training').getByRole('link').first()).toHaveAttribute(
    'href',
    '#/train',
  );
  expect(await app.page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(
    new RegExp(`${BASE}sw\\.js$`),
  );
  for (const hash of ['#/data', '#/train', '#/models', '#/predict']) {
    await app.page.goto(`./${hash}`);
    await expect(app.page.locator('main h1')).toBeVisible();
  }
  expect(app.errors).toEqual([]);
});

test('trains, predicts through the page and the worker, and keeps everything after a reload', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/train');
  const accuracy = await trainDefaultModel(page);
  expect(accuracy).toBeGreaterThanOrEqual(0.9);
  await expect(page.getByTestId('train-outcome')).toContainText('iris');
  await expect(page.getByTestId('run-row')).toHaveCount(1);
  await expect(page.getByTestId('run-row')).toContainText('v1');

  // The Predict page sends a real request and shows the exchange.
  await page.goto('./#/predict');
  await page.getByTestId('sample-virginica').click();
  const answered = page.waitForResponse((r) => r.url().endsWith(`${BASE}api/models/iris/predict`));
  await page.getByTestId('send-button').click();
  const response = await answered;
  expect(response.fromServiceWorker()).toBe(true);
  await expect(page.getByTestId('exchange-status')).toHaveText('200 OK');
  await expect(page.getByTestId('exchange-request')).toContainText(
    `POST ${BASE}api/models/iris/predict HTTP/1.1`,
  );
  await expect(page.getByTestId('exchange-request')).toContainText(
    'Content-Type: application/json',
  );
  await expect(page.getByTestId('exchange-response')).toContainText('x-model-version: iris/1');
  await expect(page.getByTestId('exchange-response')).toContainText('"prediction": "virginica"');
  await expect(page.getByTestId('exchange-time')).toContainText('ms');
  await expect(page.getByTestId('predicted-species')).toHaveText('Virginica');

  // A plain fetch from the page's context is answered by the worker too.
  const direct = await page.evaluate(async (base) => {
    const res = await fetch(`${base}api/models/iris/predict`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ features: [5.1, 3.5, 1.4, 0.2] }),
    });
    return {
      status: res.status,
      version: res.headers.get('X-Model-Version'),
      body: (await res.json()) as unknown,
    };
  }, BASE);
  expect(direct).toMatchObject({
    status: 200,
    version: 'iris/1',
    body: { prediction: 'setosa', model: 'iris', version: 1 },
  });

  // Reload: the run and the model version are still there (IndexedDB).
  await page.reload();
  await page.goto('./#/train');
  await expect(page.getByTestId('run-row')).toHaveCount(1);
  await expect(page.getByTestId('run-row')).toContainText('Finished');
  await page.goto('./#/models');
  await expect(page.getByTestId('version-row')).toHaveCount(1);
  await expect(page.getByTestId('version-row')).toContainText('v1');
  expect(app.errors).toEqual([]);
});

test('switches the language to Korean and remembers it', async ({ app }) => {
  const { page } = app;
  await app.open();
  await expect(page.getByRole('navigation')).toContainText('Train');
  await page.getByTestId('lang-ko').click();
  await expect(page.getByRole('navigation')).toContainText('학습');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await page.reload();
  await expect(page.getByRole('navigation')).toContainText('학습');
  await expect(page.getByTestId('lang-ko')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('lang-en').click();
  await expect(page.getByRole('navigation')).toContainText('Train');
});

test('the Train form rejects out-of-range hyperparameters beside the field', async ({ app }) => {
  const { page } = app;
  await app.open('#/train');
  await page.locator('#epochs').fill('0');
  await expect(page.getByTestId('epochs-error')).toHaveText('Must be between 1 and 1,000.');
  await page.locator('#learning_rate').fill('');
  await expect(page.getByTestId('learning_rate-error')).toHaveText('Enter a number.');
  await page.locator('#hidden_units').fill('2.5');
  await expect(page.getByTestId('hidden_units-error')).toHaveText('Enter a whole number.');
  await expect(page.getByTestId('train-button')).toBeDisabled();
  await page.locator('#epochs').fill('20');
  await page.locator('#learning_rate').fill('0.05');
  await page.locator('#hidden_units').fill('8');
  await expect(page.getByTestId('train-button')).toBeEnabled();
  await expect(page.getByTestId('epochs-error')).toHaveCount(0);
});

test('bad predict input gets a 422 in the exchange and changes nothing', async ({ app }) => {
  const { page } = app;
  await app.open('#/predict');
  await expect(page.getByTestId('no-model')).toBeVisible();
  await page.getByTestId('send-button').click();
  await expect(page.getByTestId('exchange-status')).toHaveText('404 Not Found');
  await expect(page.getByTestId('exchange-response')).toContainText(
    "Registered model 'iris' not found",
  );

  await trainDefaultModel(page);
  await page.goto('./#/predict');
  await page.locator('#petal_width').fill('');
  await page.getByTestId('send-button').click();
  await expect(page.getByTestId('exchange-status')).toHaveText('422 Unprocessable Content');
  await expect(page.getByTestId('exchange-response')).toContainText('"type": "float_type"');
  await expect(page.getByTestId('exchange-response')).toContainText('"features",\n        3');
  await expect(page.getByTestId('prediction')).toHaveCount(0);
  // The field the API rejected is marked in the form, and the log lists the rejection.
  await expect(page.locator('#petal_width')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('petal_width-error')).toBeVisible();
  await expect(page.getByTestId('prediction-log-row').first()).toHaveAttribute(
    'data-status',
    '422',
  );
  await page.goto('./#/models');
  await expect(page.getByTestId('version-row')).toHaveCount(1);
  // The only console errors are the browser's own notes of the 4xx answers we asked for.
  expect(app.errors.every((e) => /status of 40[4]|status of 422/.test(e))).toBe(true);
});

test('leaving a page mounts the next page only, not the one left once more', async ({ app }) => {
  const { page } = app;
  await app.open('#/redoc');
  await expect(page.getByTestId('redoc-frame')).toBeVisible();
  // The ReDoc page loads its frame each time it mounts: the frame's document is the trace.
  const frameLoads: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('redoc.html')) frameLoads.push(request.url());
  });
  await page.evaluate(() => (location.hash = '#/settings'));
  await expect(page.locator('main h1')).toHaveText('Settings');
  await page.evaluate(() => (location.hash = '#/redoc'));
  await expect(page.getByTestId('redoc-frame')).toBeVisible();
  await page.evaluate(() => (location.hash = '#/data'));
  await expect(page.locator('main h1')).toHaveText(/data/i);
  expect(frameLoads).toHaveLength(1);
  expect(app.errors).toEqual([]);
});
