import { describe, expect, it } from 'vitest';
import { labsEn } from '../../../i18n/labs-en';
import { labsKo } from '../../../i18n/labs-ko';
import { en } from '../../../i18n/en';
import { ko } from '../../../i18n/ko';
import { DEFAULT_CONFIG } from '../../ml/hyperparameters';
import type { LabEvidence, RunSighting, ServedTally } from '../../db/lab-evidence';
import type { DeploymentRecord } from '../../db/records';
import { LABS, labState } from './catalog';
import { LAB_OUTLINE, continueAt } from './outline';

const SINCE = 1_000;
const NOW = 2_000;
const OLD = 500;

function evidence(parts: Partial<LabEvidence> = {}): LabEvidence {
  return {
    requests: [],
    runs: [],
    experiments: [],
    projects: [],
    versions: [],
    alias_moves: [],
    deployments: [],
    decisions: [],
    served: [],
    predictions: [],
    ...parts,
  };
}

const req = (
  at: number,
  method: string,
  path: string,
  route: string | null,
  status: number,
  detail = '',
) => ({
  at,
  method,
  path,
  route,
  status,
  detail,
});

const run = (at: number, extra: Partial<RunSighting>): RunSighting => ({
  run_id: `r${at}`,
  run_name: `run-${at}`,
  experiment_id: '0',
  status: 'FINISHED',
  start_time: at,
  parent_run_id: null,
  params: {},
  metrics: {},
  tags: {},
  ...extra,
});

function deployment(
  at: number,
  strategy: DeploymentRecord['strategy'],
  name = strategy,
  same = false,
) {
  return {
    name,
    strategy,
    variants: [
      { name: 'a', model: 'iris', version: 1 },
      { name: 'b', model: 'iris', version: same ? 1 : 2 },
    ],
    sticky: true,
    hash_seed: name,
    canary: null,
    shadow_sample_rate: null,
    bandit: null,
    canary_state: null,
    created_at: '',
    updated_at: '',
    updated_ms: at,
  } satisfies LabEvidence['deployments'][number];
}

const served = (at: number, name: string, extra: Partial<ServedTally> = {}): ServedTally => ({
  deployment: name,
  first_at: at,
  requests: 300,
  labelled: 120,
  shadowed: 0,
  per_variant: [150, 150],
  repeat_users: 0,
  consistent_users: 0,
  example: null,
  ...extra,
});

const project = (at: number) => ({
  name: 'tutorial2',
  parameters: ['l1_ratio' as const],
  defaults: { ...DEFAULT_CONFIG, penalty: 'elasticnet' as const, l1_ratio: 0.1 },
  created_at: at,
});

const projectRun = (at: number, l1: string) =>
  run(at, { params: { l1_ratio: l1, penalty: 'elasticnet' }, tags: { project: 'tutorial2' } });

const PREDICT = '/api/models/{name}/predict';

/** For every step: what the workspace holds once its action was done at `at`. */
const ACTIONS: Record<string, (at: number) => Partial<LabEvidence>> = {
  'what-is-an-api/menu': (at) => ({
    requests: [req(at, 'GET', '/api/openapi.json?lang=en', '/api/openapi.json', 200)],
  }),
  'what-is-an-api/order': (at) => ({
    requests: [req(at, 'GET', '/api/health', '/api/health', 200)],
  }),
  'what-is-an-api/kitchen': (at) => ({
    requests: [req(at, 'POST', '/api/models/iris/predict', PREDICT, 200)],
  }),
  'http-anatomy/method': (at) => ({
    requests: [req(at, 'GET', '/api/models/iris/predict', null, 405, 'Method Not Allowed')],
  }),
  'http-anatomy/headers': (at) => ({
    requests: [
      req(at, 'POST', '/api/experiments', '/api/experiments', 401, 'Not authenticated'),
      req(at + 1, 'POST', '/api/experiments', '/api/experiments', 201),
    ],
  }),
  'http-anatomy/content-type': (at) => ({
    requests: [req(at, 'POST', '/api/models/iris/predict', PREDICT, 415)],
  }),
  'http-anatomy/not-found': (at) => ({
    requests: [req(at, 'GET', '/api/models/rose', '/api/models/{name}', 404)],
  }),
  'rest-design/verbs': (at) => ({
    requests: [req(at, 'GET', '/api/getModelInfo', null, 404, 'Not Found')],
  }),
  'rest-design/nouns': (at) => ({
    requests: [
      req(at, 'GET', '/api/models', '/api/models', 200),
      req(at, 'GET', '/api/models/iris', '/api/models/{name}', 200),
    ],
  }),
  'rest-design/create-delete': (at) => ({
    requests: [
      req(at, 'POST', '/api/models', '/api/models', 201),
      req(at + 1, 'DELETE', '/api/models/lesson-model', '/api/models/{name}', 204),
    ],
  }),
  'pipeline-apis/data-training': (at) => ({
    requests: [
      req(at, 'GET', '/api/datasets', '/api/datasets', 200),
      req(at, 'POST', '/api/runs', '/api/runs', 202),
    ],
  }),
  'pipeline-apis/validation-deploy': (at) => ({
    requests: [
      req(at, 'POST', '/api/evaluations', '/api/evaluations', 201),
      req(at, 'PUT', '/api/deployments/web', '/api/deployments/{name}', 200),
    ],
  }),
  'pipeline-apis/predict-monitor': (at) => ({
    requests: [
      req(at, 'POST', '/api/deployments/web/predict', '/api/deployments/{name}/predict', 200),
      req(at, 'GET', '/api/metrics', '/api/metrics', 200),
    ],
  }),
  'serve-iris/predict': (at) => ({
    requests: [req(at, 'POST', '/api/models/iris/predict', PREDICT, 200)],
  }),
  'serve-iris/validation': (at) => ({
    requests: [
      req(at, 'POST', '/api/models/iris/predict', PREDICT, 422, 'missing at body.petal_width'),
    ],
  }),
  'serve-iris/batch': (at) => ({ predictions: [{ at, model: 'iris', rows: 2, status: 200 }] }),
  'api-docs/open': (at) => ({
    requests: [req(at, 'GET', '/api/openapi.json?lang=en', '/api/openapi.json', 200)],
  }),
  'api-docs/try-it': (at) => ({
    requests: [
      req(at, 'GET', '/api/openapi.json?lang=en', '/api/openapi.json', 200),
      req(at + 1, 'POST', '/api/models/iris/predict', PREDICT, 200),
    ],
  }),
  'api-docs/korean': (at) => ({
    requests: [req(at, 'GET', '/api/openapi.json?lang=ko', '/api/openapi.json', 200)],
  }),
  'experiments-runs/experiment': (at) => ({
    experiments: [{ experiment_id: '7', name: 'my-first-experiment', created_at: at }],
  }),
  'experiments-runs/run': (at) => ({
    experiments: [{ experiment_id: '7', name: 'my-first-experiment', created_at: at }],
    runs: [run(at, { experiment_id: '7', tags: { source: 'train-page' } })],
  }),
  'experiments-runs/log-by-hand': (at) => ({
    runs: [
      run(at, {
        params: { penalty: 'elasticnet' },
        metrics: { score: 0.8 },
        tags: { source: 'api' },
      }),
    ],
  }),
  'autolog/train': (at) => ({
    runs: [
      run(at, {
        params: { model: 'softmax', penalty: 'elasticnet', l1_ratio: '0.1' },
        metrics: { loss: 1 },
      }),
    ],
  }),
  'autolog/artifacts': (at) => ({
    requests: [req(at, 'GET', '/api/runs/abc/artifacts', '/api/runs/{run_id}/artifacts', 200)],
  }),
  'autolog/history': (at) => ({
    requests: [
      req(at, 'GET', '/api/runs/abc/metrics/val_accuracy', '/api/runs/{run_id}/metrics/{key}', 200),
    ],
  }),
  'projects-params/save': (at) => ({ projects: [project(at)] }),
  'projects-params/override': (at) => ({ projects: [project(OLD)], runs: [projectRun(at, '0.5')] }),
  'projects-params/sweep': (at) => ({
    projects: [project(OLD)],
    runs: [projectRun(at, '0.1'), projectRun(at + 1, '0.9')],
  }),
  'search-runs/search': (at) => ({
    requests: [req(at, 'POST', '/api/runs/search', '/api/runs/search', 200)],
  }),
  'search-runs/bad-filter': (at) => ({
    requests: [
      req(at, 'POST', '/api/runs/search', '/api/runs/search', 422, 'value_error at body.filter'),
    ],
  }),
  'search-runs/download': (at) => ({
    requests: [
      req(
        at,
        'GET',
        '/api/runs/abc/artifacts/model/model.json',
        '/api/runs/{run_id}/artifacts/{path}',
        200,
      ),
    ],
  }),
  'registry/version': (at) => ({
    versions: [{ name: 'iris', version: 2, run_id: 'r', created_at: at }],
  }),
  'registry/alias': (at) => ({
    alias_moves: [{ name: 'iris', alias: 'challenger', to_version: 2, at }],
  }),
  'registry/predict-alias': (at) => ({
    requests: [req(at, 'POST', '/api/models/iris/predict?alias=challenger', PREDICT, 200)],
  }),
  ...Object.fromEntries(
    (['holdout', 'kfold', 'bootstrap'] as const).map((method) => [
      `offline-evaluation/${method}`,
      (at: number) => ({
        runs: [
          run(at, {
            params: { method },
            metrics: { accuracy_mean: 0.95 },
            tags: { source: 'evaluation', 'evaluation.model': 'iris', 'evaluation.version': '1' },
          }),
        ],
      }),
    ]),
  ),
  'ab-test/deploy': (at) => ({ deployments: [deployment(at, 'ab', 'web')] }),
  'ab-test/sticky': (at) => ({
    deployments: [deployment(OLD, 'ab', 'web')],
    served: [
      served(at, 'web', {
        requests: 3,
        labelled: 0,
        repeat_users: 1,
        consistent_users: 1,
        example: { user_id: 'alice', variant: 1, requests: 3 },
      }),
    ],
  }),
  'ab-test/traffic': (at) => ({
    deployments: [deployment(OLD, 'ab', 'web')],
    served: [served(at, 'web')],
  }),
  'ab-test/read': (at) => ({
    deployments: [deployment(OLD, 'ab', 'web')],
    served: [served(at, 'web')],
    requests: [
      req(at, 'GET', '/api/deployments/web/metrics', '/api/deployments/{name}/metrics', 200),
    ],
  }),
  'canary/deploy': (at) => ({ deployments: [deployment(at, 'canary')] }),
  'canary/advance': (at) => ({
    deployments: [deployment(OLD, 'canary')],
    decisions: [{ deployment: 'canary', action: 'advance', actor: 'rule', at }],
  }),
  'canary/decide': (at) => ({
    deployments: [deployment(OLD, 'canary')],
    decisions: [{ deployment: 'canary', action: 'promote', actor: 'rule', at }],
  }),
  'shadow/deploy': (at) => ({ deployments: [deployment(at, 'shadow')] }),
  'shadow/mirror': (at) => ({
    deployments: [deployment(OLD, 'shadow')],
    served: [served(at, 'shadow', { shadowed: 300 })],
  }),
  'shadow/promote': (at) => ({
    deployments: [deployment(OLD, 'shadow')],
    decisions: [{ deployment: 'shadow', action: 'promote', actor: 'ui', at }],
  }),
  'bandit/deploy': (at) => ({ deployments: [deployment(at, 'bandit')] }),
  'bandit/feedback': (at) => ({
    deployments: [deployment(OLD, 'bandit')],
    served: [served(at, 'bandit')],
  }),
  'bandit/read': (at) => ({
    deployments: [deployment(OLD, 'bandit')],
    served: [served(at, 'bandit')],
    requests: [
      req(at, 'GET', '/api/deployments/bandit/metrics', '/api/deployments/{name}/metrics', 200),
    ],
  }),
  'peeking/aa': (at) => ({ deployments: [deployment(at, 'ab', 'aa-test', true)] }),
  'peeking/peek': (at) => ({
    deployments: [deployment(OLD, 'ab', 'aa-test', true)],
    served: [served(at, 'aa-test')],
    requests: [0, 1, 2].map((i) =>
      req(
        at + i,
        'GET',
        '/api/deployments/aa-test/metrics',
        '/api/deployments/{name}/metrics',
        200,
      ),
    ),
  }),
};

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
