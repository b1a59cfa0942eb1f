// The Deploy page: a deployment made through the Deploy API from the page, traffic
// fast-forwarded through its router and then sent live through the service worker with
// the same seed (the same outcome), the dashboard, and a decision by hand that moves
// champion.
import { expect, test, trainDefaultModel, type AppPage } from './fixtures';

/** Trains two versions of iris on the Train page, then opens the Deploy page. */
async function twoVersionsThenDeploy(app: AppPage) {
  await app.open('#/train');
  await trainDefaultModel(app.page);
  await trainDefaultModel(app.page);
  await app.page.goto('./#/deploy');
}

test('deploys two versions, simulates traffic through a canary that rolls back, and promotes by hand', async ({
  app,
}) => {
  const { page } = app;
  await twoVersionsThenDeploy(app);

  await page.getByTestId('deploy-strategy').selectOption('canary');
  await expect(page.getByTestId('deploy-first')).toHaveValue('1');
  await expect(page.getByTestId('deploy-second')).toHaveValue('2');
  const created = page.waitForResponse(
    (r) => r.url().endsWith('/api/deployments/web') && r.request().method() === 'PUT',
  );
  await page.getByTestId('deploy-submit').click();
  expect((await created).status()).toBe(201);
  const card = page.getByTestId('deployment-card');
  await expect(card).toContainText('rolling out');
  await expect(card).toContainText('10%');

  // A failing canary: the router rolls it back, and says why.
  await page.getByTestId('deploy-fault').fill('30');
  await page.getByTestId('sim-requests').fill('600');
  await page.getByTestId('simulate').click();
  const outcome = page.getByTestId('simulation-outcome');
  await expect(outcome.getByTestId('simulation-row')).toHaveCount(2);
  const timeline = page.getByTestId('decision-timeline');
  await expect(timeline).toContainText(/Rolled back\s+error rate \d+\.\d% > 5\.0%/);
  await expect(page.getByTestId('chart-share').locator('canvas')).toBeVisible();
  const rows = () =>
    outcome
      .getByTestId('simulation-row')
      // Every column but the measured p95 latency.
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.children].slice(0, 5).map((c) => c.textContent?.trim())),
      );
  const fastRows = await rows();
  await expect(outcome).toContainText('Fast-forward');

  // Live: the same seed through real HTTP gives the same outcome, request by request.
  let predicts = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('/api/deployments/web/predict')) predicts++;
  });
  await page.getByTestId('sim-mode').selectOption('live');
  await page.getByTestId('simulate').click();
  await expect(page.getByTestId('sim-progress')).toBeVisible();
  await expect(outcome).toContainText('Live', { timeout: 60_000 });
  expect(await rows()).toEqual(fastRows);
  expect(predicts).toBe(600);
  await expect(timeline).toContainText(/Rolled back\s+error rate \d+\.\d% > 5\.0%/);
  await expect(card).toContainText('rolled back');
  await expect(card).toContainText('injected fault: fails 30%');

  // The simulation is a run, with its settings as params and its outcomes as metrics.
  await expect(outcome.getByTestId('simulation-run')).toHaveAttribute(
    'href',
    /^#\/runs\/[0-9a-f]{32}$/,
  );

  // By hand: promote makes the canary's version champion.
  await card.getByTestId('promote').click();
  await expect(card).toContainText('promoted');
  const champion = await page.evaluate(async () => {
    const response = await fetch('api/models/iris');
    return ((await response.json()) as { aliases: Record<string, number> }).aliases['champion'];
  });
  expect(champion).toBe(2);
  await card.locator('summary').click();
  await expect(card.getByTestId('deployment-events')).toContainText('promoted by hand');

  // A refused change says why and writes nothing.
  await page.getByTestId('deploy-name').fill('bad name!');
  await page.getByTestId('deploy-submit').click();
  await expect(page.getByTestId('deploy-error')).toContainText('422');
  await expect(page.getByTestId('deployment-card')).toHaveCount(1);
  // The browser logs every 4xx/5xx answer: the refused name's 422 and the injected 503s.
  expect(app.errors.filter((e) => !/status of (422|503)/.test(e))).toEqual([]);
});

test('a live bandit simulation pauses, resumes and stops between requests, and the planner answers', async ({
  app,
}) => {
  const { page } = app;
  await twoVersionsThenDeploy(app);
  await page.getByTestId('deploy-strategy').selectOption('bandit');
  await page.getByTestId('deploy-submit').click();
  await expect(page.getByTestId('deployment-card')).toContainText('Bandit');

  await page.getByTestId('sim-mode').selectOption('live');
  await page.getByTestId('sim-requests').fill('100000');
  await page.getByTestId('simulate').click();
  const progress = page.getByTestId('sim-progress');
  await expect(progress).toContainText(/[1-9][\d,]* of 100,000 requests/);
  await page.getByTestId('sim-pause').click();
  const served = async () => {
    const log = await page.evaluate(async () => {
      const response = await fetch('api/deployments/web/metrics');
      const body = (await response.json()) as { variants: { requests: number }[] };
      return body.variants.reduce((s, v) => s + v.requests, 0);
    });
    return log;
  };
  // Paused: the deployment serves nothing more.
  await page.waitForTimeout(300);
  const before = await served();
  await page.waitForTimeout(700);
  expect(await served()).toBe(before);
  await page.getByTestId('sim-resume').click();
  await expect.poll(served).toBeGreaterThan(before + 50);
  // Another page and back: the run went on, and can still be stopped.
  await page.goto('./#/runs');
  await page.goto('./#/deploy');
  await expect(page.getByTestId('sim-progress')).toBeVisible();
  await expect(page.getByTestId('traffic-dashboard')).toBeVisible();
  await page.getByTestId('sim-stop').click();
  const outcome = page.getByTestId('simulation-outcome');
  await expect(outcome).toContainText('Live');
  const requests = await outcome
    .getByTestId('simulation-row')
    .evaluateAll((rows) =>
      rows.reduce((s, row) => s + Number(row.children[1]?.textContent?.replace(/,/g, '')), 0),
    );
  expect(requests).toBeGreaterThan(before + 50);
  expect(requests).toBeLessThan(100_000);
  expect(await served()).toBe(requests);
  await expect(page.getByTestId('chart-regret').locator('canvas')).toBeVisible();

  // The planner: users per arm for 90% → 93%, and 200 A/A tests that peek.
  await expect(page.getByTestId('plan-users')).toContainText('1,356 users per variant');
  await page.getByTestId('peeking-run').click();
  await expect(page.getByTestId('peeking-outcome')).toContainText('Always-valid');
  expect(app.errors).toEqual([]);
});

test('a slow canary is rolled back live by its p95 latency guardrail', async ({ app }) => {
  const { page } = app;
  await twoVersionsThenDeploy(app);
  await page.getByTestId('deploy-strategy').selectOption('canary');
  await page.getByTestId('deploy-max-latency').fill('60');
  await page.getByTestId('deploy-submit').click();
  await expect(page.getByTestId('deployment-card')).toContainText('rolling out');

  await page.getByTestId('sim-mode').selectOption('live');
  await page.getByTestId('sim-requests').fill('400');
  await page.getByTestId('sim-delay').fill('100');
  await page.getByTestId('simulate').click();
  await expect(page.getByTestId('simulation-outcome')).toContainText('Live', { timeout: 60_000 });
  await expect(page.getByTestId('decision-timeline')).toContainText(
    /Rolled back\s+p95 latency \d+ ms > 60 ms/,
  );
  const card = page.getByTestId('deployment-card');
  await expect(card).toContainText('rolled back');
  await expect(card).toContainText('injected fault: 100 ms slower');
  expect(app.errors).toEqual([]);
});
