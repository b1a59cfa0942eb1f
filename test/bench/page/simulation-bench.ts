// The traffic simulator's fast-forward mode in the page: simulated requests per second
// through the deployment router, with the default MLP answering by its plain forward pass,
// for A/B, canary, shadow and bandit routing, against the target of 100,000 per second.
import { irisDataset } from '../../../src/lib/data/iris';
import { forwardPass } from '../../../src/lib/ml/dense-forward';
import { DEFAULT_CONFIG } from '../../../src/lib/ml/hyperparameters';
import { loadTf } from '../../../src/lib/ml/load-tf';
import { trainClassifier } from '../../../src/lib/ml/train';
import type { StrategyName } from '../../../src/lib/traffic/deployment-router';
import { Simulation } from '../../../src/lib/traffic/simulation';

const REQUESTS = 200_000;

export async function runSimulationBench() {
  const data = irisDataset();
  const { model } = await trainClassifier(await loadTf(), DEFAULT_CONFIG, data);
  const forward = forwardPass(model);
  const classify = (_variant: number, row: readonly number[]) => {
    const p = forward(row);
    let best = 0;
    for (let c = 1; c < p.length; c++) if ((p[c] ?? 0) > (p[best] ?? 0)) best = c;
    return best;
  };
  const rates: Record<string, number> = {};
  for (const strategy of ['ab', 'canary', 'shadow', 'bandit'] as StrategyName[]) {
    const simulation = new Simulation(
      {
        name: 'bench',
        strategy,
        sticky: true,
        variants: [{ name: 'a' }, { name: 'b' }],
        canary: {
          steps: [10, 25, 50, 100],
          labelled_per_step: 20_000,
          guardrails: { min_accuracy: 0.5, max_error_rate: 0.5, max_p95_latency_ms: 1000 },
        },
        shadow_sample_rate: 0.5,
      },
      {
        seed: 1,
        population: { users: 10_000, noise: 0.1 },
        feedback_share: 0.5,
        feedback_delay: 50,
        latency_ms: 5,
        jitter_ms: 2,
      },
      data,
      classify,
    );
    simulation.run(5000);
    const started = performance.now();
    simulation.run(REQUESTS);
    rates[`${strategy}_requests_per_s`] = Math.round(
      REQUESTS / ((performance.now() - started) / 1000),
    );
  }
  return { target_requests_per_s: 100_000, requests: REQUESTS, ...rates };
}
