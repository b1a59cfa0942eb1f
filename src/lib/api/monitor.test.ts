import { describe, expect, it } from 'vitest';
import { db } from '../db/database';
import { flushDeploymentRequests } from '../db/deployments';
import { abVerdict, DEFAULT_PLANNED_LIFT } from '../stats/ab-verdict';
import { sampleSizePerArm } from '../stats/proportions';
import { call, trainedModel, trainedRun, useApiServer } from './testing';

useApiServer();

const setosa = [5.1, 3.5, 1.4, 0.2];

async function abDeployment(name: string, sticky = true) {
  const model = await trainedModel();
  await trainedRun(model, 'iris');
  await trainedRun(model, 'iris');
  const made = await call('PUT', `api/deployments/${name}`, {
    body: {
      strategy: 'ab',
      sticky,
      variants: [
        { name: 'control', model: 'iris', version: 1, weight: 0.5 },
        { name: 'treatment', model: 'iris', version: 2, weight: 0.5 },
      ],
    },
  });
  expect(made.status).toBe(201);
}

/** Serves `users` users twice each; labels say control is wrong on every third request. */
async function serve(name: string, users: number) {
  const seen = { control: 0, treatment: 0 };
  for (let user = 0; user < users; user++) {
    for (let visit = 0; visit < 2; visit++) {
      const served = await call('POST', `api/deployments/${name}/predict`, {
        body: { features: setosa, user_id: `u${user}` },
      });
      const variant = served.body.variant as 'control' | 'treatment';
      const wrong = variant === 'control' && seen.control++ % 3 === 0;
      if (variant === 'treatment') seen.treatment++;
      const label = wrong ? 'virginica' : served.body.prediction;
      await call('POST', 'api/feedback', { body: { request_id: served.body.request_id, label } });
    }
  }
  return seen;
}

describe('Monitor API: the A/B verdict', () => {
  it('says a clearly better treatment is better, with the numbers abVerdict gives', async () => {
    await abDeployment('ab');
    const seen = await serve('ab', 150);
    const { status, body } = await call('GET', 'api/deployments/ab/metrics');
    expect(status).toBe(200);
    const [control, treatment] = body.variants;
    expect(control).toMatchObject({ requests: seen.control, labelled: seen.control });
    // Sticky: the split assigned users, each seen twice.
    expect(control.units).toBe(seen.control / 2);
    expect(treatment.units + control.units).toBe(150);
    expect(control).toMatchObject({ relative_lift: null, chance_to_beat_control: null });
    expect(treatment.relative_lift).toBeCloseTo(1 / control.accuracy - 1, 12);
    expect(treatment.relative_lift_interval[0]).toBeLessThan(treatment.relative_lift);
    expect(treatment.chance_to_beat_control).toBeGreaterThan(0.999);

    const expected = abVerdict(
      body.variants.map(
        (v: { name: string; units: number; labelled: number; accuracy: number }) => ({
          name: v.name,
          units: v.units,
          trials: v.labelled,
          successes: Math.round(v.accuracy * v.labelled),
        }),
      ),
      { weights: [0.5, 0.5], unit: 'users', plannedLift: DEFAULT_PLANNED_LIFT },
    );
    const { variants, ...verdict } = expected;
    expect(body.verdict).toEqual(verdict);
    expect(body.verdict).toMatchObject({
      status: 'better',
      control: 'control',
      variant: 'treatment',
      threshold: 0.95,
      planned_lift: 0.03,
      srm: { unit: 'users', mismatch: false },
    });
    for (const [i, v] of variants.entries()) {
      expect(body.variants[i]).toMatchObject({
        relative_lift: v.relative_lift,
        relative_lift_interval: v.relative_lift_interval,
        chance_to_beat_control: v.chance_to_beat_control,
      });
    }
    // The comparison's ratio check counts the same units as the verdict's.
    expect(body.comparison.srm_p_value).toBe(body.verdict.srm.p_value);
  });

  it('says how many more labelled requests the planned lift needs, and checks ?planned_lift', async () => {
    await abDeployment('early', false);
    for (let i = 0; i < 40; i++) {
      const served = await call('POST', 'api/deployments/early/predict', {
        body: { features: setosa },
      });
      const label = served.body.prediction;
      await call('POST', 'api/feedback', { body: { request_id: served.body.request_id, label } });
    }
    const asked = async (query: string) =>
      (await call('GET', `api/deployments/early/metrics${query}`)).body;
    const planned = await asked('');
    const fewest = Math.min(...planned.variants.map((v: { labelled: number }) => v.labelled));
    // Every answer right: the control's accuracy is 1, so the lift is planned downward.
    expect(planned.verdict).toMatchObject({
      status: 'not_enough_data',
      variant: null,
      needed_per_variant: sampleSizePerArm(1, -0.03),
      more_per_variant: Math.max(100, sampleSizePerArm(1, -0.03)) - fewest,
      srm: {
        unit: 'requests',
        counts: planned.variants.map((v: { requests: number }) => v.requests),
      },
    });
    const bigger = await asked('?planned_lift=0.2');
    expect(bigger.verdict.planned_lift).toBe(0.2);
    expect(bigger.verdict.needed_per_variant).toBe(sampleSizePerArm(1, -0.2));

    for (const [query, type] of [
      ['?planned_lift=lots', 'float_parsing'],
      ['?planned_lift=0', 'greater_than'],
      ['?planned_lift=1', 'less_than'],
      ['?planned_lift=0.1&x=1', 'extra_forbidden'],
    ]) {
      const refused = await call('GET', `api/deployments/early/metrics${query}`);
      expect(refused.status, query).toBe(422);
      expect(refused.body.detail[0]).toMatchObject({ type, loc: ['query', expect.any(String)] });
    }
  });

  it('distrusts a log whose split does not match the weights: a sample-ratio mismatch', async () => {
    await abDeployment('lossy');
    // A log that lost most of the treatment's requests (say, a crash before its log line):
    // 300 users in control, 200 in treatment, under weights of 50/50.
    await flushDeploymentRequests();
    await db.deployment_requests.bulkAdd(
      Array.from({ length: 500 }, (_, i) => ({
        request_id: `r${i}`,
        deployment: 'lossy',
        at: 1_700_000_000_000 + i,
        variant: i < 300 ? 0 : 1,
        user_id: `u${i}`,
        predicted: 0,
        latency_ms: 1,
        failed: false,
        shadow_variant: null,
        shadow_predicted: null,
        label: i < 300 ? (i % 2 === 0 ? 0 : 1) : 0,
      })),
    );
    const { body } = await call('GET', 'api/deployments/lossy/metrics');
    expect(body.verdict).toMatchObject({
      status: 'sample_ratio_mismatch',
      variant: null,
      srm: { unit: 'users', counts: [300, 200], mismatch: true },
    });
    expect(body.verdict.srm.p_value).toBeLessThan(0.001);
    expect(body.comparison.srm_alert).toBe(true);
  });

  it('gives no verdict for one variant, and no ratio check for a canary', async () => {
    const model = await trainedModel();
    await trainedRun(model, 'iris');
    await trainedRun(model, 'iris');
    await call('PUT', 'api/deployments/one', {
      body: { strategy: 'single', variants: [{ name: 'only', model: 'iris', version: 1 }] },
    });
    const single = (await call('GET', 'api/deployments/one/metrics')).body;
    expect(single.verdict).toBeNull();
    expect(single.variants[0]).toMatchObject({ relative_lift: null, chance_to_beat_control: null });
    await call('PUT', 'api/deployments/bird', {
      body: {
        strategy: 'canary',
        variants: [
          { name: 'stable', model: 'iris', version: 1 },
          { name: 'canary', model: 'iris', version: 2 },
        ],
        canary: { steps: [10, 100] },
      },
    });
    const canary = (await call('GET', 'api/deployments/bird/metrics')).body;
    expect(canary.verdict).toMatchObject({ status: 'not_enough_data', srm: null });
  });
});
