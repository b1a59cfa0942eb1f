// Verdicts users know from GrowthBook, MLflow and FastAPI: the Deploy page's A/B verdict
// (a clearly better variant, an A/A test that needs more data) matching the Monitor API's,
// ReDoc beside Swagger UI, a model version's own page, and Compare's default axes.
// A sample-ratio mismatch cannot come out of a correct router end to end (the simulator and
// the API both split as promised): abVerdict's and the Monitor API's unit tests cover it.
import type { Server } from 'node:http';
import { startServer } from '../scripts/serve.mjs';
import { BASE, expect, test, type AppPage } from './fixtures';

/** Trains a version on the Train page with `query` (e.g. model=softmax&epochs=1). */
async function train(app: AppPage, query: string) {
  await app.page.goto(`./#/train?${query}`);
  await app.page.getByTestId('train-button').click();
  await expect(app.page.getByTestId('train-outcome')).toBeVisible({ timeout: 60_000 });
}

/** Deploys versions `first` and `second` of iris as an A/B test named web. */
async function deployAb(app: AppPage, first: number, second: number) {
  const { page } = app;
  await page.goto('./#/deploy');
  await page.getByTestId('deploy-strategy').selectOption('ab');
  await page.getByTestId('deploy-first').selectOption(String(first));
  await page.getByTestId('deploy-second').selectOption(String(second));
  await page.getByTestId('deploy-submit').click();
  await expect(page.getByTestId('deployment-card')).toHaveCount(1);
}

const metricsOf = (app: AppPage) =>
  app.page.evaluate(async () => (await fetch('api/deployments/web/metrics')).json());

test('an A/B test of a weak and a good version says the good one is better, as the API does', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/train');
  await train(app, 'model=softmax&epochs=1&learning_rate=0.001');
  await train(app, 'model=mlp');
  await deployAb(app, 1, 2);

  await page.getByTestId('sim-requests').fill('1000');
  await page.getByTestId('simulate').click();
  const outcome = page.getByTestId('simulation-outcome');
  const verdict = page.getByTestId('traffic-dashboard').getByTestId('ab-verdict');
  await expect(verdict).toHaveAttribute('data-status', 'better');
  await expect(verdict.getByTestId('verdict-status')).toHaveText(
    /^treatment is better than control, with (> 99\.9%|9\d\.\d%) probability\.$/,
  );
  await expect(verdict.getByTestId('verdict-row')).toHaveCount(2);
  await expect(verdict.getByTestId('verdict-row').nth(1)).toContainText(/\+\d+(\.\d)?%/);
  // The outcome says the same in one line.
  await expect(outcome.getByTestId('verdict-status')).toHaveText(
    await verdict.getByTestId('verdict-status').innerText(),
  );

  // Live, through the API: the page's verdict and the Monitor API's rest on the same numbers.
  await page.getByTestId('sim-mode').selectOption('live');
  await page.getByTestId('sim-requests').fill('500');
  await page.getByTestId('simulate').click();
  await expect(outcome).toContainText('Live', { timeout: 60_000 });
  await expect(verdict).toHaveAttribute('data-status', 'better');
  const api = await metricsOf(app);
  expect(api.verdict).toMatchObject({ status: 'better', variant: 'treatment' });
  const variants = api.variants as { units: number; labelled: number }[];
  expect(await verdict.getByTestId('verdict-units').allInnerTexts()).toEqual(
    variants.map((v) => v.units.toLocaleString('en')),
  );
  expect(await verdict.getByTestId('verdict-labelled').allInnerTexts()).toEqual(
    variants.map((v) => `${v.labelled.toLocaleString('en')} labelled`),
  );
  expect(app.errors).toEqual([]);
});

test('an A/A test says there is not enough data yet, and how much more', async ({ app }) => {
  const { page } = app;
  await app.open('#/train');
  await train(app, 'model=mlp');
  await deployAb(app, 1, 1);
  await page.getByTestId('sim-requests').fill('800');
  await page.getByTestId('simulate').click();
  const verdict = page.getByTestId('simulation-outcome').getByTestId('ab-verdict');
  await expect(verdict).toHaveAttribute('data-status', 'not_enough_data');
  const status = verdict.getByTestId('verdict-status');
  await expect(status).toHaveText(
    /^Not enough data yet: about [\d,]+ more labelled requests per variant to find the lift you planned \(3 accuracy points\)\.$/,
  );
  const more = Number((await status.innerText()).match(/about ([\d,]+)/)?.[1]?.replace(/,/g, ''));
  expect(more).toBeGreaterThan(0);
  // In Korean too.
  await page.getByRole('button', { name: '한국어' }).click();
  await expect(status).toContainText('아직 데이터가 부족합니다');
  await expect(status).toContainText(`${more.toLocaleString('ko')}개 더`);
  await expect(page.getByTestId('traffic-dashboard').getByTestId('verdict-row')).toHaveCount(2);
  expect(app.errors).toEqual([]);
});

test('#/redoc renders the API document with ReDoc, in the interface language, linked both ways', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/docs');
  await page.getByTestId('to-redoc').click();
  await expect(page).toHaveURL(/#\/redoc$/);
  await expect(page.locator('nav a[aria-current="page"]')).toHaveText('API docs');
  const redoc = page.frameLocator('[data-testid="redoc-frame"]');
  // An operation, with its summary, method and path, and a field of its answer.
  const metrics = redoc.locator('[id="tag/monitor/operation/getDeploymentsNameMetrics"]');
  await expect(metrics.locator('h2')).toHaveText('How each variant of a deployment does', {
    timeout: 30_000,
  });
  await expect(metrics).toContainText('/api/deployments/{name}/metrics');
  await expect(metrics).toContainText('planned_lift');
  // The section ids ReDoc writes go into its frame's address, never the app's.
  await redoc.locator('.menu-content').getByText('serving', { exact: true }).click();
  const frame = page.frames().find((f) => f.url().includes('redoc.html'));
  await expect.poll(() => frame?.url()).toContain('#tag/serving');
  await expect(page).toHaveURL(/#\/redoc$/);

  await page.getByRole('button', { name: '한국어' }).click();
  await expect(metrics.locator('h2')).toHaveText('배포의 변형마다 성적 보기', { timeout: 30_000 });
  await page.getByTestId('to-swagger').click();
  await expect(page.getByTestId('swagger-ui')).toBeVisible();
  expect(app.errors).toEqual([]);
});

test('#/redoc works offline once the app has been cached', async ({ browser }) => {
  const origin = 'http://127.0.0.1:4193';
  const context = await browser.newContext();
  const errors: string[] = [];
  let server: Server | null = await startServer({ basePath: BASE, port: 4193 });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}#/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // The service worker caches every file of the build, ReDoc's frame and bundle included.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Promise<boolean>((resolve) => {
              const channel = new MessageChannel();
              channel.port1.onmessage = (event: MessageEvent<{ cached: number; total: number }>) =>
                resolve(event.data.total > 0 && event.data.cached === event.data.total);
              navigator.serviceWorker.controller?.postMessage({ type: 'app-shell:cache-all' }, [
                channel.port2,
              ]);
            }),
        ),
      )
      .toBe(true);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeunload')));
    await page.close();
    await new Promise((resolve) => server?.close(resolve));
    server = null;
    await context.setOffline(true);

    const offline = await context.newPage();
    offline.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await offline.goto(`${origin}${BASE}#/redoc`);
    await offline.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const health = offline
      .frameLocator('[data-testid="redoc-frame"]')
      .locator('[id="tag/service/operation/getHealth"] h2');
    await expect(health).toHaveText('Health check', { timeout: 30_000 });
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
  }
});

test('a version’s own page shows its run, signature, aliases, rules, and answers for it', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/train');
  await train(app, 'model=softmax&epochs=1&learning_rate=0.001');
  await train(app, 'model=mlp');
  await page.evaluate(async () => {
    const headers = {
      'Content-Type': 'application/json',
      Authorization: 'Bearer playground-token',
    };
    const send = (method: string, path: string, body: unknown) =>
      fetch(path, { method, headers, body: JSON.stringify(body) });
    await send('PUT', 'api/models/iris/aliases/champion', { version: 2 });
    await send('PUT', 'api/models/iris/aliases/staging', { version: 1 });
    await send('PUT', 'api/models/iris/aliases/staging', { version: 2 });
    await send('PATCH', 'api/models/iris', { promotion_rules: ['val_accuracy >= 0.9'] });
  });
  await page.goto('./#/models');
  await page
    .getByTestId('model-iris')
    .getByTestId('version-link')
    .filter({ hasText: 'v2' })
    .click();
  await expect(page).toHaveURL(/#\/models\/iris\/2$/);
  await expect(page.getByTestId('version-title')).toHaveText('iris v2');
  await expect(page.locator('.head .alias')).toHaveText(['@champion', '@staging']);
  const run = page.getByTestId('version-run');
  await expect(run.getByRole('link')).toHaveAttribute('href', /^#\/runs\/[0-9a-f]{32}$/);
  await expect(run.getByTestId('version-params')).toContainText('hidden_units');
  await expect(run.getByTestId('version-metrics')).toContainText('val_accuracy');
  await expect(page.getByTestId('version-signature')).toContainText('petal_width');
  // Every move that concerned v2, newest first: staging v1 → v2, then champion ∅ → v2.
  const moves = page.getByTestId('version-aliases').getByTestId('alias-history').locator('li');
  await expect(moves).toHaveCount(2);
  await expect(moves.first()).toContainText('@staging v1 → v2');
  await expect(page.getByTestId('version-rules')).toContainText(/passes: 0\.\d+, 0\.\d+ to spare/);

  // The weak softmax fails the rule, and says by how much.
  await page.goto('./#/models/iris/1');
  await expect(page.getByTestId('version-rules')).toContainText(/fails: 0\.\d+, short by 0\.\d+/);
  await expect(page.getByTestId('version-aliases')).toContainText(
    'No alias points at this version',
  );

  // The predict form asks the API for exactly this version.
  const asked = page.waitForRequest((r) => r.url().endsWith('/api/models/iris/predict?version=1'));
  await page.getByTestId('version-predict').click();
  await asked;
  await expect(page.getByTestId('version-answer')).toContainText('Served by iris v1');
  await page.goto('./#/models/iris/9');
  await expect(page.locator('main h1')).toHaveText('No such model version');
  expect(app.errors).toEqual([]);
});

test('Compare starts its scatter on fields the runs differ on, and draws each run in its colour', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/train');
  // Two runs with the same learning rate: an axis on it would stack their dots.
  await train(app, 'model=mlp&epochs=100');
  await train(app, 'model=mlp&epochs=20');
  const ids = await page.evaluate(async () => {
    const response = await fetch('api/runs/search', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    return ((await response.json()) as { runs: { info: { run_id: string } }[] }).runs.map(
      (r) => r.info.run_id,
    );
  });
  await page.goto(`./#/compare?runs=${ids.join(',')}`);
  await expect(page.getByTestId('scatter-x')).toHaveValue('params.epochs');
  const y = await page.getByTestId('scatter-y').inputValue();
  expect(y).toMatch(/^metrics\./);
  const table = page.getByTestId('compare-table');
  await expect(
    table.locator('tr.differs', { hasText: y.slice('metrics.'.length) }),
  ).not.toHaveCount(0);
  // A choice sticks.
  await page.getByTestId('scatter-x').selectOption('params.learning_rate');
  await expect(page.getByTestId('scatter-x')).toHaveValue('params.learning_rate');

  const swatches = await page
    .locator('.legend .swatch')
    .evaluateAll((spans) => spans.map((s) => getComputedStyle(s).backgroundColor));
  const strokes = await page
    .getByTestId('parallel-coordinates')
    .locator('polyline')
    .evaluateAll((lines) => lines.map((l) => getComputedStyle(l).stroke));
  expect(strokes).toEqual(swatches);
  expect(new Set(strokes).size).toBe(2);
  expect(app.errors).toEqual([]);
});
