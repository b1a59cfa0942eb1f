// End-to-end: the API's docs, console and service worker, as a learner meets them.
import type { Page } from '@playwright/test';
import { BASE, expect, test } from './fixtures';

async function tryItOut(page: Page, path: string) {
  const operation = page.locator('.opblock', { hasText: path }).first();
  await operation.locator('.opblock-summary').click();
  await operation.getByRole('button', { name: 'Try it out' }).click();
  await operation.getByRole('button', { name: 'Execute' }).click();
  return operation.locator('.live-responses-table .response-col_status');
}

test('Swagger UI renders the generated document and "Try it out" gets a real answer', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/docs');
  await expect(page.locator('.swagger-ui .info .title')).toContainText('Iris MLOps Playground API');
  await expect(page.locator('.swagger-ui .opblock')).not.toHaveCount(0);
  const answered = page.waitForResponse((r) => r.url().endsWith(`${BASE}api/health`));
  const status = await tryItOut(page, '/api/health');
  expect((await answered).fromServiceWorker()).toBe(true);
  await expect(status.last()).toHaveText('200');

  // The console's history lists the request Swagger UI made.
  await page.goto('./#/console');
  await expect(
    page.getByTestId('history-row').filter({ hasText: `GET ${BASE}api/health` }),
  ).toHaveCount(1);
  expect(app.errors).toEqual([]);
});

test('the console shows 401 without the token and 201 with it, and explains both', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/console');
  await page.getByTestId('template-select').selectOption('POST /api/models');
  await page.getByTestId('body-input').fill('{"name": "console-model"}');
  await page.getByTestId('header-on-Authorization').uncheck();
  await page.getByTestId('console-send').click();
  await expect(page.getByTestId('exchange-status')).toHaveText('401 Unauthorized');
  await expect(page.getByTestId('exchange-response')).toContainText(
    '"detail": "Not authenticated"',
  );
  await expect(page.getByTestId('exchange-response')).toContainText('www-authenticate: Bearer');
  await expect(page.getByTestId('status-explanation')).toContainText(
    'bearer token is missing or wrong',
  );

  await page.getByTestId('header-on-Authorization').check();
  await page.getByTestId('console-send').click();
  await expect(page.getByTestId('exchange-status')).toHaveText('201 Created');
  await expect(page.getByTestId('exchange-request')).toContainText(
    'Authorization: Bearer playground-token',
  );
  await expect(page.getByTestId('exchange-response')).toContainText(
    `location: ${BASE}api/models/console-model`,
  );
  await expect(page.getByTestId('snippet-code')).toContainText("method: 'POST'");

  // The status gallery produces codes live: training through the API, a simulated 503.
  await page.getByTestId('produce-202').click();
  await expect(page.getByTestId('exchange-status')).toHaveText('202 Accepted');
  await expect(page.getByTestId('exchange-response')).toContainText(`location: ${BASE}api/runs/`);
  await expect(page.getByTestId('exchange-response')).toContainText('"status": "RUNNING"');
  await page.getByTestId('produce-503').click();
  await expect(page.getByTestId('exchange-status')).toHaveText('503 Service Unavailable');
  await page.getByTestId('produce-405').click();
  await expect(page.getByTestId('exchange-status')).toHaveText('405 Method Not Allowed');
  await expect(page.getByTestId('exchange-response')).toContainText('allow: GET');
  // A verb-style URL is a 404, with the REST hint.
  await page.getByTestId('lesson-verb-predict').click();
  await expect(page.getByTestId('exchange-status')).toHaveText('404 Not Found');
  await expect(page.getByTestId('lesson-hint')).toBeVisible();
  // Replaying a logged request loads it back into the builder.
  await page
    .getByTestId('history-row')
    .filter({ hasText: `POST ${BASE}api/models` })
    .first()
    .getByTestId('history-replay')
    .click();
  await expect(page.getByTestId('path-input')).toHaveValue(`${BASE}api/models`);

  // The logging snippet runs as printed, from the page's console.
  const snippet = await page.getByTestId('logging-snippet').textContent();
  const logged = await page.evaluate<string>(
    `(async () => { ${snippet ?? ''}; return run.info.run_id; })()`,
  );
  const fromSnippet = await page.evaluate(
    async (id) => (await (await fetch(`api/runs/${id}`)).json()) as unknown,
    logged,
  );
  expect(fromSnippet).toMatchObject({
    info: { status: 'FINISHED' },
    data: { params: { alpha: '0.5' }, metrics: { rmse: 0.6 } },
  });

  // Both show on the Train page: the snippet's run, and the 202's once the worker has trained it.
  await page.goto('./#/train');
  await expect(page.getByTestId('run-row').filter({ hasText: 'from-devtools' })).toHaveCount(1);
  await expect(page.getByTestId('run-row').filter({ hasText: 'Finished' })).toHaveCount(2, {
    timeout: 30_000,
  });
});

/** Makes the next loads see no controlling worker, as a hard reload (Shift+Reload) does. */
async function simulateHardReloads(page: Page, loads: number) {
  await page.addInitScript((count) => {
    const seen = Number(sessionStorage.getItem('simulated-hard-reloads') ?? '0');
    if (seen >= count) return;
    sessionStorage.setItem('simulated-hard-reloads', String(seen + 1));
    Object.defineProperty(ServiceWorkerContainer.prototype, 'controller', { get: () => null });
  }, loads);
}

test('a load that bypassed the service worker gets it back and says so', async ({ app }) => {
  const { page } = app;
  await app.open();
  // DevTools' "Bypass for network" (what a hard reload does for one load): the page loads
  // past its service worker.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  // The bypassed load's script waits until the bypass is off again, as after a real hard
  // reload: else the app's own reload could race the switch and be bypassed too.
  const entry = /\/assets\/index-[^/]+\.js$/;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(entry, async (route) => {
    await held;
    await route.continue();
  });
  await cdp.send('Network.setBypassServiceWorker', { bypass: true });
  await page.reload({ waitUntil: 'commit' });
  await cdp.send('Network.setBypassServiceWorker', { bypass: false });
  release();
  await expect(page.getByTestId('api-mode-notice')).toHaveAttribute('data-mode', 'recovered');
  await page.unroute(entry);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const health = page.waitForResponse((r) => r.url().endsWith('/api/health'));
  expect(await page.evaluate(async () => (await fetch('api/health')).status)).toBe(200);
  expect((await health).fromServiceWorker()).toBe(true);
});

test('a page the worker never controls falls back to the API in the page', async ({ app }) => {
  const { page } = app;
  await app.open();
  await simulateHardReloads(page, 10);
  await page.reload();
  await expect(page.getByTestId('api-mode-notice')).toHaveAttribute('data-mode', 'in-page');
  expect(await page.evaluate(async () => (await fetch('api/health')).status)).toBe(200);
});

test('without service workers the API runs in the page, with a notice', async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: () => undefined }),
  );
  const page = await context.newPage();
  await page.goto('./#/predict');
  await expect(page.getByTestId('api-mode-notice')).toHaveAttribute('data-mode', 'in-page');
  await page.getByTestId('send-button').click();
  await expect(page.getByTestId('exchange-status')).toHaveText('404 Not Found');
  await expect(page.getByTestId('exchange-response')).toContainText(
    "Registered model 'iris' not found",
  );
  const health = await page.evaluate(
    async () => (await (await fetch('api/health')).json()) as unknown,
  );
  expect(health).toMatchObject({ status: 'ok', tf_backend: 'cpu' });
  await context.close();
});

test('two tabs are both served and share the workspace', async ({ app, context }) => {
  await app.open();
  const other = await context.newPage();
  await other.goto('./#/');
  await other.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const created = await app.page.evaluate(async () => {
    const res = await fetch('api/models', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer playground-token' },
      body: JSON.stringify({ name: 'shared' }),
    });
    return res.status;
  });
  expect(created).toBe(201);
  const seen = await other.evaluate(
    async () => (await (await fetch('api/models/shared')).json()) as { name: string },
  );
  expect(seen.name).toBe('shared');
});
