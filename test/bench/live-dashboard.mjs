// The longest main-thread task while the Deploy page runs a 10,000-request live simulation
// with its dashboard open (PerformanceObserver 'longtask'): the app is trained twice and
// given an A/B deployment through its own API, then driven as a user would.
const TOKEN = 'playground-token';

async function prepare(page, strategy) {
  await page.evaluate(
    async ({ token, strategy }) => {
      const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
      for (const epochs of [100, 5]) {
        const started = await fetch('api/runs', {
          method: 'POST',
          headers,
          body: JSON.stringify({ experiment_id: '0', model: 'mlp', params: { epochs } }),
        });
        const location = started.headers.get('Location');
        for (;;) {
          await new Promise((resolve) => setTimeout(resolve, 300));
          const run = await (await fetch(location)).json();
          if (run.info.status !== 'RUNNING') break;
        }
      }
      const variants = [
        { name: 'control', model: 'iris', version: 1 },
        { name: 'treatment', model: 'iris', version: 2 },
      ];
      const put = await fetch('api/deployments/web', {
        method: 'PUT',
        headers,
        body: JSON.stringify({ strategy, variants }),
      });
      if (!put.ok) throw new Error(`PUT deployment: ${put.status}`);
    },
    { token: TOKEN, strategy },
  );
}

export async function longTasksDuringLiveSimulation(browser, appUrl, requests = 10_000) {
  const report = { requests };
  for (const strategy of ['ab', 'shadow']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${appUrl}#/train`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // The app mounts once its API answers.
    await page.locator('main h1').waitFor();
    await prepare(page, strategy);
    await page.goto(`${appUrl}#/deploy`);
    await page.getByTestId('sim-mode').selectOption('live');
    await page.getByTestId('sim-requests').fill(String(requests));
    await page.evaluate(() => {
      window.__longTasks = [];
      window.__started = performance.now();
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          window.__longTasks.push({
            duration: entry.duration,
            at_s: (entry.startTime - window.__started) / 1000,
          });
        }
      }).observe({ type: 'longtask' });
    });
    const started = Date.now();
    await page.getByTestId('simulate').click();
    await page.getByTestId('simulation-outcome').waitFor({ timeout: 600_000 });
    const seconds = (Date.now() - started) / 1000;
    await page.getByTestId('traffic-dashboard').waitFor();
    const tasks = await page.evaluate(() => window.__longTasks);
    const durations = tasks.map((task) => task.duration);
    report[strategy] = {
      seconds: Math.round(seconds),
      simulated_requests_per_s: Math.round(requests / seconds),
      longest_task_ms: Math.round(Math.max(0, ...durations)),
      tasks_over_50ms: durations.filter((d) => d > 50).length,
      tasks_over_100ms: durations.filter((d) => d > 100).length,
      // When (seconds after Start) each task over 50 ms began, and how long it took.
      tasks_over_50ms_at: tasks
        .filter((task) => task.duration > 50)
        .map((task) => `${task.at_s.toFixed(1)} s: ${Math.round(task.duration)} ms`),
    };
    await context.close();
  }
  return { target_longest_task_ms: 100, ...report };
}
