import { describe, expect, it } from 'vitest';
import { irisDataset } from '../data/iris';
import { getDeployment } from '../db/deployments';
import { DEFAULT_API_TOKEN } from '../db/settings';
import { DEFAULT_CONFIG } from '../ml/hyperparameters';
import { loadTf } from '../ml/load-tf';
import { trainClassifier } from '../ml/train';
import { BASE, call, trainedModel, trainedRun, useApiServer } from '../api/testing';
import type { ShadowSummary } from '../traffic/shadow-tally';
import type { TrafficRun } from '../traffic/traffic-run';
import { fastForward } from './fast-forward';
import { LiveSimulation } from './live-simulation';
import { DEFAULT_FORM, type SimulationForm } from './simulation-setup';

useApiServer();

/** v1: the trained MLP; v2: one trained for two epochs only (a worse candidate). */
async function twoVersions(): Promise<void> {
  await trainedRun(await trainedModel(), 'iris');
  const weak = await trainClassifier(
    await loadTf(),
    { ...DEFAULT_CONFIG, epochs: 2 },
    irisDataset(),
  );
  await trainedRun(weak.model, 'iris');
}

/** What the same seed must reproduce: everything but the measured times. */
function outcomeOf(traffic: TrafficRun) {
  return {
    tallies: traffic.tallies.map(({ latencies, ...tally }) => ({ ...tally, n: latencies.length })),
    points: traffic.points.map(
      ({ at, shares, requests, users, errors, labelled, correct, drift }) => ({
        at,
        shares,
        requests,
        users,
        errors,
        labelled,
        correct,
        drift,
      }),
    ),
  };
}

/** A shadow's own numbers that the same seed must reproduce: all but its measured times. */
function shadowOf(summary: ShadowSummary | null) {
  if (!summary) return null;
  const { latency_p50_ms: _p50, latency_p95_ms: _p95, ...counted } = summary;
  return counted;
}

async function bothModes(name: string, body: object, form: Partial<SimulationForm>) {
  expect((await call('PUT', `api/deployments/${name}`, { body })).status).toBe(201);
  const settings = { ...DEFAULT_FORM, ...form };
  const record = await getDeployment(name);
  const fast = await fastForward(record, { ...settings, mode: 'fast-forward' });
  const live = new LiveSimulation(
    record,
    { ...settings, mode: 'live' },
    `${BASE}api/`,
    DEFAULT_API_TOKEN,
  );
  const outcome = await live.run();
  return { fast, live, outcome };
}

const variants = [
  { name: 'stable', model: 'iris', version: 1 },
  { name: 'candidate', model: 'iris', version: 2 },
];

describe('live mode against fast-forward', () => {
  it('serves per-request A/B traffic with an injected fault the same way', async () => {
    await twoVersions();
    const { fast, live, outcome } = await bothModes(
      'ab',
      { strategy: 'ab', sticky: false, variants: variants.map((v) => ({ ...v, weight: 0.5 })) },
      { requests: 400, seed: 7, candidate_fail_rate: 0.2, feedback_share: 0.6 },
    );
    expect(outcomeOf(live.traffic)).toEqual(outcomeOf(fast.traffic));
    const [stable, candidate] = live.traffic.tallies;
    expect(stable?.errors).toBe(0);
    expect(candidate?.errors).toBeGreaterThan(20);
    expect(stable?.correct).toBeGreaterThan(candidate?.correct ?? 0);
    // The server logged every request, and labelled the same ones.
    const metrics = (await call('GET', 'api/deployments/ab/metrics')).body;
    expect(metrics.variants.map((v: { requests: number }) => v.requests)).toEqual(
      live.traffic.tallies.map((t) => t.requests),
    );
    expect(metrics.variants.map((v: { labelled: number }) => v.labelled)).toEqual(
      live.traffic.tallies.map((t) => t.labelled),
    );
    expect(outcome.mode).toBe('live');
    // The run keeps accuracy as a history stepped by requests; its last point is the outcome.
    const history = (await call('GET', `api/runs/${outcome.run_id}/metrics/accuracy.stable`)).body;
    const steps = history.metrics.map((m: { step: number }) => m.step);
    expect(steps.length).toBeGreaterThan(3);
    expect(steps.at(-1)).toBe(400);
    expect(history.metrics.at(-1).value).toBeCloseTo(outcome.variants[0]?.accuracy ?? NaN, 12);
    expect((await call('GET', `api/runs/${outcome.run_id}`)).body.data.tags).toMatchObject({
      mode: 'live',
      source: 'simulation',
    });
  });

  it('takes the same canary decisions, and rolls back the same failing candidate', async () => {
    await twoVersions();
    const { fast, live } = await bothModes(
      'canary',
      {
        strategy: 'canary',
        variants,
        canary: {
          steps: [20, 50, 100],
          labelled_per_step: 15,
          guardrails: { min_accuracy: 0.3, max_error_rate: 0.1 },
        },
      },
      { requests: 600, seed: 3, candidate_fail_rate: 0.25 },
    );
    expect(outcomeOf(live.traffic)).toEqual(outcomeOf(fast.traffic));
    const decisions = fast.traffic.decisions.map(({ action, reason }) => ({ action, reason }));
    expect(decisions.at(-1)?.action).toBe('rollback');
    expect(live.traffic.decisions.map(({ action, reason }) => ({ action, reason }))).toEqual(
      decisions,
    );
    expect(fast.outcome.final_shares).toEqual([1, 0]);
    expect(live.traffic.decisions.length).toBeGreaterThan(0);
  });

  it('tallies a shadow’s own numbers the same way: agreement, failures, accuracy', async () => {
    await twoVersions();
    const { fast, live, outcome } = await bothModes(
      'shadowed',
      { strategy: 'shadow', variants, shadow: { sample_rate: 0.5 } },
      { requests: 400, seed: 5, candidate_fail_rate: 0.1, feedback_share: 0.6 },
    );
    expect(outcomeOf(live.traffic)).toEqual(outcomeOf(fast.traffic));
    expect(shadowOf(live.shadow)).toEqual(shadowOf(fast.shadow));
    const shadow = fast.shadow;
    expect(shadow?.mirrored).toBeGreaterThan(150);
    expect(shadow?.failed).toBeGreaterThan(0);
    expect(shadow?.labelled).toBeGreaterThan(50);
    expect(shadow?.accuracy).not.toBeNull();
    expect(live.shadow?.latency_p95_ms).toBeGreaterThan(0);
    // The outcome's shadow row tells what the shadow did with its copies, in both modes.
    for (const [result, summary] of [
      [outcome, live.shadow],
      [fast.outcome, fast.shadow],
    ] as const) {
      expect(result.shadow).toEqual(summary);
      expect(result.variants[1]).toMatchObject({
        mirrored: true,
        requests: summary?.mirrored,
        share: 0,
        accuracy: summary?.accuracy,
        interval: summary?.accuracy_interval,
        latency_p95_ms: summary?.latency_p95_ms,
      });
      expect(result.variants[1]?.latency_p95_ms).toBeGreaterThan(0);
      expect(result.variants[0]?.mirrored).toBe(false);
    }
  });

  it('explores and exploits the same way as a Thompson-sampling bandit', async () => {
    await twoVersions();
    const { fast, live, outcome } = await bothModes(
      'bandit',
      { strategy: 'bandit', sticky: false, variants, bandit: { algorithm: 'thompson' } },
      { requests: 500, seed: 11, feedback_share: 0.8 },
    );
    expect(outcomeOf(live.traffic)).toEqual(outcomeOf(fast.traffic));
    expect(outcome.final_shares).toEqual(fast.outcome.final_shares);
  });

  it('keeps the pace it is given', async () => {
    await twoVersions();
    await call('PUT', 'api/deployments/s', {
      body: { strategy: 'single', variants: [variants[0]] },
    });
    const form = { ...DEFAULT_FORM, mode: 'live' as const, requests: 30, rate_per_s: 100 };
    const live = new LiveSimulation(
      await getDeployment('s'),
      form,
      `${BASE}api/`,
      DEFAULT_API_TOKEN,
    );
    const started = performance.now();
    await live.run();
    // 30 requests at 100 a second: the last one goes out 290 ms after the first.
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('stops between two requests and records what was served', async () => {
    await twoVersions();
    await call('PUT', 'api/deployments/s', {
      body: { strategy: 'single', variants: [variants[0]] },
    });
    const live = new LiveSimulation(
      await getDeployment('s'),
      { ...DEFAULT_FORM, mode: 'live', requests: 10_000 },
      `${BASE}api/`,
      DEFAULT_API_TOKEN,
      () => live.traffic.served >= 50 && live.stop(),
    );
    const outcome = await live.run();
    expect(live.traffic.served).toBe(50);
    expect(outcome.variants[0]?.requests).toBe(50);
  });
});
