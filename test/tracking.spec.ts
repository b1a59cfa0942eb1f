// End-to-end: experiment tracking as a learner uses it: shared setups, autolog, the run
// page, the runs table with search and compare, and runs that end KILLED.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const AUTH = { 'Content-Type': 'application/json', Authorization: 'Bearer playground-token' };

/** Starts a training through the API from the page and waits for it to finish. */
async function trainThroughApi(page: Page, body: object): Promise<string> {
  return page.evaluate(
    async ({ body, headers }) => {
      const started = await fetch('api/runs', {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
      });
      const { info } = (await started.json()) as { info: { run_id: string } };
      for (;;) {
        const run = (await (await fetch(`api/runs/${info.run_id}`)).json()) as {
          info: { status: string };
        };
        if (run.info.status !== 'RUNNING') return info.run_id;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    { body, headers: AUTH },
  );
}

test('a shared link sets up elastic net; the run logs params, scores and images, and keeps notes', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/train?model=softmax&penalty=elasticnet&l1_ratio=0.1&epochs=60');
  await expect(page.locator('#penalty')).toHaveValue('elasticnet');
  await expect(page.locator('#l1_ratio')).toHaveValue('0.1');
  await expect(page.locator('#hidden_units')).toHaveCount(0);
  // Following another link while the page is open loads that setup.
  await page.goto('./#/train?model=mlp&hidden_layers=2');
  await expect(page.locator('#hidden_layers')).toHaveValue('2');
  await page.goto('./#/train?model=softmax&penalty=elasticnet&l1_ratio=0.1&epochs=60');
  await expect(page.locator('#l1_ratio')).toHaveValue('0.1');
  await page.getByTestId('train-button').click();
  await expect(page.getByTestId('train-outcome')).toBeVisible({ timeout: 60_000 });

  await page.getByTestId('train-status').getByRole('link').click();
  await expect(page.getByTestId('run-params')).toContainText('elasticnet');
  await expect(page.getByTestId('run-params')).toContainText('l1_ratio');
  for (const metric of [
    'val_f1_macro',
    'val_precision_weighted',
    'training_log_loss',
    'val_loss',
  ]) {
    await expect(page.getByTestId('run-metrics')).toContainText(metric);
  }
  await expect(page.getByTestId('run-artifacts')).toContainText('confusion_matrix.svg');
  await expect(page.getByTestId('run-artifacts')).toContainText('model/weights.bin');
  await page.getByTestId('run-artifacts').getByRole('button', { name: 'View' }).first().click();
  await expect(page.getByTestId('artifact-preview').locator('img')).toBeVisible();

  // The same file over HTTP, answered by the service worker.
  const runId = page.url().split('/runs/')[1] ?? '';
  const image = await page.evaluate(async (id) => {
    const response = await fetch(`api/runs/${id}/artifacts/confusion_matrix.svg`);
    return { type: response.headers.get('content-type'), text: await response.text() };
  }, runId);
  expect(image.type).toBe('image/svg+xml');
  expect(image.text).toContain('<svg');

  await page.getByTestId('tag-key').fill('reviewer');
  await page.getByTestId('tag-value').fill('ada');
  await page.getByRole('button', { name: 'Set tag' }).click();
  await expect(page.getByTestId('run-tags')).toContainText('ada');
  await page.getByTestId('run-note').fill('Elastic net, as in the MLflow tutorial.');
  await page.getByRole('button', { name: 'Save note' }).click();
  // Saved once the button disables again (the edit is written).
  await expect(page.getByRole('button', { name: 'Save note' })).toBeDisabled();
  await page.reload();
  await expect(page.getByTestId('run-tags')).toContainText('ada');
  await expect(page.getByTestId('run-note')).toHaveValue('Elastic net, as in the MLflow tutorial.');
  expect(app.errors).toEqual([]);
});

test('the runs table searches, says where a filter is wrong, sorts, and compares', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/runs');
  await trainThroughApi(page, { experiment_id: '0', model: 'softmax', params: { epochs: 30 } });
  await trainThroughApi(page, {
    experiment_id: '0',
    model: 'mlp',
    params: { epochs: 30, hidden_units: 4 },
  });
  await trainThroughApi(page, { experiment_id: '0', model: 'mlp', params: { epochs: 40 } });
  await expect(page.getByTestId('run-count')).toHaveText('Matching runs: 3');

  const filter = page.getByTestId('run-filter');
  await filter.fill("params.model = 'mlp' AND (params.hidden_units = '4' OR params.epochs = '40')");
  await expect(page.getByTestId('run-count')).toHaveText('Matching runs: 2');
  await filter.fill("params.model = 'mlp' AND (params.epochs = ");
  await expect(page.getByTestId('run-filter-error')).toContainText('position 42');
  await expect(page.getByTestId('run-filter-error').locator('pre')).toContainText(
    `${' '.repeat(42)}^`,
  );
  await filter.fill('attributes.colour = 1');
  await expect(page.getByTestId('run-filter-error')).toContainText("unknown attribute 'colour'");
  await filter.fill('params.model > 1');
  await expect(page.getByTestId('run-filter-error')).toContainText('not a number');
  await filter.fill('');

  // Sorting by epochs is numeric: 30, 30, 40 ascending.
  await page.getByTestId('columns-toggle').click();
  await page.getByRole('checkbox', { name: 'epochs' }).check();
  await page.getByTestId('columns-toggle').click();
  await page.getByRole('button', { name: 'epochs' }).click();
  await expect(page.getByTestId('run-row').last()).toContainText('40');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await (await download).createReadStream();
  const text = await new Response(csv as unknown as ReadableStream).text();
  expect(text.split('\r\n')[0]).toContain('params.epochs');
  expect(text.trim().split('\r\n')).toHaveLength(4);

  const boxes = page.getByTestId('run-row').getByRole('checkbox');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByTestId('compare-link').click();
  await expect(page.locator('main h1')).toHaveText('Compare 2 runs');
  const table = page.getByTestId('compare-table');
  await expect(table).toContainText('hidden_units');
  await expect(table).not.toContainText('test_size');
  await page.getByTestId('only-differences').uncheck();
  await expect(table).toContainText('test_size');
  await expect(page.getByTestId('overlay-chart').locator('canvas')).toBeVisible();
  expect(app.errors).toEqual([]);
});

test('cancelling ends the run KILLED, and so does closing the tab mid-training', async ({
  app,
  context,
}) => {
  const { page } = app;
  await app.open('#/train?model=mlp&epochs=1000&batch_size=8');
  await page.getByTestId('train-button').click();
  await expect(page.getByTestId('train-status')).toContainText(/Epoch [1-9]/);
  await page.getByTestId('cancel-button').click();
  await expect(page.getByTestId('train-cancelled')).toBeVisible();
  await page.goto('./#/runs');
  await expect(page.getByTestId('run-row').first()).toContainText('Killed');

  // A second tab trains and is closed; the next start finds its run abandoned.
  const other = await context.newPage();
  await other.goto('./#/train?model=mlp&epochs=1000&batch_size=8');
  await other.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await other.getByTestId('train-button').click();
  await expect(other.getByTestId('train-status')).toContainText(/Epoch [1-9]/);
  await other.close();
  await page.reload();
  await expect(page.getByTestId('run-row')).toHaveCount(2);
  await expect(page.getByTestId('run-row').filter({ hasText: 'Running' })).toHaveCount(0);
  await expect(page.getByTestId('run-row').filter({ hasText: 'Killed' })).toHaveCount(2);
});

test('a grid sweep runs its trials as child runs and marks the best', async ({ app }) => {
  const { page } = app;
  await app.open('#/train?model=softmax&epochs=30');
  await page.getByTestId('sweep-values-0').fill('0.005, 0.05, 0.5');
  await expect(page.getByTestId('sweep-start')).toHaveText('Run 3 trials');
  await page.getByTestId('sweep-values-0').fill('0.005, 5');
  await expect(page.getByTestId('sweep-problem')).toContainText('learning_rate');
  await expect(page.getByTestId('sweep-start')).toBeDisabled();
  await page.getByTestId('sweep-values-0').fill('0.005, 0.05, 0.5');
  await page.getByTestId('sweep-start').click();
  await expect(page.getByTestId('sweep-progress')).toHaveAttribute('data-phase', 'finished', {
    timeout: 60_000,
  });
  await expect(page.getByTestId('sweep-progress')).toContainText('3 of 3 trials');
  await page.getByTestId('sweep-progress').getByRole('link', { name: 'Parent run' }).click();
  await expect(page.getByTestId('run-children').getByRole('listitem')).toHaveCount(3);
  await expect(page.getByTestId('best-child')).toHaveCount(1);
  await expect(page.getByTestId('run-params')).toContainText('grid');
  expect(app.errors).toEqual([]);
});

test('a saved project runs with overrides of its parameters, tagged with its name', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/train?model=softmax&penalty=l2&alpha=0.1&epochs=40');
  await page.getByTestId('project-name').fill('ridge');
  await page.getByTestId('project-save').click();
  await page.getByTestId('project-open').click();
  const run = page.getByTestId('project-run');
  await expect(run.locator('#epochs')).toHaveValue('40');
  await expect(run.locator('#alpha')).toHaveCount(0);
  await run.locator('#epochs').fill('25');
  await page.getByTestId('project-run-button').click();
  await expect(page.getByTestId('train-outcome')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('train-status').getByRole('link').click();
  await expect(page.getByTestId('run-tags')).toContainText('ridge');
  await expect(page.getByTestId('run-params')).toContainText('25');
  await expect(page.getByTestId('run-params')).toContainText('0.1');
  expect(app.errors).toEqual([]);
});

test('experiments are created, renamed and deleted on the Runs page, and trained into', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/runs');
  await page.getByTestId('new-experiment-name').fill('tuning');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByTestId('experiment-list')).toContainText('tuning');
  await page.getByTestId('new-experiment-name').fill('tuning');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('alert')).toContainText("'tuning' already exists");

  await page.goto('./#/train?model=softmax&epochs=20');
  await page.getByTestId('train-experiment').selectOption({ label: 'tuning' });
  await page.getByTestId('train-button').click();
  await expect(page.getByTestId('train-outcome')).toBeVisible({ timeout: 60_000 });

  await page.goto('./#/runs');
  const list = page.getByTestId('experiment-list');
  await list.getByRole('checkbox', { name: 'Default' }).uncheck();
  await list.getByRole('checkbox', { name: 'tuning' }).check();
  await expect(page.getByTestId('run-count')).toHaveText('Matching runs: 1');
  await list
    .getByRole('listitem')
    .filter({ hasText: 'tuning' })
    .getByRole('button', { name: 'Rename' })
    .click();
  await list.getByRole('textbox').fill('tuning-2');
  await list.getByRole('button', { name: 'Save' }).click();
  await expect(list).toContainText('tuning-2');
  page.once('dialog', (dialog) => void dialog.accept());
  await list
    .getByRole('listitem')
    .filter({ hasText: 'tuning-2' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(list).not.toContainText('tuning-2');
  expect(app.errors).toEqual([]);
});
