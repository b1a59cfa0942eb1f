import { describe, expect, it } from 'vitest';
import { labsEn } from '../../../i18n/labs-en';
import { labsKo } from '../../../i18n/labs-ko';
import { en } from '../../../i18n/en';
import { ko } from '../../../i18n/ko';
import { LABS, labState } from './catalog';
import { LAB_OUTLINE, continueAt } from './outline';
import { ACTIONS } from './testing-actions';
import {
  NOW,
  OLD,
  PREDICT,
  SINCE,
  deployment,
  evidence,
  project,
  projectRun,
  req,
} from './testing';

const STEPS = LABS.flatMap((lab) => lab.steps.map((step) => ({ lab: lab.id, step })));

describe("the labs' checks", () => {
  it('have a recorded action for every step, and no more', () => {
    expect(Object.keys(ACTIONS).sort()).toEqual(STEPS.map((s) => `${s.lab}/${s.step.id}`).sort());
  });

  it.each(STEPS.map((s) => [`${s.lab}/${s.step.id}`, s.step] as const))(
    '%s: not done before its action, done after, not by evidence from before the lab',
    (id, step) => {
      const action = ACTIONS[id] ?? (() => ({}));
      expect(step.check(evidence(), SINCE)).toBeNull();
      const seen = step.check(evidence(action(NOW)), SINCE);
      expect(seen).not.toBeNull();
      expect(Object.keys(labsEn)).toContain(seen?.key);
      expect(step.check(evidence(action(OLD)), SINCE)).toBeNull();
    },
  );

  it('turn a step done only when what was done is what it asks', () => {
    const check = (id: string) => STEPS.find((s) => `${s.lab}/${s.step.id}` === id)?.step.check;
    const deniedThenNothing = evidence({
      requests: [req(NOW, 'POST', '/api/experiments', '/api/experiments', 401)],
    });
    expect(check('http-anatomy/headers')?.(deniedThenNothing, SINCE)).toBeNull();
    const servedBeforeDenied = evidence({
      requests: [
        req(NOW, 'POST', '/api/experiments', '/api/experiments', 201),
        req(NOW + 1, 'POST', '/api/experiments', '/api/experiments', 401),
      ],
    });
    expect(check('http-anatomy/headers')?.(servedBeforeDenied, SINCE)).toBeNull();
    const wrongField = evidence({
      requests: [
        req(NOW, 'POST', '/api/models/iris/predict', PREDICT, 422, 'float_type at body.features.0'),
      ],
    });
    expect(check('serve-iris/validation')?.(wrongField, SINCE)).toBeNull();
    const oneRow = evidence({ predictions: [{ at: NOW, model: 'iris', rows: 1, status: 200 }] });
    expect(check('serve-iris/batch')?.(oneRow, SINCE)).toBeNull();
    const twoVersions = evidence({ deployments: [deployment(NOW, 'ab', 'web')] });
    expect(check('peeking/aa')?.(twoVersions, SINCE)).toBeNull();
    const atDefault = evidence({ projects: [project(OLD)], runs: [projectRun(NOW, '0.1')] });
    expect(check('projects-params/override')?.(atDefault, SINCE)).toBeNull();
  });

  it('say what they saw in words the catalog has', () => {
    const seen = STEPS.find((s) => s.step.id === 'validation')?.step.check(
      evidence(ACTIONS['serve-iris/validation']?.(NOW)),
      SINCE,
    );
    expect(seen).toEqual({
      key: 'seen.requestDetail',
      values: {
        request: 'POST /api/models/iris/predict',
        status: 422,
        detail: 'missing at body.petal_width',
      },
    });
  });
});

describe('the lab catalog', () => {
  it('follows the outline that Home reads', () => {
    expect(
      LABS.map((lab) => ({
        id: lab.id,
        tutorial: lab.tutorial,
        steps: lab.steps.map((s) => s.id),
      })),
    ).toEqual(LAB_OUTLINE);
  });

  it('has every lab and step worded in English and Korean', () => {
    for (const lab of LABS) {
      expect(en).toHaveProperty([`lab.${lab.id}`]);
      expect(ko).toHaveProperty([`lab.${lab.id}`]);
      const keys = [
        `${lab.id}.intro`,
        `${lab.id}.learned`,
        ...lab.steps.flatMap((s) =>
          ['title', 'explain', 'do'].map((part) => `${lab.id}.${s.id}.${part}`),
        ),
      ];
      for (const key of keys) {
        expect(labsEn, key).toHaveProperty([key]);
        expect(labsKo, key).toHaveProperty([key]);
      }
    }
    expect(Object.keys(labsKo).sort()).toEqual(Object.keys(labsEn).sort());
  });

  it('keeps a recorded step done, and ticks nothing for a lab not started', () => {
    const lab = LABS[0];
    if (!lab) throw new Error('no labs');
    const all = evidence({
      requests: [
        req(NOW, 'GET', '/api/openapi.json', '/api/openapi.json', 200),
        req(NOW, 'GET', '/api/health', '/api/health', 200),
      ],
    });
    expect(labState(lab, undefined, all).steps.every((s) => !s.done)).toBe(true);
    const seen = { key: 'seen.request', values: { request: 'GET /api/openapi.json', status: 200 } };
    const progress = { lab: lab.id, started_at: SINCE, steps: { menu: { done_at: NOW, seen } } };
    const state = labState(lab, progress, evidence());
    expect(state.steps.map((s) => s.done)).toEqual([true, false, false]);
    expect(state.newlyDone).toEqual({});
    const later = labState(lab, progress, all);
    expect(Object.keys(later.newlyDone)).toEqual(['order']);
  });

  it('continues at the first unfinished step of the first lab begun', () => {
    expect(continueAt([])).toBeNull();
    expect(continueAt([{ lab: 'serve-iris', steps: { predict: {} } }])).toEqual({
      lab: 'serve-iris',
      step: 'validation',
      number: 2,
      done: 1,
      total: 3,
    });
    const finished = { lab: 'what-is-an-api', steps: { menu: 1, order: 1, kitchen: 1 } };
    expect(continueAt([finished])).toMatchObject({
      lab: 'http-anatomy',
      step: 'method',
      number: 1,
      done: 0,
    });
    const skipped = { lab: 'what-is-an-api', steps: { order: 1 } };
    expect(continueAt([skipped])).toMatchObject({ step: 'menu', number: 1, done: 1 });
  });
});
