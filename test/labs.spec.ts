// The labs, completed as a learner would: a lab page stays open while its steps are done in
// another tab (the app's pages) or by fetch from the page as a DevTools user would; every
// step is "todo" before its action and turns "done" after it, on its own.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const step = (page: Page, id: string) => page.locator(`[data-step="${id}"]`);
const todo = (page: Page, id: string) =>
  expect(step(page, id)).toHaveAttribute('data-state', 'todo');
const done = (page: Page, id: string) =>
  expect(step(page, id)).toHaveAttribute('data-state', 'done', { timeout: 30_000 });

const TOKEN = 'playground-token';
const FLOWER = [5.1, 3.5, 1.4, 0.2];

/** A request from the page, as typed in DevTools: its status and JSON body. */
async function api(
  page: Page,
  method: string,
  path: string,
  options: { body?: unknown; token?: boolean; contentType?: string | null } = {},
): Promise<{ status: number; body: any }> {
  return page.evaluate(
    async ({ method, path, body, token, contentType, TOKEN }) => {
      const headers: Record<string, string> = {};
      if (body !== undefined && contentType !== null)
        headers['Content-Type'] = contentType ?? 'application/json';
      if (token) headers['Authorization'] = `Bearer ${TOKEN}`;
      const response = await fetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        /* not JSON: kept as text */
      }
      return { status: response.status, body: parsed };
    },
    {
      method,
      path,
      body: options.body,
      token: options.token ?? method !== 'GET',
      contentType: options.contentType,
      TOKEN,
    },
  );
}

/** Trains through the Training API and waits for the run (and its model version). */
async function train(
  page: Page,
  params: Record<string, unknown> = {},
  experiment = '0',
): Promise<string> {
  const started = await api(page, 'POST', 'api/runs', {
    body: { experiment_id: experiment, model: 'softmax', params: { epochs: 20, ...params } },
  });
  expect(started.status).toBe(202);
  const id: string = started.body.info.run_id;
  await expect
    .poll(async () => (await api(page, 'GET', `api/runs/${id}`)).body.info.status, {
      timeout: 30_000,
    })
    .toBe('FINISHED');
  return id;
}

async function openLab(app: { open(hash: string): Promise<void>; page: Page }, id: string) {
  await app.open(`#/learn/${id}`);
  await expect(app.page.getByTestId('lab-steps')).toBeVisible();
}

/** A second tab on the app, for the pages a step sends the learner to. */
async function workTab(context: BrowserContext, hash: string): Promise<Page> {
  const work = await context.newPage();
  await work.goto(`./${hash}`);
  await work.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect(work.locator('main h1')).toBeVisible();
  return work;
}

/** Console errors but the browser's notes on the 4xx answers that the labs ask for. */
const refusalsAside = (errors: string[]) =>
  errors.filter((e) => !/the server responded with a status of 4\d\d/.test(e));

test.describe.configure({ mode: 'parallel' });

test('APIs: what an API is, an HTTP request, REST design', async ({ app, context }) => {
  const { page } = app;
  await app.open('#/');
  await train(page);

  await openLab(app, 'what-is-an-api');
  for (const id of ['menu', 'order', 'kitchen']) await todo(page, id);
  const docs = await workTab(context, '#/docs');
  await done(page, 'menu');
  await expect(step(page, 'menu').getByTestId('step-seen')).toContainText('GET /api/openapi.json');
  await todo(page, 'order');
  await api(page, 'GET', 'api/health');
  await done(page, 'order');
  await todo(page, 'kitchen');
  await docs.goto('./#/predict');
  await docs.getByTestId('send-button').click();
  await expect(docs.getByTestId('prediction')).toBeVisible();
  await done(page, 'kitchen');
  await expect(page.getByTestId('lab-progress')).toContainText('3 of 3');

  await openLab(app, 'http-anatomy');
  for (const id of ['method', 'headers', 'content-type', 'not-found']) await todo(page, id);
  expect((await api(page, 'GET', 'api/models/iris/predict')).status).toBe(405);
  await done(page, 'method');
  expect(
    (await api(page, 'POST', 'api/experiments', { body: { name: 'lab' }, token: false })).status,
  ).toBe(401);
  await todo(page, 'headers');
  expect((await api(page, 'POST', 'api/experiments', { body: { name: 'lab' } })).status).toBe(201);
  await done(page, 'headers');
  await todo(page, 'content-type');
  const plain = await api(page, 'POST', 'api/models/iris/predict', {
    body: { features: FLOWER },
    contentType: null,
  });
  expect(plain.status).toBe(415);
  await done(page, 'content-type');
  await todo(page, 'not-found');
  expect((await api(page, 'GET', 'api/models/rose')).status).toBe(404);
  await done(page, 'not-found');

  await openLab(app, 'rest-design');
  for (const id of ['verbs', 'nouns', 'create-delete']) await todo(page, id);
  expect((await api(page, 'GET', 'api/getModelInfo')).status).toBe(404);
  await done(page, 'verbs');
  await api(page, 'GET', 'api/models');
  await todo(page, 'nouns');
  await api(page, 'GET', 'api/models/iris');
  await done(page, 'nouns');
  await todo(page, 'create-delete');
  expect((await api(page, 'POST', 'api/models', { body: { name: 'lesson-model' } })).status).toBe(
    201,
  );
  await todo(page, 'create-delete');
  expect((await api(page, 'DELETE', 'api/models/lesson-model')).status).toBe(204);
  await done(page, 'create-delete');
  expect(refusalsAside(app.errors)).toEqual([]);
});

test('APIs: the pipeline, serving iris, generated docs', async ({ app, context }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await app.open('#/');
  await train(page);

  await openLab(app, 'pipeline-apis');
  for (const id of ['data-training', 'validation-deploy', 'predict-monitor']) await todo(page, id);
  const console = await workTab(context, '#/console?send=POST%20/api/runs');
  // A write opens set up and waits for the learner to send it.
  await expect(console.getByTestId('path-input')).toHaveValue(/\/api\/runs$/);
  await console.getByTestId('console-send').click();
  await done(page, 'data-training');
  await todo(page, 'validation-deploy');
  const evaluated = await api(page, 'POST', 'api/evaluations', {
    body: { model: 'iris', method: 'holdout' },
  });
  expect(evaluated.status).toBeLessThan(300);
  await todo(page, 'validation-deploy');
  await console.goto('./#/deploy?strategy=single&name=web');
  await console.getByTestId('deploy-submit').click();
  await expect(console.getByTestId('deployment-card')).toBeVisible();
  await done(page, 'validation-deploy');
  await todo(page, 'predict-monitor');
  await api(page, 'POST', 'api/deployments/web/predict', { body: { features: FLOWER } });
  await todo(page, 'predict-monitor');
  await api(page, 'GET', 'api/metrics');
  await done(page, 'predict-monitor');

  await openLab(app, 'serve-iris');
  for (const id of ['predict', 'validation', 'batch']) await todo(page, id);
  expect(
    (await api(page, 'POST', 'api/models/iris/predict', { body: { features: FLOWER } })).status,
  ).toBe(200);
  await done(page, 'predict');
  const missing = { sepal_length: 5.1, sepal_width: 3.5, petal_length: 1.4 };
  expect((await api(page, 'POST', 'api/models/iris/predict', { body: missing })).status).toBe(422);
  await done(page, 'validation');
  await expect(step(page, 'validation').getByTestId('step-seen')).toContainText(
    'missing at body.petal_width',
  );
  await todo(page, 'batch');
  await api(page, 'POST', 'api/models/iris/predict', {
    body: { instances: [FLOWER, [6.7, 3, 5.2, 2.3]] },
  });
  await done(page, 'batch');

  await openLab(app, 'api-docs');
  for (const id of ['open', 'try-it', 'korean']) await todo(page, id);
  await console.goto('./#/docs');
  await done(page, 'open');
  await todo(page, 'try-it');
  // Swagger UI's "Try it out" on the predict endpoint.
  const operation = console
    .locator('.opblock-post')
    .filter({ has: console.locator('[data-path="/api/models/{name}/predict"]') })
    .first();
  await operation.locator('.opblock-summary').click();
  await operation.getByRole('button', { name: 'Try it out' }).click();
  await operation.locator('input[placeholder="name"]').fill('iris');
  await operation.getByRole('button', { name: 'Execute' }).click();
  await expect(
    operation.locator('.live-responses-table tbody .response-col_status').first(),
  ).toContainText('200');
  await done(page, 'try-it');
  await todo(page, 'korean');
  await api(page, 'GET', 'api/openapi.json?lang=ko');
  await done(page, 'korean');
  expect(refusalsAside(app.errors)).toEqual([]);
});

test('MLflow: experiments and runs, autolog, MLproject parameters', async ({ app, context }) => {
  const { page } = app;
  await openLab(app, 'experiments-runs');
  for (const id of ['experiment', 'run', 'log-by-hand']) await todo(page, id);
  const work = await workTab(context, '#/runs');
  await work.getByTestId('new-experiment-name').fill('my-first-experiment');
  await work.getByTestId('new-experiment-name').press('Enter');
  await done(page, 'experiment');
  await todo(page, 'run');
  await work.goto('./#/train?epochs=5');
  await work.getByTestId('train-experiment').selectOption({ label: 'my-first-experiment' });
  await work.getByTestId('train-button').click();
  await expect(work.getByTestId('train-outcome')).toBeVisible({ timeout: 60_000 });
  await done(page, 'run');
  await todo(page, 'log-by-hand');
  const made = await api(page, 'POST', 'api/runs', {
    body: { experiment_id: '0', run_name: 'by-hand' },
  });
  const id: string = made.body.info.run_id;
  await api(page, 'POST', `api/runs/${id}/log-batch`, {
    body: {
      params: [{ key: 'penalty', value: 'elasticnet' }],
      metrics: [{ key: 'score', value: 0.83 }],
    },
  });
  await todo(page, 'log-by-hand');
  await api(page, 'PATCH', `api/runs/${id}`, { body: { status: 'FINISHED' } });
  await done(page, 'log-by-hand');
  await expect(step(page, 'log-by-hand').getByTestId('step-seen')).toContainText(
    'penalty=elasticnet',
  );

  await openLab(app, 'autolog');
  for (const id of ['train', 'artifacts', 'history']) await todo(page, id);
  await work.goto('./#/train?model=softmax&penalty=elasticnet&l1_ratio=0.1&epochs=5');
  await work.getByTestId('train-button').click();
  await expect(work.getByTestId('train-outcome')).toBeVisible({ timeout: 60_000 });
  await done(page, 'train');
  await todo(page, 'artifacts');
  await work.goto('./#/console?send=GET%20/api/runs/%7Brun_id%7D/artifacts');
  await work.reload();
  await done(page, 'artifacts');
  await todo(page, 'history');
  await work.goto('./#/console?send=GET%20/api/runs/%7Brun_id%7D/metrics/%7Bkey%7D');
  await work.reload();
  await done(page, 'history');

  await openLab(app, 'projects-params');
  for (const id of ['save', 'override', 'sweep']) await todo(page, id);
  await work.goto('./#/train?model=softmax&penalty=elasticnet&l1_ratio=0.1&epochs=5');
  const projects = work.getByTestId('projects-panel');
  await projects.getByTestId('project-name').fill('tutorial2');
  await projects.getByRole('checkbox', { name: 'l1_ratio' }).check();
  await projects.getByTestId('project-save').click();
  await done(page, 'save');
  await todo(page, 'override');
  for (const value of ['0.5', '0.9']) {
    await projects.getByTestId('project-open').filter({ hasText: 'tutorial2' }).click();
    await projects
      .getByTestId('project-run')
      // The run form's fields share their ids with the Train form's, so their labels name
      // those: find the field by its visible label instead.
      .locator('label', { hasText: 'L1 ratio' })
      .locator('xpath=..')
      .locator('input')
      .fill(value);
    await projects.getByTestId('project-run-button').click();
    await expect(work.getByTestId('train-outcome')).toBeVisible({ timeout: 60_000 });
    if (value === '0.5') {
      await done(page, 'override');
      await todo(page, 'sweep');
    }
    await work.reload();
  }
  await done(page, 'sweep');
  expect(refusalsAside(app.errors)).toEqual([]);
});

test('MLflow: search runs, the registry, offline evaluation', async ({ app, context }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await app.open('#/');
  const runId = await train(page, { penalty: 'elasticnet', l1_ratio: 0.1 });

  await openLab(app, 'search-runs');
  for (const id of ['search', 'bad-filter', 'download']) await todo(page, id);
  const work = await workTab(
    context,
    `#/runs?filter=${encodeURIComponent("params.penalty = 'elasticnet'")}`,
  );
  await expect(work.getByTestId('run-filter')).toHaveValue("params.penalty = 'elasticnet'");
  await todo(page, 'search');
  const found = await api(page, 'POST', 'api/runs/search', {
    body: {
      filter: "params.penalty = 'elasticnet'",
      order_by: ['metrics.val_accuracy DESC'],
      max_results: 1,
    },
  });
  expect(found.body.runs).toHaveLength(1);
  await done(page, 'search');
  await todo(page, 'bad-filter');
  expect(
    (await api(page, 'POST', 'api/runs/search', { body: { filter: 'metrics.val_accuracy >=' } }))
      .status,
  ).toBe(422);
  await done(page, 'bad-filter');
  await todo(page, 'download');
  expect((await api(page, 'GET', `api/runs/${runId}/artifacts/model/model.json`)).status).toBe(200);
  await done(page, 'download');

  await openLab(app, 'registry');
  for (const id of ['version', 'alias', 'predict-alias']) await todo(page, id);
  await train(page);
  await done(page, 'version');
  await todo(page, 'alias');
  expect(
    (await api(page, 'PUT', 'api/models/iris/aliases/challenger', { body: { version: 2 } })).status,
  ).toBeLessThan(300);
  await done(page, 'alias');
  await todo(page, 'predict-alias');
  await api(page, 'POST', 'api/models/iris/predict?alias=challenger', {
    body: { features: FLOWER },
  });
  await done(page, 'predict-alias');

  await openLab(app, 'offline-evaluation');
  for (const id of ['holdout', 'kfold', 'bootstrap']) await todo(page, id);
  await work.goto('./#/evaluate');
  for (const method of ['holdout', 'kfold', 'bootstrap']) {
    await work.getByTestId('evaluate-method').selectOption(method);
    if (method === 'kfold') await work.getByTestId('evaluate-k').fill('3');
    await work.getByTestId('evaluate-start').click();
    await expect(work.getByTestId('evaluate-status')).toHaveAttribute('data-phase', 'finished', {
      timeout: 30_000,
    });
    await done(page, method);
  }
  await expect(step(page, 'kfold').getByTestId('step-seen')).toContainText('kfold');
  expect(refusalsAside(app.errors)).toEqual([]);
});

/** Sends `requests` simulated users' requests live through a deployment, from the Deploy page. */
async function simulate(work: Page, deployment: string, requests: number): Promise<void> {
  await work.goto('./#/deploy');
  await expect(work.getByTestId('sim-target')).toContainText(deployment);
  await work.getByTestId('sim-target').selectOption(deployment);
  await work.getByTestId('sim-mode').selectOption('live');
  await work.getByTestId('sim-requests').fill(String(requests));
  await work.getByTestId('simulate').click();
  await expect(work.getByTestId('simulation-outcome')).toBeVisible({ timeout: 60_000 });
}

const deploy = (page: Page, name: string, body: unknown) =>
  api(page, 'PUT', `api/deployments/${name}`, { body }).then((r) =>
    expect(r.status).toBeLessThan(300),
  );

const two = (a: string, b: string) => [
  { name: a, model: 'iris', version: 1 },
  { name: b, model: 'iris', version: 2 },
];

test('Online: an A/B test with sticky users, and why peeking misleads', async ({
  app,
  context,
}) => {
  test.setTimeout(90_000);
  const { page } = app;
  await app.open('#/');
  await train(page);
  await train(page, { epochs: 5 });

  await openLab(app, 'ab-test');
  for (const id of ['deploy', 'sticky', 'traffic', 'read']) await todo(page, id);
  const work = await workTab(context, '#/deploy?strategy=ab&split=50&name=web');
  await expect(work.getByTestId('deploy-strategy')).toHaveValue('ab');
  await work.getByTestId('deploy-submit').click();
  await expect(work.getByTestId('deployment-card')).toBeVisible();
  await done(page, 'deploy');
  await expect(step(page, 'deploy').getByTestId('step-seen')).toContainText('50/50');
  await todo(page, 'sticky');
  const variants = new Set<string>();
  for (let i = 0; i < 3; i++) {
    const answer = await api(page, 'POST', 'api/deployments/web/predict', {
      body: { user_id: 'alice', features: FLOWER },
    });
    variants.add(answer.body.variant);
  }
  expect(variants.size).toBe(1);
  await done(page, 'sticky');
  await expect(step(page, 'sticky').getByTestId('step-seen')).toContainText('alice');
  await todo(page, 'traffic');
  await simulate(work, 'web', 300);
  await done(page, 'traffic');
  await todo(page, 'read');
  await api(page, 'GET', 'api/deployments/web/metrics');
  await done(page, 'read');

  await openLab(app, 'peeking');
  for (const id of ['aa', 'peek']) await todo(page, id);
  await work.goto('./#/deploy?strategy=ab&name=aa-test');
  await work.reload();
  await work.getByTestId('deploy-second').selectOption('1');
  await work.getByTestId('deploy-first').selectOption('1');
  await work.getByTestId('deploy-submit').click();
  await done(page, 'aa');
  await simulate(work, 'aa-test', 300);
  for (let look = 1; look <= 3; look++) {
    await todo(page, 'peek');
    await api(page, 'GET', 'api/deployments/aa-test/metrics');
  }
  await done(page, 'peek');
  expect(refusalsAside(app.errors)).toEqual([]);
});

test('Online: a canary roll-out, a shadow test, a bandit', async ({ app, context }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await app.open('#/');
  await train(page);
  await train(page, { epochs: 5 });
  const work = await workTab(context, '#/deploy');

  await openLab(app, 'canary');
  for (const id of ['deploy', 'advance', 'decide']) await todo(page, id);
  await deploy(page, 'canary', {
    strategy: 'canary',
    variants: two('stable', 'canary'),
    canary: { steps: [50, 100], labelled_per_step: 10, guardrails: { min_accuracy: 0 } },
  });
  await done(page, 'deploy');
  await todo(page, 'advance');
  await simulate(work, 'canary', 400);
  await done(page, 'advance');
  await done(page, 'decide');

  await openLab(app, 'shadow');
  for (const id of ['deploy', 'mirror', 'promote']) await todo(page, id);
  await deploy(page, 'shadow', { strategy: 'shadow', variants: two('primary', 'shadow') });
  await done(page, 'deploy');
  await todo(page, 'mirror');
  await simulate(work, 'shadow', 200);
  await done(page, 'mirror');
  await todo(page, 'promote');
  await expect(work.getByTestId('simulation-outcome')).toContainText('%');
  const card = work
    .getByTestId('deployment-card')
    .filter({ has: work.locator('h3 .mono', { hasText: /^shadow$/ }) });
  await card.getByTestId('promote').click();
  await expect(work.getByTestId('deploy-error')).toHaveCount(0);
  await expect(card.getByTestId('deployment-events')).toContainText(/promot/i);
  await done(page, 'promote');

  await openLab(app, 'bandit');
  for (const id of ['deploy', 'feedback', 'read']) await todo(page, id);
  await deploy(page, 'bandit', {
    strategy: 'bandit',
    variants: two('arm_a', 'arm_b'),
    bandit: { algorithm: 'thompson', epsilon: 0.1, min_share: 0.05 },
  });
  await done(page, 'deploy');
  await todo(page, 'feedback');
  await simulate(work, 'bandit', 300);
  await done(page, 'feedback');
  await todo(page, 'read');
  await api(page, 'GET', 'api/deployments/bandit/metrics');
  await done(page, 'read');
  expect(refusalsAside(app.errors)).toEqual([]);
});

test('progress survives a reload, a reset leaves other labs alone, both languages show the same steps', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/');
  await expect(page.getByTestId('continue-card')).toContainText('New here?');

  await openLab(app, 'what-is-an-api');
  await api(page, 'GET', 'api/health');
  await done(page, 'order');
  await openLab(app, 'rest-design');
  await api(page, 'GET', 'api/getModelInfo');
  await done(page, 'verbs');

  await page.reload();
  await expect(page.getByTestId('lab-steps')).toBeVisible();
  await done(page, 'verbs');
  await app.open('#/learn');
  await expect(page.locator('[data-lab="rest-design"] [data-testid="lab-status"]')).toContainText(
    '1 of 3',
  );
  await app.open('#/');
  await expect(page.getByTestId('continue-card')).toContainText('What an API is: step 1 of 3');

  await openLab(app, 'what-is-an-api');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('lab-reset').click();
  await todo(page, 'order');
  // Evidence from before the reset does not count again.
  await page.waitForTimeout(500);
  await todo(page, 'order');
  await openLab(app, 'rest-design');
  await done(page, 'verbs');

  const english = await page
    .locator('[data-step]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-step')));
  await page.getByRole('button', { name: '한국어' }).click();
  await expect(page.locator('h1')).toHaveText('REST 방식으로 URL 설계하기');
  await expect(step(page, 'verbs').locator('h2')).toContainText('동사 URL은 여기 없다');
  await expect(page.locator('[data-step]')).toHaveCount(english.length);
  const korean = await page
    .locator('[data-step]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-step')));
  expect(korean).toEqual(english);
  await expect(step(page, 'verbs').getByTestId('step-state')).toContainText('완료');
  expect(refusalsAside(app.errors)).toEqual([]);
});
