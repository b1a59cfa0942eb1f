import { describe, expect, it } from 'vitest';
import { deploymentBody } from '../api/schemas/deployments';
import type { StrategyName } from '../traffic/deployment-router';
import {
  DEFAULT_DEPLOY_FORM,
  STRATEGIES,
  canDeploy,
  deployFormFromQuery,
  deploymentRequest,
  servesSameVersion,
  startingVersions,
  type DeployForm,
} from './deploy-form';

/** The form as it starts once the registry holds versions 1 and 2, with `changes`. */
const form = (changes: Partial<DeployForm> = {}): DeployForm => ({
  ...DEFAULT_DEPLOY_FORM,
  first: 1,
  second: 2,
  ...changes,
});
const bodyOf = (strategy: StrategyName, changes: Partial<DeployForm> = {}) =>
  deploymentRequest(form({ strategy, ...changes })).body;

describe('the new-deployment form', () => {
  it('starts as an even A/B test named web, with no version until the registry has one', () => {
    expect(DEFAULT_DEPLOY_FORM).toMatchObject({ name: 'web', strategy: 'ab', split: 50 });
    expect(DEFAULT_DEPLOY_FORM.first).toBeNull();
    expect(canDeploy(DEFAULT_DEPLOY_FORM)).toBe(false);
    expect(STRATEGIES).toEqual(['single', 'ab', 'canary', 'shadow', 'bandit']);
  });

  it('starts from the oldest version in service and the newest as the candidate', () => {
    expect(startingVersions(DEFAULT_DEPLOY_FORM, [3, 1, 2])).toEqual({ first: 1, second: 3 });
    expect(startingVersions({ first: 2, second: null }, [3, 1, 2])).toEqual({
      first: 2,
      second: 3,
    });
    expect(startingVersions({ first: 2, second: 1 }, [3, 1, 2])).toEqual({ first: 2, second: 1 });
    expect(startingVersions(DEFAULT_DEPLOY_FORM, [])).toEqual({ first: null, second: null });
  });

  it('notices two variants serving the same version, as with only one version trained', () => {
    const one = startingVersions(DEFAULT_DEPLOY_FORM, [1]);
    expect(one).toEqual({ first: 1, second: 1 });
    for (const strategy of STRATEGIES) {
      expect(servesSameVersion({ strategy, ...one }), strategy).toBe(strategy !== 'single');
    }
    expect(servesSameVersion(form())).toBe(false);
    expect(servesSameVersion(form({ first: 2, second: 2 }))).toBe(true);
    expect(servesSameVersion(form({ first: null, second: null }))).toBe(false);
  });

  it('can be sent once it names the deployment and its first version', () => {
    expect(canDeploy(form())).toBe(true);
    expect(canDeploy(form({ name: '   ' }))).toBe(false);
    expect(canDeploy(form({ first: null }))).toBe(false);
    expect(deploymentRequest(form({ name: '  shop ' })).name).toBe('shop');
  });

  it('gives every strategy, from its starting values, a body the Deploy API takes', () => {
    for (const strategy of STRATEGIES) {
      const parsed = deploymentBody.safeParse(bodyOf(strategy));
      expect(parsed.error?.issues, strategy).toBeUndefined();
    }
  });

  it('sends a single deployment one variant', () => {
    expect(bodyOf('single')).toEqual({
      strategy: 'single',
      variants: [{ name: 'main', model: 'iris', version: 1 }],
    });
  });

  it("weighs an A/B test's two variants by the split, in percent", () => {
    expect(bodyOf('ab', { split: 20 })).toEqual({
      strategy: 'ab',
      variants: [
        { name: 'control', model: 'iris', version: 1, weight: 80 },
        { name: 'treatment', model: 'iris', version: 2, weight: 20 },
      ],
    });
    for (const split of [0, 100]) {
      expect(deploymentBody.safeParse(bodyOf('ab', { split })).success, String(split)).toBe(true);
    }
  });

  it("gives a canary its steps and guardrails as shares, latency's only when it has one", () => {
    expect(bodyOf('canary')).toEqual({
      strategy: 'canary',
      variants: [
        { name: 'stable', model: 'iris', version: 1 },
        { name: 'canary', model: 'iris', version: 2 },
      ],
      canary: {
        steps: [10, 25, 50, 100],
        labelled_per_step: 50,
        guardrails: { min_accuracy: 0.9, max_error_rate: 0.05 },
      },
    });
    const slow = bodyOf('canary', { steps: '20,100', maxLatency: 300, minAccuracy: 80 });
    expect(slow.canary).toEqual({
      steps: [20, 100],
      labelled_per_step: 50,
      guardrails: { min_accuracy: 0.8, max_error_rate: 0.05, max_p95_latency_ms: 300 },
    });
  });

  it('copies a share of requests to the shadow', () => {
    expect(bodyOf('shadow', { sampleRate: 25 })).toEqual({
      strategy: 'shadow',
      variants: [
        { name: 'primary', model: 'iris', version: 1 },
        { name: 'shadow', model: 'iris', version: 2 },
      ],
      shadow: { sample_rate: 0.25 },
    });
  });

  it("gives a bandit its algorithm, exploration rate and arms' least share", () => {
    expect(bodyOf('bandit', { algorithm: 'epsilon_greedy', epsilon: 20 })).toEqual({
      strategy: 'bandit',
      variants: [
        { name: 'arm_a', model: 'iris', version: 1 },
        { name: 'arm_b', model: 'iris', version: 2 },
      ],
      bandit: { algorithm: 'epsilon_greedy', epsilon: 0.2, min_share: 0.05 },
    });
  });

  it('leaves checking the values to the API, which refuses what it cannot take', () => {
    const badSteps = bodyOf('canary', { steps: '10, lots, 100' });
    expect(badSteps.canary?.steps).toEqual([10, NaN, 100]);
    expect(deploymentBody.safeParse(badSteps).error?.issues[0]?.path).toEqual([
      'canary',
      'steps',
      1,
    ]);
    const notFinal = deploymentBody.safeParse(bodyOf('canary', { steps: '10, 50' }));
    expect(notFinal.error?.issues[0]?.message).toBe('the last step must be 100');
    const tooMuch = deploymentBody.safeParse(bodyOf('bandit', { minShare: 60 }));
    expect(tooMuch.error?.issues[0]?.path).toEqual(['bandit', 'min_share']);
  });
});

describe('a deploy form set up by a link', () => {
  it('takes a known strategy, a name and a split, and keeps the rest', () => {
    expect(deployFormFromQuery('strategy=canary&name=canary')).toEqual({
      ...DEFAULT_DEPLOY_FORM,
      strategy: 'canary',
      name: 'canary',
    });
    expect(deployFormFromQuery('split=10').split).toBe(10);
  });

  it('ignores what it does not know or cannot use', () => {
    expect(deployFormFromQuery('strategy=rainbow&split=150&name=%20')).toEqual(DEFAULT_DEPLOY_FORM);
  });
});
