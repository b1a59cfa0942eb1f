// API benchmark in the bench page: predict through the real handlers against a bare MSW
// handler that echoes its body, both through the same service worker; and batch predict.
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { irisDataset } from '../../../src/lib/data/iris';
import { createApiHandlers } from '../../../src/lib/api/handlers';
import { DEFAULT_CONFIG } from '../../../src/lib/ml/hyperparameters';
import { createApiServices } from '../../../src/lib/services/api-services';
import { recordTraining } from '../../../src/lib/services/record-training';

const base = import.meta.env.BASE_URL;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const round = (x: number) => Math.round(x * 1000) / 1000;

export async function startBenchApi(): Promise<void> {
  const echo = http.post(`${new URL(base, location.href).href}bench/echo`, async ({ request }) =>
    HttpResponse.json(await request.json()),
  );
  const services = createApiServices();
  const worker = setupWorker(
    echo,
    ...createApiHandlers(new URL(base, location.href).href, services),
  );
  await worker.start({
    serviceWorker: { url: `${base}mockServiceWorker.js` },
    quiet: true,
    onUnhandledRequest: 'bypass',
  });
}

async function timed(url: string, body: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
  });
  await response.json();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

export async function runApiBench(requests: number) {
  await recordTraining(DEFAULT_CONFIG);
  const one = JSON.stringify({ features: [5.1, 3.5, 1.4, 0.2] });
  const echoUrl = `${base}bench/echo`;
  const predictUrl = `${base}api/models/iris/predict`;
  for (let i = 0; i < 20; i++) await Promise.all([timed(echoUrl, one), timed(predictUrl, one)]);
  const echo: number[] = [];
  const predict: number[] = [];
  for (let i = 0; i < requests; i++) {
    echo.push(await timed(echoUrl, one));
    predict.push(await timed(predictUrl, one));
  }
  const rows = irisDataset().features;
  const batch = JSON.stringify({
    instances: Array.from({ length: 10_000 }, (_, i) => rows[i % rows.length]),
  });
  await timed(predictUrl, batch);
  const batchTimes: number[] = [];
  for (let i = 0; i < 7; i++) batchTimes.push(await timed(predictUrl, batch));
  return {
    requests,
    echo_median_ms: round(median(echo)),
    predict_median_ms: round(median(predict)),
    ratio: round(median(predict) / median(echo)),
    batch_rows: 10_000,
    batch_median_ms: round(median(batchTimes)),
    batch_rows_per_s: Math.round(10_000 / (median(batchTimes) / 1000)),
  };
}
