import { describe, expect, it } from 'vitest';
import { call, snapshot, trainedModel, trainedRun, useApiServer } from './testing';

useApiServer();

/** Registers `count` versions of `iris` from trained runs. */
async function versions(count: number): Promise<void> {
  const model = await trainedModel();
  for (let i = 0; i < count; i++) await trainedRun(model, 'iris');
}

const setosa = [5.1, 3.5, 1.4, 0.2];

describe('Deploy API', () => {
  it('creates, validates, routes stickily, takes feedback once, measures and deletes', async () => {
    await versions(2);
    const body = {
      strategy: 'ab',
      variants: [
        { name: 'control', model: 'iris', version: 1, weight: 0.5 },
        { name: 'treatment', model: 'iris', version: 2, weight: 0.5 },
      ],
    };
    const made = await call('PUT', 'api/deployments/ab-test', { body });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ strategy: 'ab', sticky: true, hash_seed: 'ab-test' });
    expect(made.body.weights).toEqual([0.5, 0.5]);
    expect(made.body.events[0]).toMatchObject({ action: 'created', actor: 'api' });
    expect((await call('PUT', 'api/deployments/ab-test', { body })).status).toBe(200);
    expect((await call('GET', 'api/deployments')).body.deployments).toHaveLength(1);

    const before = await snapshot();
    for (const [bad, location] of [
      [{ ...body, variants: body.variants.slice(0, 1) }, 'variants'],
      [{ ...body, variants: body.variants.map((v) => ({ ...v, weight: 0 })) }, 'variants'],
      [{ ...body, strategy: 'canary' }, 'canary'],
      [{ ...body, strategy: 'rainbow' }, 'strategy'],
    ] as const) {
      const refused = await call('PUT', 'api/deployments/ab-test', { body: bad });
      expect(refused.status).toBe(422);
      expect(refused.body.detail[0].loc).toContain(location);
    }
    expect(
      (
        await call('PUT', 'api/deployments/x', {
          body: { strategy: 'single', variants: [{ name: 'a', model: 'nope' }] },
        })
      ).status,
    ).toBe(404);
    expect(await snapshot()).toEqual(before);

    // The same user always gets the same variant; the answer says which.
    const served = await call('POST', 'api/deployments/ab-test/predict', {
      body: { features: setosa, user_id: 'ana' },
    });
    expect(served.status).toBe(200);
    expect(served.body).toMatchObject({ prediction: 'setosa', model: 'iris' });
    expect(served.headers.get('X-Variant')).toBe(served.body.variant);
    for (let i = 0; i < 5; i++) {
      const again = await call('POST', 'api/deployments/ab-test/predict', {
        body: { features: setosa, user_id: 'ana' },
      });
      expect(again.body.variant).toBe(served.body.variant);
    }
    const batch = await call('POST', 'api/deployments/ab-test/predict', {
      body: { instances: [setosa, setosa], user_id: 'bo' },
    });
    expect(batch.body.predictions).toHaveLength(2);

    const feedback = { request_id: served.body.request_id, label: 'setosa' };
    expect((await call('POST', 'api/feedback', { body: feedback })).status).toBe(204);
    expect((await call('POST', 'api/feedback', { body: feedback })).status).toBe(409);
    expect(
      (await call('POST', 'api/feedback', { body: { request_id: 'nope', label: 'setosa' } }))
        .status,
    ).toBe(404);

    const metrics = await call('GET', 'api/deployments/ab-test/metrics');
    const mine = metrics.body.variants.find(
      (v: { name: string }) => v.name === served.body.variant,
    );
    expect(mine).toMatchObject({ requests: 6, labelled: 1, accuracy: 1 });
    const text = await fetch('http://localhost/sub/api/metrics');
    expect(text.headers.get('Content-Type')).toBe('text/plain; version=0.0.4');
    expect(await text.text()).toContain(
      `playground_requests_total{deployment="ab-test",variant="${served.body.variant}"} 6`,
    );

    expect((await call('DELETE', 'api/models/iris')).status).toBe(409);
    expect((await call('DELETE', 'api/deployments/ab-test')).status).toBe(204);
    expect((await call('GET', 'api/deployments/ab-test')).status).toBe(404);
  });

  async function canary(name: string, label: (predicted: string) => string, create = 2) {
    await versions(create);
    await call('PUT', `api/deployments/${name}`, {
      body: {
        strategy: 'canary',
        variants: [
          { name: 'stable', model: 'iris', version: 1 },
          { name: 'canary', model: 'iris', version: 2 },
        ],
        canary: { steps: [50, 100], labelled_per_step: 4, guardrails: { min_accuracy: 0.9 } },
      },
    });
    for (let user = 0; user < 60; user++) {
      const served = await call('POST', `api/deployments/${name}/predict`, {
        body: { features: setosa, user_id: `u${user}` },
      });
      if (served.body.variant === 'canary') {
        await call('POST', 'api/feedback', {
          body: { request_id: served.body.request_id, label: label(served.body.prediction) },
        });
      }
    }
    return (await call('GET', `api/deployments/${name}`)).body;
  }

  it('takes relative weights (percentages too), answers the shares, and refuses 0/0 or negatives', async () => {
    await versions(2);
    const ab = (weights: readonly (number | undefined)[]) => ({
      strategy: 'ab',
      variants: weights.map((weight, i) => ({
        name: `v${i + 1}`,
        model: 'iris',
        version: i + 1,
        ...(weight === undefined ? {} : { weight }),
      })),
    });
    const percent = await call('PUT', 'api/deployments/split', { body: ab([90, 10]) });
    expect(percent.status).toBe(201);
    expect(percent.body.weights).toEqual([0.9, 0.1]);
    expect(percent.body.variants.map((v: { weight: number }) => v.weight)).toEqual([90, 10]);
    const shares = await call('PUT', 'api/deployments/split', { body: ab([0.9, 0.1]) });
    expect(shares.body.weights).toEqual(percent.body.weights);
    const even = await call('PUT', 'api/deployments/split', { body: ab([undefined, undefined]) });
    expect(even.body.weights).toEqual([0.5, 0.5]);
    const [one, third] = (await call('PUT', 'api/deployments/split', { body: ab([1, 2]) })).body
      .weights;
    expect(one).toBeCloseTo(1 / 3, 12);
    expect(third).toBeCloseTo(2 / 3, 12);

    const before = await snapshot();
    const zero = await call('PUT', 'api/deployments/split', { body: ab([0, 0]) });
    expect(zero.status).toBe(422);
    expect(zero.body.detail[0]).toMatchObject({ loc: ['body', 'variants'], type: 'value_error' });
    expect(zero.body.detail[0].msg).toContain('at least one must be above 0');
    const negative = await call('PUT', 'api/deployments/split', { body: ab([110, -10]) });
    expect(negative.status).toBe(422);
    expect(negative.body.detail[0]).toMatchObject({
      loc: ['body', 'variants', 1, 'weight'],
      type: 'greater_than_equal',
      msg: 'Input should be greater than or equal to 0',
    });
    const mixed = await call('PUT', 'api/deployments/split', { body: ab([90, undefined]) });
    expect(mixed.status).toBe(422);
    expect(mixed.body.detail[0].msg).toContain('give every variant a weight, or none');
    expect(await snapshot()).toEqual(before);
    expect((await call('GET', 'api/deployments/split')).body.weights).toEqual([one, third]);
  });

  it('rolls a canary back by itself when it answers wrongly, saying why', async () => {
    const after = await canary('canary-bad', () => 'virginica');
    expect(after.canary_state.status).toBe('rolled_back');
    expect(after.weights).toEqual([1, 0]);
    expect(after.events[0]).toMatchObject({ action: 'rollback', actor: 'rule' });
    expect(after.events[0].reason).toMatch(/^accuracy 0\.0% < 90\.0%$/);
  });

  it('promotes a good canary step by step and makes its version champion', async () => {
    const after = await canary('canary-good', (predicted) => predicted);
    expect(after.canary_state.status).toBe('promoted');
    expect(after.events.map((e: { action: string }) => e.action).slice(0, 2)).toEqual([
      'promote',
      'advance',
    ]);
    expect((await call('GET', 'api/models/iris')).body.aliases).toEqual({ champion: 2 });
  });

  it('ends a good canary’s roll-out even when a promotion gate keeps champion, saying so', async () => {
    await versions(2);
    await call('PATCH', 'api/models/iris', { body: { promotion_rules: ['val_accuracy >= 0.9'] } });
    const after = await canary('canary-gated', (predicted) => predicted, 0);
    expect(after.canary_state.status).toBe('promoted');
    expect(after.events[0].reason).toMatch(/champion not moved: .*val_accuracy/);
    expect((await call('GET', 'api/models/iris')).body.aliases).toEqual({});
  });

  it('answers with the primary in shadow mode and logs the shadow’s answer', async () => {
    await versions(2);
    await call('PUT', 'api/deployments/shadowed', {
      body: {
        strategy: 'shadow',
        variants: [
          { name: 'primary', model: 'iris', version: 1 },
          { name: 'shadow', model: 'iris', version: 2 },
        ],
        shadow: { sample_rate: 1 },
      },
    });
    for (let i = 0; i < 5; i++) {
      const served = await call('POST', 'api/deployments/shadowed/predict', {
        body: { features: setosa },
      });
      expect(served.body.variant).toBe('primary');
      // Feedback, like predict, needs no token (API.md).
      const labelled = await call('POST', 'api/feedback', {
        body: { request_id: served.body.request_id, label: 'setosa' },
        token: null,
      });
      expect(labelled.status).toBe(204);
    }
    const metrics = (await call('GET', 'api/deployments/shadowed/metrics')).body;
    expect(metrics.shadow).toMatchObject({
      mirrored: 5,
      failed: 0,
      compared: 5,
      agreed: 5,
      agreement_rate: 1,
      matrix: [
        [5, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ],
      // Its own accuracy on the labelled copies, and its own answer time.
      labelled: 5,
      correct: 5,
      accuracy: 1,
    });
    expect(metrics.shadow.latency_p95_ms).toBeGreaterThan(0);
    expect(metrics.variants[1].requests).toBe(0);
  });

  it('injects a variant’s fault: 503 with the variant named, counted as its error', async () => {
    await versions(2);
    const body = {
      strategy: 'ab',
      sticky: false,
      seed: 5,
      variants: [
        { name: 'ok', model: 'iris', version: 1, weight: 0.5 },
        { name: 'broken', model: 'iris', version: 2, weight: 0.5, fault: { fail_rate: 1 } },
      ],
    };
    const made = await call('PUT', 'api/deployments/drill', { body });
    expect(made.body.seed).toBe(5);
    expect(made.body.variants[1].fault).toEqual({ fail_rate: 1, delay_ms: 0 });
    const statuses: Record<string, number[]> = { ok: [], broken: [] };
    for (let i = 0; i < 20; i++) {
      const answer = await call('POST', 'api/deployments/drill/predict', {
        body: { features: setosa },
      });
      statuses[answer.headers.get('X-Variant') ?? '']?.push(answer.status);
    }
    expect(new Set(statuses['ok'])).toEqual(new Set([200]));
    expect(new Set(statuses['broken'])).toEqual(new Set([503]));
    const metrics = (await call('GET', 'api/deployments/drill/metrics')).body;
    expect(metrics.variants[1]).toMatchObject({
      errors: statuses['broken']?.length,
      error_rate: 1,
    });
    // Replacing the deployment starts it afresh: its request log is empty again.
    await call('PUT', 'api/deployments/drill', { body });
    const fresh = (await call('GET', 'api/deployments/drill/metrics')).body;
    expect(fresh.variants.map((v: { requests: number }) => v.requests)).toEqual([0, 0]);
    const refused = await call('PUT', 'api/deployments/drill', {
      body: { ...body, seed: -1 },
    });
    expect(refused.status).toBe(422);
  });

  it('promotes and rolls back by hand, moving champion', async () => {
    await versions(2);
    await call('PUT', 'api/deployments/manual', {
      body: {
        strategy: 'ab',
        variants: [
          { name: 'a', model: 'iris', version: 1 },
          { name: 'b', model: 'iris', version: 2 },
        ],
      },
    });
    const promoted = await call('POST', 'api/deployments/manual/promote');
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({ strategy: 'single', variants: [{ name: 'b' }] });
    expect((await call('GET', 'api/models/iris')).body.aliases).toEqual({ champion: 2 });
    expect(promoted.body.events.map((e: { action: string }) => e.action)).toContain('promote');
    expect((await call('POST', 'api/deployments/nope/rollback')).status).toBe(404);
  });
});
