// End-to-end: MLflow's REST API and scoring server from the page. A run logged the way
// MLflow's client logs it shows on the Runs page; a run trained on the Train page reads back
// through runs/get; the champion scores through /invocations; the run page teaches the calls.
import { BASE, expect, test, trainDefaultModel } from './fixtures';

const HEADERS = { 'Content-Type': 'application/json', Authorization: 'Bearer playground-token' };

test('a run logged through /api/2.0/mlflow/ is on the Runs page with its params and metrics', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/runs');
  const runId = await page.evaluate(async (headers) => {
    const post = async (endpoint: string, body: unknown) => {
      const answer = await fetch(`api/2.0/mlflow/${endpoint}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
      });
      if (!answer.ok) throw new Error(`${endpoint}: ${answer.status} ${await answer.text()}`);
      return answer.json() as Promise<Record<string, any>>;
    };
    const now = Date.now();
    const { run } = await post('runs/create', {
      experiment_id: '0',
      run_name: 'from-mlflow',
      start_time: now,
    });
    const run_id = run.info.run_id as string;
    await post('runs/log-batch', {
      run_id,
      params: [{ key: 'alpha', value: '0.5' }],
      metrics: [{ key: 'rmse', value: 0.25, timestamp: now, step: 0 }],
    });
    await post('runs/log-metric', { run_id, key: 'r2', value: 0.875, timestamp: now, step: 0 });
    await post('runs/set-tag', { run_id, key: 'owner', value: 'notebook' });
    await post('runs/update', { run_id, status: 'FINISHED', end_time: now + 1000 });
    return run_id;
  }, HEADERS);

  // Our own search finds it, MLflow's filter and all.
  const found = await page.evaluate(async () => {
    const answer = await fetch('api/runs/search', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ filter: "params.alpha = '0.5' AND metrics.rmse < 0.3" }),
    });
    return ((await answer.json()) as { runs: { info: { run_id: string; status: string } }[] }).runs;
  });
  expect(found.map((run) => run.info)).toEqual([
    expect.objectContaining({ run_id: runId, status: 'FINISHED' }),
  ]);

  const filter = page.getByTestId('run-filter');
  await filter.fill("params.alpha = '0.5'");
  await expect(page.getByTestId('run-count')).toHaveText('Matching runs: 1');
  await page.getByTestId('columns-toggle').click();
  await page.getByRole('checkbox', { name: 'alpha' }).check();
  await page.getByRole('checkbox', { name: 'r2' }).check();
  await page.getByTestId('columns-toggle').click();
  const row = page.getByTestId('run-row');
  await expect(row).toContainText('from-mlflow');
  await expect(row).toContainText('0.5');
  await expect(row).toContainText('0.875');

  // The Runs page teaches the search it just ran, as mlflow.search_runs.
  const calls = page.getByTestId('mlflow-calls').first();
  await calls.locator('summary').click();
  await expect(calls).toContainText(`filter_string="params.alpha = '0.5'"`);
  await expect(calls).toContainText('POST /api/2.0/mlflow/runs/search');

  // Its page shows it too, and teaches log_param with the run's own param.
  await page.goto(`./#/runs/${runId}`);
  await expect(page.getByTestId('run-params')).toContainText('alpha');
  await expect(page.getByTestId('run-metrics')).toContainText('rmse');
  const runCalls = page.getByTestId('mlflow-calls');
  await runCalls.locator('summary').click();
  await expect(runCalls).toContainText('mlflow.log_param("alpha", "0.5")');
  // The link opens the console with the request set up, not sent (it writes).
  await runCalls.getByRole('link').nth(1).click();
  await expect(page.getByTestId('path-input')).toHaveValue(
    `${BASE}api/2.0/mlflow/runs/log-parameter`,
  );
  const body = JSON.parse(await page.getByTestId('body-input').inputValue()) as unknown;
  expect(body).toEqual({ run_id: runId, key: 'alpha', value: '0.5' });
  await page.getByTestId('console-send').click();
  await expect(page.getByTestId('exchange-status')).toContainText('200');
  expect(app.errors).toEqual([]);
});

test('a run trained on the Train page reads back through runs/get, and its model scores through /invocations', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/');
  await trainDefaultModel(page);
  const answers = await page.evaluate(async () => {
    const search = await fetch('api/2.0/mlflow/runs/search', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ experiment_ids: ['0'] }),
    });
    const { runs } = (await search.json()) as { runs: { info: { run_id: string } }[] };
    const runId = runs[0]?.info.run_id ?? '';
    const got = await (await fetch(`api/2.0/mlflow/runs/get?run_id=${runId}`)).json();
    const scored = await fetch('invocations', {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv' },
      body: 'sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5,1.4,0.2\n',
    });
    const ping = await fetch('ping');
    return { got, scored: await scored.json(), ping: [ping.status, await ping.text()] };
  });
  expect(answers.got.run.info).toMatchObject({ status: 'FINISHED', lifecycle_stage: 'active' });
  const keys = (answers.got.run.data.metrics as { key: string }[]).map((m) => m.key);
  expect(keys).toContain('val_accuracy');
  expect(answers.scored).toEqual({ predictions: ['setosa'] });
  expect(answers.ping).toEqual([200, '\n']);
  expect(app.errors).toEqual([]);
});
