// End-to-end: what a newcomer met first: child runs folded under their parent in the Runs
// table, a run page that names its experiment, no empty charts, and a Train page whose
// button and live progress are in view together, on a laptop and on a phone.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const AUTH = { 'Content-Type': 'application/json', Authorization: 'Bearer playground-token' };

interface LoggedRun {
  experiment_id?: string;
  run_name: string;
  parent?: string;
  params?: Record<string, string>;
  /** Each metric logged once (no history). */
  metrics?: Record<string, number>;
}

/** Creates an empty run through the API and logs params, single-step metrics and its parent. */
async function logRun(page: Page, run: LoggedRun): Promise<string> {
  return page.evaluate(
    async ({ run, headers }) => {
      const created = await fetch('api/runs', {
        method: 'POST',
        headers,
        body: JSON.stringify({ experiment_id: run.experiment_id ?? '0', run_name: run.run_name }),
      });
      const { info } = (await created.json()) as { info: { run_id: string } };
      await fetch(`api/runs/${info.run_id}/log-batch`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          params: Object.entries(run.params ?? {}).map(([key, value]) => ({ key, value })),
          metrics: Object.entries(run.metrics ?? {}).map(([key, value]) => ({ key, value })),
          tags: run.parent ? [{ key: 'mlflow.parentRunId', value: run.parent }] : [],
        }),
      });
      return info.run_id;
    },
    { run, headers: AUTH },
  );
}

/** Whether the page is wider than its viewport (something scrolls sideways). */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

test('child runs fold under their parent, open from the keyboard, and sort and search sensibly', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/runs');
  const parent = await logRun(page, {
    run_name: 'sweep-parent',
    params: { kind: 'sweep' },
    metrics: { acc: 0.9 },
  });
  for (const [name, acc] of [
    ['trial-a', 0.8],
    ['trial-b', 0.95],
    ['trial-c', 0.85],
  ] as const) {
    await logRun(page, { run_name: name, parent, params: { kind: 'trial' }, metrics: { acc } });
  }
  await logRun(page, { run_name: 'solo', params: { kind: 'single' }, metrics: { acc: 0.92 } });

  // Five runs match; two rows show, the trials folded under their parent.
  await expect(page.getByTestId('run-count')).toHaveText('Matching runs: 5');
  const rows = page.getByTestId('run-row');
  await expect(rows).toHaveCount(2);
  const disclosure = page.getByRole('button', { name: 'Child runs of sweep-parent (3)' });
  await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
  await expect(disclosure).toContainText('3');

  await disclosure.focus();
  await page.keyboard.press('Enter');
  await expect(disclosure).toHaveAttribute('aria-expanded', 'true');
  await expect(rows).toHaveCount(5);
  await expect(rows.locator('[data-depth="1"]')).toHaveCount(3);
  await page.keyboard.press('Space');
  await expect(rows).toHaveCount(2);
  await page.keyboard.press('Enter');

  // Sorting orders the top-level runs, and the children under their parent the same way.
  await page.getByTestId('columns-toggle').click();
  await page.getByRole('checkbox', { name: 'acc', exact: true }).check();
  await page.getByTestId('columns-toggle').click();
  const names = () => rows.getByRole('link').allTextContents();
  const accHeader = page.getByTitle('metrics.acc', { exact: true });
  await accHeader.click();
  await expect.poll(names).toEqual(['solo', 'sweep-parent', 'trial-b', 'trial-c', 'trial-a']);
  await accHeader.click();
  await expect.poll(names).toEqual(['sweep-parent', 'trial-a', 'trial-c', 'trial-b', 'solo']);

  // A search that matches children but not their parent lists the children on their own.
  const filter = page.getByTestId('run-filter');
  await filter.fill("params.kind = 'trial'");
  await expect(page.getByTestId('run-count')).toHaveText('Matching runs: 3');
  await expect(rows).toHaveCount(3);
  await expect(rows.locator('[data-depth="0"]')).toHaveCount(3);
  await expect(page.getByRole('button', { name: /^Child runs of/ })).toHaveCount(0);
  await filter.fill('metrics.acc > 0.86');
  await expect.poll(names).toEqual(['sweep-parent', 'trial-b', 'solo']);
  await expect(page.getByRole('button', { name: 'Child runs of sweep-parent (1)' })).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  expect(await scrollsSideways(page)).toBe(false);
  expect(app.errors).toEqual([]);
});

test('a run page names its experiment, links to its runs, and draws no empty chart', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/runs');
  const experimentId = await page.evaluate(async (headers) => {
    const response = await fetch('api/experiments', {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'petal-study' }),
    });
    return ((await response.json()) as { experiment_id: string }).experiment_id;
  }, AUTH);
  const runId = await logRun(page, {
    experiment_id: experimentId,
    run_name: 'fold-like',
    metrics: { accuracy: 0.93, val_accuracy: 0.9, f1_macro: 0.91 },
  });

  await page.goto(`./#/runs/${runId}`);
  const experiment = page.getByTestId('run-experiment');
  await expect(experiment).toContainText('petal-study');
  await expect(experiment).toContainText(`(id ${experimentId})`);
  // Each metric was logged once: a sentence instead of charts with empty axes.
  await expect(page.getByTestId('run-metrics')).toContainText('f1_macro');
  await expect(page.getByTestId('no-curves')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Metric histories' })).toHaveCount(0);
  await expect(page.locator('main canvas')).toHaveCount(0);

  await experiment.getByRole('link', { name: 'petal-study' }).click();
  await expect(page).toHaveURL(new RegExp(`#/runs\\?experiments=${experimentId}$`));
  const list = page.getByTestId('experiment-list');
  await expect(list.getByRole('checkbox', { name: 'petal-study' })).toBeChecked();
  await expect(list.getByRole('checkbox', { name: 'Default' })).not.toBeChecked();
  await expect(page.getByTestId('run-count')).toHaveText('Matching runs: 1');
  // The choice is in the address: ticking Default too writes it there, and a reload keeps it.
  await list.getByRole('checkbox', { name: 'Default' }).check();
  await expect(page).toHaveURL(/experiments=/);
  await page.reload();
  await expect(list.getByRole('checkbox', { name: 'Default' })).toBeChecked();
  await expect(list.getByRole('checkbox', { name: 'petal-study' })).toBeChecked();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`./#/runs/${runId}`);
  await expect(page.getByTestId('run-experiment')).toContainText('petal-study');
  expect(await scrollsSideways(page)).toBe(false);
  expect(app.errors).toEqual([]);
});

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width} px, Train and its live status are in view together`, async ({
    app,
  }) => {
    const { page } = app;
    await page.setViewportSize(viewport);
    await app.open('#/train');
    // The advanced fields are folded away; the ones a newcomer sets first are not.
    await expect(page.getByTestId('train-advanced')).not.toHaveAttribute('open', '');
    await expect(page.locator('#seed')).toBeHidden();
    await expect(page.locator('#epochs')).toBeVisible();
    await expect(page.getByTestId('train-button')).toBeInViewport();
    expect(await scrollsSideways(page)).toBe(false);

    await page.getByTestId('train-button').click();
    await expect(page.getByTestId('train-outcome')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('train-status')).toContainText('Epoch 100 of 100');
    await expect(page.getByTestId('train-loss')).toContainText('Loss');
    await expect(page.getByTestId('train-status')).toBeInViewport();
    await expect(page.getByTestId('train-button')).toBeInViewport();
    if (viewport.width > 760) await expect(page.getByTestId('loss-chart')).toBeInViewport();
    expect(await scrollsSideways(page)).toBe(false);

    // A link that sets an advanced field opens them, so that what trains is in sight.
    await page.goto('./#/train?model=mlp&epochs=20&batch_size=8');
    await expect(page.getByTestId('train-advanced')).toHaveAttribute('open', '');
    await expect(page.locator('#batch_size')).toHaveValue('8');
    await page.locator('#batch_size').fill('16');
    await expect(page).toHaveURL(/batch_size=16/);
    expect(app.errors).toEqual([]);
  });
}
