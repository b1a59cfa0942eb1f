// The simulator's live mode in the bench page: simulated traffic as real HTTP through the
// service worker (predict, then feedback for half the requests, and a look at the
// deployment every timeline point), against a bare MSW echo handler answered by the same
// worker in the same page. Both go one request at a time; throughput is HTTP requests per
// second, and live mode's target is at least 80% of echo's.
import { DEFAULT_API_TOKEN } from '../../../src/lib/db/settings';
import { getDeployment } from '../../../src/lib/db/deployments';
import { DEFAULT_CONFIG } from '../../../src/lib/ml/hyperparameters';
import { LiveSimulation } from '../../../src/lib/services/live-simulation';
import { recordTraining } from '../../../src/lib/services/record-training';
import { DEFAULT_FORM } from '../../../src/lib/services/simulation-setup';

const base = new URL(import.meta.env.BASE_URL, location.href).href;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function echoRate(requests: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < requests; i++) {
    const response = await fetch(`${base}bench/echo`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ features: [5.1, 3.5, 1.4, 0.2], user_id: `user-${i}` }),
    });
    await response.json();
  }
  return (requests * 1000) / (performance.now() - started);
}

/** One live simulation: its HTTP requests per second, and its simulated requests per second. */
async function liveRates(requests: number, seed: number) {
  const record = await getDeployment('bench');
  const live = new LiveSimulation(
    record,
    { ...DEFAULT_FORM, mode: 'live', requests, seed },
    `${base}api/`,
    DEFAULT_API_TOKEN,
  );
  const started = performance.now();
  await live.run();
  const seconds = (performance.now() - started) / 1000;
  const traffic = live.traffic;
  const feedback = traffic.tallies.reduce((s, t) => s + t.labelled, 0);
  // One PUT, the predicts, the feedback, and a GET of the deployment per point (and two more).
  const http = 1 + traffic.served + feedback + traffic.points.length + 2;
  return { http: http / seconds, simulated: traffic.served / seconds };
}

export async function runLiveBench(requests: number, repeats: number) {
  await recordTraining(DEFAULT_CONFIG);
  await recordTraining({ ...DEFAULT_CONFIG, epochs: 5 });
  const put = await fetch(`${base}api/deployments/bench`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${DEFAULT_API_TOKEN}` },
    body: JSON.stringify({
      strategy: 'ab',
      variants: [
        { name: 'a', model: 'iris', version: 1 },
        { name: 'b', model: 'iris', version: 2 },
      ],
    }),
  });
  if (!put.ok) throw new Error(`PUT deployment: ${put.status}`);
  await echoRate(50);
  await liveRates(100, 99);
  const echo: number[] = [];
  const http: number[] = [];
  const simulated: number[] = [];
  for (let i = 0; i < repeats; i++) {
    echo.push(await echoRate(requests));
    const live = await liveRates(requests, i + 1);
    http.push(live.http);
    simulated.push(live.simulated);
  }
  return {
    target_ratio: 0.8,
    requests,
    echo_http_per_s: Math.round(median(echo)),
    live_http_per_s: Math.round(median(http)),
    ratio: Math.round((median(http) / median(echo)) * 1000) / 1000,
    live_simulated_requests_per_s: Math.round(median(simulated)),
  };
}
