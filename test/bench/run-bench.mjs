// `npm run bench`: measures the built app in headless Chromium and prints JSON figures.
//  - JavaScript loaded before tfjs (gzip): on first paint of Home, and of the Train page;
//  - the tfjs chunks (gzip): the page's and the training worker's;
//  - our training path (worker + logging) against a bare model.fit in the same page;
//  - predict through the API against a bare MSW echo handler, and batch predict rows/s;
//  - training with autolog against the same training unlogged;
//  - training with the Train page's live decision regions against the same without them;
//  - run search + sort over 10,000 runs against a hand-written filter and sort;
//  - 10-fold CV against one training, 1,000 bootstrap resamples against one evaluation;
//  - workspace export and import of 1,000 runs against a raw bulkAdd of the same rows;
//  - the traffic simulator's fast-forward mode, simulated requests per second;
//  - its live mode (real HTTP through the service worker) against a bare MSW echo handler;
//  - the longest main-thread task during a 10,000-request live simulation with the Deploy
//    page's dashboard open.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { startServer } from '../../scripts/serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { longTasksDuringLiveSimulation } from './live-dashboard.mjs';

const APP_BASE = '/ml-playground/';
const APP_PORT = 4180;
const BENCH_PORT = 4181;
const REPEATS = Number(process.env.BENCH_REPEATS ?? 15);
const API_REQUESTS = Number(process.env.BENCH_API_REQUESTS ?? 300);
// BENCH_ONLY=evaluation,api measures only those sections (training, api, search, evaluation,
// backup, simulation, live, dashboard).
const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : null;

const gzipKb = (file) => Math.round((gzipSync(readFileSync(file)).length / 1024) * 10) / 10;

function fileOf(url, base, root) {
  return `${root}/${new URL(url).pathname.slice(base.length)}`;
}

async function scriptsLoadedAt(browser, hash) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = new Set();
  page.on('response', (response) => {
    if (response.url().endsWith('.js') && response.request().resourceType() !== 'serviceworker') {
      scripts.add(response.url());
    }
  });
  await page.goto(`http://127.0.0.1:${APP_PORT}${APP_BASE}${hash}`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.locator('main h1').waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  const files = [...scripts].map((url) => fileOf(url, APP_BASE, 'dist'));
  if (files.some((f) => f.includes('tf-runtime'))) throw new Error(`tfjs was loaded on ${hash}`);
  return {
    scripts: files.length,
    gzip_kb: Math.round(files.reduce((sum, f) => sum + gzipKb(f), 0) * 10) / 10,
  };
}

/** gzip size of each tfjs chunk, told apart by whether the training worker loads it. */
function tfjsChunkSizes() {
  const assets = readdirSync('dist/assets');
  const worker = assets.find((f) => /^training\.worker-.*\.js$/.test(f)) ?? '';
  const workerCode = worker ? readFileSync(`dist/assets/${worker}`, 'utf8') : '';
  const sizes = {};
  for (const chunk of assets.filter((f) => /^tf-runtime-.*\.js$/.test(f))) {
    const code = readFileSync(`dist/assets/${chunk}`, 'utf8');
    const ofWorker = workerCode.includes(chunk) || (worker !== '' && code.includes(worker));
    sizes[ofWorker ? 'worker_gzip_kb' : 'page_gzip_kb'] = gzipKb(`dist/assets/${chunk}`);
  }
  return sizes;
}

const servers = [
  await startServer({ root: 'dist', basePath: APP_BASE, port: APP_PORT }),
  await startServer({ root: 'dist-bench', basePath: '/bench/', port: BENCH_PORT }),
];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const home = await scriptsLoadedAt(browser, '#/');
  const train = await scriptsLoadedAt(browser, '#/train');
  const tfjs = tfjsChunkSizes();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${BENCH_PORT}/bench/`);
  await page.locator('#status', { hasText: 'ready' }).waitFor();
  const measure = (name, run) => (ONLY === null || ONLY.includes(name) ? run() : undefined);
  const training = await measure('training', () =>
    page.evaluate((repeats) => window.runTrainingBench(repeats), REPEATS),
  );
  const api = await measure('api', () =>
    page.evaluate((requests) => window.runApiBench(requests), API_REQUESTS),
  );
  const search = await measure('search', () =>
    page.evaluate((repeats) => window.runSearchBench(repeats), REPEATS),
  );
  const load = await measure('search', () => page.evaluate(() => window.runLoadBench(5)));
  const evaluation = await measure('evaluation', () =>
    page.evaluate((repeats) => window.runEvaluationBench(repeats), REPEATS),
  );
  const backup = await measure('backup', () =>
    page.evaluate(
      (repeats) => window.runBackupBench(repeats),
      Math.max(3, Math.floor(REPEATS / 3)),
    ),
  );
  const simulation = await measure('simulation', () =>
    page.evaluate(() => window.runSimulationBench()),
  );
  const live = await measure('live', () =>
    page.evaluate(
      (repeats) => window.runLiveBench(300, repeats),
      Math.max(3, Math.floor(REPEATS / 3)),
    ),
  );
  await context.close();
  const dashboard = await measure('dashboard', () =>
    longTasksDuringLiveSimulation(browser, `http://127.0.0.1:${APP_PORT}${APP_BASE}`),
  );

  const report = {
    js_before_tfjs: { target_gzip_kb: 150, home, train },
    tfjs,
    training: training && {
      target_ratio: 1.3,
      target_autolog_ratio: 1.15,
      target_regions_ratio: 1.15,
      repeats: REPEATS,
      ...training,
    },
    run_search: search && { target_ms: 100, queries: search, load_from_indexeddb: load },
    evaluation,
    workspace_backup: backup,
    traffic_simulation: simulation,
    live_simulation: live,
    live_dashboard: dashboard,
    api: api && { target_ratio: 1.3, target_batch_rows_per_s: 100_000, ...api },
  };
  console.log(JSON.stringify(report, null, 2));
} finally {
  await browser.close();
  for (const server of servers) server.close();
}
