// The journey every browser engine walks (test/engines/run.mjs), written once against a
// small page interface that each driver implements: first visit under the service worker,
// training, tracking, every page in two languages and widths, the API docs, a live
// simulation, a reload, a new version's worker taking the open page over (a prediction
// through it), an offline reload, and no error or warning on the console at any point.

import { visitEveryPage } from './every-page.mjs';
import {
  byTestId,
  isShown,
  setValue,
  shoot,
  show,
  STEP_TIMEOUT_MS,
  until,
} from './page-actions.mjs';

/**
 * What a driver gives the journey: one tab of a fresh browser profile.
 * @typedef {object} EnginePage
 * @property {(url: string) => Promise<void>} goto Loads a URL and waits for its load event.
 * @property {() => Promise<void>} reload Reloads the page and waits for its load event.
 * @property {(fn: (arg: any) => unknown, arg?: unknown) => Promise<any>} evaluate Runs `fn`
 *   in the page (awaiting a promise it returns) and answers its JSON-able result.
 * @property {(selector: string) => Promise<void>} click Clicks the element as a user does.
 * @property {(size: {width: number, height: number}) => Promise<void>} resize Sets the
 *   viewport's size (a phone's, or back to a desktop's).
 * @property {(name: string) => Promise<void>} screenshot Saves the viewport as `<name>.png`.
 * @property {() => string[]} consoleProblems Errors and warnings the driver saw on the
 *   console (none for a driver that cannot read it: the page's own record covers those).
 */

const TRAINING_TIMEOUT_MS = 90_000;

/** The app is up: its service worker controls the page and a page has rendered. */
function appIsUp(page, what) {
  return until(
    page,
    what,
    () => navigator.serviceWorker.controller !== null && document.querySelector('main h1') !== null,
  );
}

function predictThroughApi(page) {
  return page.evaluate(async () => {
    const response = await fetch('api/models/iris/predict', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ features: [5.1, 3.5, 1.4, 0.2] }),
    });
    return { status: response.status, body: await response.json() };
  });
}

function expectPrediction(answer, when) {
  if (answer.status !== 200 || answer.body.prediction !== 'setosa') {
    throw new Error(`${when}: POST api/models/iris/predict answered ${JSON.stringify(answer)}`);
  }
}

/** Asks the page's service worker (`app-shell:status` or `app-shell:cache-all`) how much of
 * which version it holds: { version, cached, total }; null if it does not answer in time
 * (a worker that another replaced while asked never does). */
function askWorker(page, type, timeout = 10_000) {
  return page.evaluate(
    ({ message, timeout }) =>
      new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = ({ data }) => resolve(data);
        navigator.serviceWorker.controller.postMessage({ type: message }, [channel.port2]);
        setTimeout(() => resolve(null), timeout);
      }),
    { message: type, timeout },
  );
}

/** Errors and warnings so far: the driver's view of the console and the page's own record. */
async function consoleProblems(page) {
  const recorded = await page.evaluate(() => sessionStorage.getItem('recorded-errors'));
  return [...page.consoleProblems(), ...JSON.parse(recorded ?? '[]')];
}

/**
 * Walks the journey. `site.url` is the app's address (its base path included);
 * `site.deployNextVersion()` serves a new version in its place and answers that version;
 * `site.stop()` shuts its server down. Answers how long each step took, in ms; throws at
 * the first failure.
 */
export async function journey(page, site) {
  const timings = {};
  let started = Date.now();
  const step = async (name, run) => {
    try {
      await run();
    } catch (error) {
      // What the console showed until then often says why.
      const problems = await consoleProblems(page).catch(() => []);
      const seen = problems.length > 0 ? `; the console showed:\n  ${problems.join('\n  ')}` : '';
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`${name}: ${message}${seen}`, { cause: error });
    }
    const now = Date.now();
    timings[name] = now - started;
    started = now;
  };
  const at = (hash) => `${site.url}?record-errors${hash}`;

  await step('first visit', async () => {
    await page.goto(at('#/'));
    await appIsUp(page, 'the service worker to control the first visit');
    await shoot(page, 'home');
  });

  await step('train', async () => {
    await show(page, '#/train?model=softmax&epochs=30', byTestId('train-button'));
    await page.click(byTestId('train-button'));
    await until(
      page,
      'the training outcome',
      isShown,
      byTestId('train-outcome'),
      TRAINING_TIMEOUT_MS,
    );
    await shoot(page, 'train', byTestId('train-outcome'));
  });

  await step('runs and models', async () => {
    await show(page, '#/runs', byTestId('run-row'));
    await shoot(page, 'runs');
    await show(page, '#/models', byTestId('version-row'));
    await shoot(page, 'models');
  });

  await step('every page', () => visitEveryPage(page));

  await step('API docs', async () => {
    await show(page, '#/docs', '.swagger-ui .opblock');
    await shoot(page, 'docs');
    // ReDoc, in a frame of its own (same origin: the page can look into it).
    await show(page, '#/redoc', byTestId('redoc-frame'));
    await until(
      page,
      'ReDoc to render an operation',
      (frame) => {
        const content = document.querySelector(frame)?.contentDocument;
        return content?.querySelector('[data-section-id^="operation/"]') != null;
      },
      byTestId('redoc-frame'),
    );
    await shoot(page, 'redoc');
  });

  await step('live simulation', async () => {
    const created = await page.evaluate(async () => {
      const response = await fetch('api/deployments/web', {
        method: 'PUT',
        // The workspace's default API token.
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer playground-token' },
        body: JSON.stringify({
          strategy: 'single',
          variants: [{ name: 'only', model: 'iris', version: 1 }],
        }),
      });
      return response.status;
    });
    if (created !== 201) throw new Error(`PUT api/deployments/web answered ${created}`);
    await show(page, '#/deploy', byTestId('simulate'));
    await setValue(page, byTestId('sim-mode'), 'live');
    await setValue(page, byTestId('sim-requests'), '100');
    await page.click(byTestId('simulate'));
    await until(
      page,
      'the live simulation to finish',
      (s) => document.querySelector(s)?.textContent.includes('Live'),
      byTestId('simulation-outcome'),
      60_000,
    );
    await shoot(page, 'deploy', byTestId('simulation-outcome'));
  });

  await step('reload', async () => {
    await page.reload();
    await appIsUp(page, 'the app after a reload');
    await show(page, '#/runs', byTestId('run-row'));
    await show(page, '#/models', byTestId('version-row'));
  });

  await step('new version', async () => {
    // Deployed while the page is open: the page's next update check (as msw makes at start)
    // finds it, and its worker takes the running page over.
    const version = await site.deployNextVersion();
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    // The new worker has taken the page over once it controls it, activated (the page's msw
    // introduces itself to it then), and answers as the new version.
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    const tookOver = async () =>
      (await page.evaluate(() => navigator.serviceWorker.controller?.state === 'activated')) &&
      // A worker replaced while asked never answers: ask again soon rather than wait long.
      (await askWorker(page, 'app-shell:status', 2_000))?.version === version;
    while (!(await tookOver())) {
      if (Date.now() > deadline) {
        const workers = await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          const { active, waiting, installing } = registration ?? {};
          return { active: active?.state, waiting: waiting?.state, installing: installing?.state };
        });
        throw new Error(`version ${version} never took the page over: ${JSON.stringify(workers)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // A prediction through the new worker, from the page it took over.
    await show(page, '#/predict', byTestId('send-button'));
    await page.click(byTestId('send-button'));
    await until(
      page,
      'a 200 answer on the Predict page',
      (s) => /\b200\b/.test(document.querySelector(s)?.textContent ?? ''),
      byTestId('exchange-status'),
    );
    await shoot(page, 'predict');
  });

  await step('offline reload', async () => {
    const status = await askWorker(page, 'app-shell:cache-all', 60_000);
    if (!status || status.total === 0 || status.cached !== status.total) {
      throw new Error(`the worker did not cache every file: ${JSON.stringify(status)}`);
    }
    await site.stop();
    await page.reload();
    await appIsUp(page, 'the app to load offline');
    await show(page, '#/runs', byTestId('run-row'));
    expectPrediction(await predictThroughApi(page), 'offline');
  });

  const problems = await consoleProblems(page);
  if (problems.length > 0)
    throw new Error(`the console was not clean:\n  ${problems.join('\n  ')}`);
  return timings;
}
