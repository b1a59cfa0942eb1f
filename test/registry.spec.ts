// End-to-end: the registry as a learner uses it: promotion rules that refuse a champion
// and say by how much, alias moves with their history, and lineage back to the run.
import { expect, test } from './fixtures';

const AUTH = { 'Content-Type': 'application/json', Authorization: 'Bearer playground-token' };

test('promotion rules guard the champion; aliases move in one click and keep their history', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/models');
  await page.evaluate(async (headers) => {
    for (const epochs of [10, 20]) {
      const started = await fetch('api/runs', {
        method: 'POST',
        headers,
        body: JSON.stringify({ experiment_id: '0', model: 'softmax', params: { epochs } }),
      });
      const { info } = (await started.json()) as { info: { run_id: string } };
      for (;;) {
        const run = (await (await fetch(`api/runs/${info.run_id}`)).json()) as {
          info: { status: string };
        };
        if (run.info.status !== 'RUNNING') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }, AUTH);
  const card = page.getByTestId('model-iris');
  await expect(card.getByTestId('version-row')).toHaveCount(2);

  await card.getByTestId('promotion-rules').fill('val_accuracy at least 0.9');
  await card.getByRole('button', { name: 'Save rules' }).click();
  await expect(card.getByTestId('registry-problem')).toContainText('is not a rule');
  await card.getByTestId('promotion-rules').fill('val_accuracy >= 1.01');
  await card.getByRole('button', { name: 'Save rules' }).click();
  await expect(card.getByTestId('registry-problem')).toHaveCount(0);

  await card.getByTestId('champion-v1').click();
  await expect(card.getByTestId('registry-problem')).toContainText(
    'fails val_accuracy >= 1.01 (is ',
  );
  await expect(card.getByTestId('registry-problem')).toContainText('short by');
  await expect(card.getByTestId('alias-list')).toContainText('No aliases yet.');

  await card.getByTestId('promotion-rules').fill('val_accuracy >= 0.3');
  await card.getByRole('button', { name: 'Save rules' }).click();
  await card.getByTestId('champion-v1').click();
  await expect(card.getByTestId('alias-list')).toContainText('@champion → v1');
  await card.getByTestId('champion-v2').click();
  await expect(card.getByTestId('alias-list')).toContainText('@champion → v2');
  const history = card.getByTestId('alias-history').getByRole('listitem');
  await expect(history).toHaveCount(2);
  await expect(history.first()).toContainText('v1 → v2');

  // Lineage: version → run → its params and metrics, and back to the version.
  await card.getByTestId('version-row').nth(1).locator('a[href*="#/runs/"]').click();
  await expect(page.getByTestId('run-params')).toContainText('softmax');
  await expect(page.getByTestId('run-version')).toContainText('iris v');

  // The API sees the same gate.
  const refused = await page.evaluate(async (headers) => {
    await fetch('api/models/iris', {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ promotion_rules: ['val_accuracy >= 1.01'] }),
    });
    const response = await fetch('api/models/iris/aliases/champion', {
      method: 'PUT',
      headers,
      body: JSON.stringify({ version: 1 }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { failed_rules: unknown[] },
    };
  }, AUTH);
  expect(refused.status).toBe(409);
  expect(refused.body.failed_rules).toHaveLength(1);
  expect(app.errors.every((e) => /status of 409/.test(e))).toBe(true);
});

test('a sweep trial is registered from its run page', async ({ app }) => {
  const { page } = app;
  await app.open('#/train?model=softmax&epochs=15');
  await page.getByTestId('sweep-values-0').fill('0.05, 0.1');
  await page.getByTestId('sweep-start').click();
  await expect(page.getByTestId('sweep-progress')).toHaveAttribute('data-phase', 'finished', {
    timeout: 60_000,
  });
  await page.getByTestId('sweep-best').getByRole('link').click();
  await page.getByTestId('register-run').click();
  await expect(page.getByTestId('run-version')).toHaveText('Registered as iris v1');
  await page.getByTestId('run-version').click();
  await expect(page.getByTestId('model-iris').getByTestId('version-row')).toHaveCount(1);
  expect(app.errors).toEqual([]);
});

test('a version exports as a zip and imports back as a new version; a bad file is refused', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/train?model=softmax&epochs=15');
  await page.getByTestId('train-button').click();
  await expect(page.getByTestId('train-outcome')).toBeVisible({ timeout: 60_000 });
  await page.goto('./#/models');
  const card = page.getByTestId('model-iris');
  const download = page.waitForEvent('download');
  await card.getByTestId('export-v1').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('iris-v1.zip');
  const path = await file.path();

  await card.getByTestId('import-package').setInputFiles({
    name: 'notes.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from('this is not a zip'),
  });
  await expect(card.getByTestId('registry-problem')).toContainText('not a zip');
  await expect(card.getByTestId('version-row')).toHaveCount(1);

  await card.getByTestId('import-package').setInputFiles(path);
  await expect(card.getByTestId('version-row')).toHaveCount(2);
  await expect(card.getByTestId('registry-problem')).toHaveCount(0);
  await card.getByTestId('version-row').first().locator('a[href*="#/runs/"]').click();
  await expect(page.getByTestId('run-tags')).toContainText('iris v1');
  await expect(page.getByTestId('run-params')).toContainText('softmax');
  expect(app.errors).toEqual([]);
});

test('the Validation API evaluates a version in the worker and records it as a run', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/train?model=softmax&epochs=30');
  await page.getByTestId('train-button').click();
  await expect(page.getByTestId('train-outcome')).toBeVisible({ timeout: 60_000 });
  const result = await page.evaluate(async (headers) => {
    const response = await fetch('api/evaluations', {
      method: 'POST',
      headers,
      body: JSON.stringify({ model: 'iris', method: 'kfold', k: 3, seed: 2 }),
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        id: string;
        metrics: { accuracy: { values: number[]; mean: number } };
      },
    };
  }, AUTH);
  expect(result.status).toBe(201);
  expect(result.body.metrics.accuracy.values).toHaveLength(3);
  expect(result.body.metrics.accuracy.mean).toBeGreaterThan(0.8);
  await page.goto(`./#/runs/${result.body.id}`);
  await expect(page.getByTestId('run-children').getByRole('listitem')).toHaveCount(3);
  await expect(page.getByTestId('run-metrics')).toContainText('accuracy_mean');
  expect(app.errors).toEqual([]);
});

test('the Evaluate page runs k-fold and the bootstrap with progress, intervals and a heat map', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/train?model=softmax&epochs=30');
  await page.getByTestId('train-button').click();
  await expect(page.getByTestId('train-outcome')).toBeVisible({ timeout: 60_000 });
  await page.goto('./#/evaluate');
  await page.getByTestId('evaluate-k').fill('3');
  await page.getByTestId('evaluate-start').click();
  await expect(page.getByTestId('evaluate-status')).toHaveAttribute('data-phase', 'finished', {
    timeout: 60_000,
  });
  await expect(page.getByTestId('evaluate-status')).toContainText('3 of 3');
  const report = page.getByTestId('evaluate-report');
  await expect(report).toContainText('roc_auc');
  await expect(page.getByTestId('confusion-heatmap').locator('tbody td')).toHaveCount(9);

  await page.getByTestId('evaluate-method').selectOption('bootstrap');
  await page.getByTestId('evaluate-start').click();
  await expect(report).toContainText('Bootstrap');
  await expect(page.getByTestId('evaluate-status')).toHaveAttribute('data-phase', 'finished');
  await report.getByRole('link', { name: 'Open its run' }).click();
  await expect(page.getByTestId('run-params')).toContainText('bootstrap');
  expect(app.errors).toEqual([]);
});

test('two versions compared on the same folds: paired differences and a McNemar sentence', async ({
  app,
}) => {
  const { page } = app;
  for (const query of ['model=softmax&epochs=2&learning_rate=0.001', 'model=softmax&epochs=60']) {
    await app.open(`#/train?${query}`);
    await page.getByTestId('train-button').click();
    await expect(page.getByTestId('train-status')).toHaveAttribute('data-phase', 'finished', {
      timeout: 60_000,
    });
  }
  await page.goto('./#/evaluate');
  await page.getByTestId('evaluate-version').selectOption('2');
  await page.getByTestId('evaluate-k').fill('3');
  await page.getByTestId('evaluate-compare').selectOption({ label: 'iris v1' });
  await page.getByTestId('evaluate-start').click();
  const comparison = page.getByTestId('evaluate-comparison');
  await expect(comparison).toContainText('v2 against v1', { timeout: 60_000 });
  await expect(page.getByTestId('mcnemar-sentence')).toContainText('McNemar');
  await expect(page.getByTestId('mcnemar-sentence')).toContainText('likely real');
  await expect(comparison).toContainText('accuracy');

  // The same comparison through the Validation API agrees with the page.
  const sentence = (await page.getByTestId('mcnemar-sentence').textContent()) ?? '';
  const [, onlyA, onlyB] = /v2 alone is right on (\d+), v1 alone on (\d+)/.exec(sentence) ?? [];
  const api = await page.evaluate(async (headers) => {
    const evaluate = async (version: number) => {
      const response = await fetch('api/evaluations', {
        method: 'POST',
        headers,
        body: JSON.stringify({ model: 'iris', version, method: 'kfold', k: 3 }),
      });
      return ((await response.json()) as { id: string }).id;
    };
    const [a, b] = [await evaluate(2), await evaluate(1)];
    const response = await fetch(`api/evaluations/${a}/compare/${b}`);
    return { status: response.status, body: await response.json() };
  }, AUTH);
  expect(api.status).toBe(200);
  expect(api.body.mcnemar).toMatchObject({ only_a: Number(onlyA), only_b: Number(onlyB) });
  expect(api.body.likely_real).toBe(true);
  expect(app.errors).toEqual([]);
});
