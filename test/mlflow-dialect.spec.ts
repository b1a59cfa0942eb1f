// End-to-end: the Runs page says when a filter is ours and not MLflow's, refuses what MLflow
// refuses with a caret, and the Evaluate page says an interval of no width is not certainty.
import { expect, test } from './fixtures';

const AUTH = { 'Content-Type': 'application/json', Authorization: 'Bearer playground-token' };

test('the search box names the extensions a filter uses, and refuses what MLflow refuses', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/runs');
  await page.evaluate(async (headers) => {
    for (const [name, owner] of [
      ['a', 'ana'],
      ['b', null],
    ] as const) {
      const made = await fetch('api/runs', {
        method: 'POST',
        headers,
        body: JSON.stringify({ experiment_id: '0', run_name: name }),
      });
      const { info } = (await made.json()) as { info: { run_id: string } };
      await fetch(`api/runs/${info.run_id}/log-batch`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ tags: owner ? [{ key: 'owner', value: owner }] : [] }),
      });
    }
  }, AUTH);
  await expect(page.getByTestId('run-count')).toHaveText('Matching runs: 2');

  const filter = page.getByTestId('run-filter');
  await filter.fill('tags.owner IS NULL');
  await expect(page.getByTestId('run-count')).toHaveText('Matching runs: 1');
  await expect(page.getByTestId('run-filter-extensions')).toHaveCount(0);

  await filter.fill("(tags.owner = 'ana' OR `tags`.owner IS NULL)");
  await expect(page.getByTestId('run-count')).toHaveText('Matching runs: 2');
  await expect(page.getByTestId('run-filter-extensions')).toHaveText(
    /MLflow would refuse this: OR, parentheses\./,
  );

  await filter.fill('attributes.status = 1');
  await expect(page.getByTestId('run-filter-error')).toContainText('quote the value');
  await expect(page.getByTestId('run-filter-error').locator('pre')).toContainText(
    `${' '.repeat(20)}^`,
  );
  expect(app.errors).toEqual([]);
});

test('the Evaluate page gives the Wilson interval and warns that an interval of no width is not certainty', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/train?model=softmax&epochs=30');
  await page.getByTestId('train-button').click();
  await expect(page.getByTestId('train-outcome')).toBeVisible({ timeout: 60_000 });
  await page.goto('./#/evaluate');
  await page.getByTestId('evaluate-method').selectOption('holdout');
  await page.getByTestId('evaluate-start').click();
  await expect(page.getByTestId('evaluate-status')).toHaveAttribute('data-phase', 'finished', {
    timeout: 60_000,
  });
  await expect(page.getByTestId('accuracy-wilson')).toContainText(/of 30 test rows right/);
  await expect(page.getByTestId('accuracy-wilson')).toContainText('Wilson 95% interval');
  await expect(page.getByTestId('flat-interval')).toContainText('That is not certainty');
  expect(app.errors).toEqual([]);
});
