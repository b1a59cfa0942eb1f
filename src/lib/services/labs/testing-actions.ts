// For every lab step, what the workspace holds once the step's action was done at a moment:
// the checks' tests shift it before and after the lab's start.
import type { LabEvidence } from '../../db/lab-evidence';
import { OLD, PREDICT, deployment, project, projectRun, req, run, served } from './testing';

/** For every step: what the workspace holds once its action was done at `at`. */
export const ACTIONS: Record<string, (at: number) => Partial<LabEvidence>> = {
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
    decisions: [{ deployment: 'canary', action: 'advance', actor: 'rule', at, strategy: null }],
  }),
  'canary/decide': (at) => ({
    deployments: [deployment(OLD, 'canary')],
    decisions: [{ deployment: 'canary', action: 'promote', actor: 'rule', at, strategy: null }],
  }),
  'shadow/deploy': (at) => ({ deployments: [deployment(at, 'shadow')] }),
  'shadow/mirror': (at) => ({
    deployments: [deployment(OLD, 'shadow')],
    served: [served(at, 'shadow', { shadowed: 300 })],
  }),
  'shadow/promote': (at) => ({
    // Promoted by hand, the shadow deployment became a single one of the shadow's version.
    deployments: [deployment(at, 'single', 'shadow')],
    decisions: [
      { deployment: 'shadow', action: 'created', actor: 'api', at, strategy: 'shadow' },
      { deployment: 'shadow', action: 'promote', actor: 'api', at: at + 1, strategy: null },
      { deployment: 'shadow', action: 'replaced', actor: 'api', at: at + 2, strategy: 'single' },
    ],
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
