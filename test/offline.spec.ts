// Offline: after one visit the app loads and works with the network off, reload included
// (training, tracking, the API, the docs page), served by its one service worker from a
// versioned cache. The site's server is shut down, not only emulated away.
import type { Server } from 'node:http';
import type { Page } from '@playwright/test';
import { startServer } from '../scripts/serve.mjs';
import { expect, test } from '@playwright/test';
import { BASE } from './fixtures';

const PORT = 4190;
const ORIGIN = `http://127.0.0.1:${PORT}`;

/** The service worker's answer to how much of this version it has cached. */
function cacheStatus(page: Page, type: 'app-shell:status' | 'app-shell:cache-all') {
  return page.evaluate(
    (type) =>
      new Promise<{ version: string; cached: number; total: number }>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event: MessageEvent) =>
          resolve(event.data as { version: string; cached: number; total: number });
        navigator.serviceWorker.controller?.postMessage({ type }, [channel.port2]);
      }),
    type,
  );
}

test('after one visit the app loads and works offline, reload included', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const errors: string[] = [];
  const page = await context.newPage();
  let server: Server | null = await startServer({ basePath: BASE, port: PORT });
  try {
    await page.goto(`${ORIGIN}${BASE}#/train`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await expect
      .poll(async () => {
        const status = await cacheStatus(page, 'app-shell:cache-all');
        return status.total > 0 && status.cached === status.total;
      })
      .toBe(true);

    // The last tab closes (MSW's own worker would unregister itself here), the site goes away.
    // As a closing tab does: MSW's client tells the worker on beforeunload.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeunload')));
    await page.close();
    await new Promise((resolve) => server?.close(resolve));
    server = null;
    await context.setOffline(true);

    const offline = await context.newPage();
    offline.on('pageerror', (error) => errors.push(error.message));
    offline.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await offline.goto(`${ORIGIN}${BASE}#/train`);
    await offline.reload();
    await expect(offline.locator('main h1')).toBeVisible();
    await offline.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Training (tfjs in its worker) and tracking.
    await offline.getByTestId('train-button').click();
    await expect(offline.getByTestId('train-outcome')).toBeVisible({ timeout: 60_000 });
    await offline.goto(`${ORIGIN}${BASE}#/runs`);
    await expect(offline.getByTestId('run-count')).toHaveText(/: 1$/);
    // The API, through the service worker.
    await offline.goto(`${ORIGIN}${BASE}#/predict`);
    await offline.getByTestId('send-button').click();
    await expect(offline.getByTestId('exchange-status')).toContainText('200');
    // The docs page: Swagger UI and the OpenAPI document.
    await offline.goto(`${ORIGIN}${BASE}#/docs`);
    await expect(offline.locator('.swagger-ui .info .title')).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
  }
});

test('is installable: the page links a web manifest whose icons load', async ({ page }) => {
  await page.goto('./#/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe(`${BASE}manifest.webmanifest`);
  const manifest = (await (await page.request.get(href ?? '')).json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string }[];
  };
  expect(manifest).toMatchObject({ name: 'Iris MLOps Playground', display: 'standalone' });
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(['192x192', '512x512', 'any']);
  for (const icon of manifest.icons) {
    expect((await page.request.get(`${BASE}${icon.src}`)).status()).toBe(200);
  }
});
