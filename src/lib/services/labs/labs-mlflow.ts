// The labs of the second tutorial's first half, MLflow: experiments and runs, autolog,
// MLproject parameters, search_runs, the registry, and offline evaluation.
import { on, requested, succeeded } from './check-kit';
import {
  aliasMoved,
  autologged,
  evaluated,
  experimentCreated,
  loggedByHand,
  projectOverridden,
  projectSaved,
  projectSwept,
  trainedInNewExperiment,
  versionRegistered,
} from './checks-mlflow';
import type { Lab } from './lab-types';

const LOG_PARAMS_PY = `with mlflow.start_run():
    mlflow.log_param("penalty", "elasticnet")
    mlflow.log_param("l1_ratio", 0.1)
    mlflow.log_metric("score", score)`;

const LOG_PARAMS_JS = `const auth = { 'Content-Type': 'application/json', Authorization: 'Bearer playground-token' };
const run = await fetch('api/runs', { method: 'POST', headers: auth,
  body: JSON.stringify({ experiment_id: '0', run_name: 'by-hand' }) }).then((r) => r.json());
const id = run.info.run_id;
await fetch(\`api/runs/\${id}/log-batch\`, { method: 'POST', headers: auth, body: JSON.stringify({
  params: [{ key: 'penalty', value: 'elasticnet' }, { key: 'l1_ratio', value: '0.1' }],
  metrics: [{ key: 'score', value: 0.83 }] }) });
await fetch(\`api/runs/\${id}\`, { method: 'PATCH', headers: auth,
  body: JSON.stringify({ status: 'FINISHED' }) });`;

const SEARCH_PY = `MlflowClient().search_runs(
    experiment_ids=["0"],
    filter_string="params.penalty = 'elasticnet' and metrics.val_accuracy >= 0.8",
    order_by=["metrics.val_accuracy DESC"],
    max_results=1,
)`;

const SEARCH_JS = `await fetch('api/runs/search', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({
    experiment_ids: ['0'],
    filter: "params.penalty = 'elasticnet' and metrics.val_accuracy >= 0.8",
    order_by: ['metrics.val_accuracy DESC'],
    max_results: 1,
  }),
}).then((r) => r.json());`;

const SEARCH_FILTER = "params.penalty = 'elasticnet' and metrics.val_accuracy >= 0.8";

export const MLFLOW_LABS: readonly Lab[] = [
  {
    id: 'experiments-runs',
    tutorial: 'mlflow',
    steps: [
      {
        id: 'experiment',
        href: '#/runs',
        check: experimentCreated,
        code: {
          tutorial: {
            label: 'shell',
            code: 'mlflow experiments create --experiment-name my-first-experiment',
          },
        },
      },
      { id: 'run', href: '#/train?epochs=30', check: trainedInNewExperiment },
      {
        id: 'log-by-hand',
        href: '#/console',
        check: loggedByHand,
        code: {
          tutorial: { label: 'Python', code: LOG_PARAMS_PY },
          here: { label: 'DevTools', code: LOG_PARAMS_JS },
        },
      },
    ],
  },
  {
    id: 'autolog',
    tutorial: 'mlflow',
    steps: [
      {
        id: 'train',
        href: '#/train?model=softmax&penalty=elasticnet&l1_ratio=0.1&epochs=30',
        check: autologged,
        code: {
          tutorial: {
            label: 'Python',
            code: 'mlflow.sklearn.autolog()\nlr = LogisticRegression(penalty="elasticnet", l1_ratio=0.1, solver="saga")\nwith mlflow.start_run():\n    lr.fit(X, y)',
          },
        },
      },
      {
        id: 'artifacts',
        href: '#/console?send=GET%20/api/runs/%7Brun_id%7D/artifacts',
        check: requested((r) => on('GET', '/api/runs/{run_id}/artifacts')(r) && succeeded(r)),
      },
      {
        id: 'history',
        href: '#/console?send=GET%20/api/runs/%7Brun_id%7D/metrics/%7Bkey%7D',
        check: requested((r) => on('GET', '/api/runs/{run_id}/metrics/{key}')(r) && succeeded(r)),
        code: {
          tutorial: {
            label: 'Python',
            code: 'MlflowClient().get_metric_history(run_id, "val_accuracy")',
          },
        },
      },
    ],
  },
  {
    id: 'projects-params',
    tutorial: 'mlflow',
    steps: [
      {
        id: 'save',
        href: '#/train?model=softmax&penalty=elasticnet&l1_ratio=0.1&epochs=30',
        check: projectSaved,
        code: {
          tutorial: {
            label: 'MLproject',
            code: 'name: tutorial\nentry_points:\n  main:\n    parameters:\n      l1_ratio: {type: float, default: 0.1}\n    command: "python train.py {l1_ratio}"',
          },
        },
      },
      {
        id: 'override',
        href: '#/train',
        check: projectOverridden,
        code: { tutorial: { label: 'shell', code: 'mlflow run . -P l1_ratio=0.5' } },
      },
      {
        id: 'sweep',
        href: '#/train',
        check: projectSwept,
        code: {
          tutorial: {
            label: 'shell',
            code: 'mlflow run . -P l1_ratio=0.1\nmlflow run . -P l1_ratio=0.9',
          },
        },
      },
    ],
  },
  {
    id: 'search-runs',
    tutorial: 'mlflow',
    steps: [
      {
        id: 'search',
        href: `#/runs?filter=${encodeURIComponent(SEARCH_FILTER)}`,
        check: requested((r) => on('POST', '/api/runs/search')(r) && r.status === 200),
        code: {
          tutorial: { label: 'Python', code: SEARCH_PY },
          here: { label: 'DevTools', code: SEARCH_JS },
        },
      },
      {
        id: 'bad-filter',
        href: '#/console?send=POST%20/api/runs/search',
        check: requested((r) => on('POST', '/api/runs/search')(r) && r.status === 422),
      },
      {
        id: 'download',
        href: '#/runs',
        check: requested(
          (r) => on('GET', '/api/runs/{run_id}/artifacts/{path}')(r) && succeeded(r),
        ),
        code: {
          tutorial: {
            label: 'Python',
            code: 'mlflow.artifacts.download_artifacts(f"runs:/{run_id}/model", dst_path=".")',
          },
        },
      },
    ],
  },
  {
    id: 'registry',
    tutorial: 'mlflow',
    steps: [
      { id: 'version', href: '#/train?epochs=30', check: versionRegistered },
      {
        id: 'alias',
        href: '#/models',
        check: aliasMoved('challenger'),
        code: {
          tutorial: {
            label: 'Python',
            code: 'MlflowClient().set_registered_model_alias("iris", "challenger", 2)',
          },
        },
      },
      {
        id: 'predict-alias',
        href: '#/console?send=POST%20/api/models/%7Bname%7D/predict',
        check: requested(
          (r) =>
            r.route === '/api/models/{name}/predict' &&
            r.status === 200 &&
            r.path.includes('alias=challenger'),
        ),
        code: {
          tutorial: {
            label: 'Python',
            code: 'mlflow.pyfunc.load_model("models:/iris@challenger")',
          },
          here: {
            label: 'DevTools',
            code: "await fetch('api/models/iris/predict?alias=challenger', {\n  method: 'POST',\n  headers: { 'Content-Type': 'application/json' },\n  body: JSON.stringify({ features: [6.7, 3.0, 5.2, 2.3] }),\n}).then((r) => r.json());",
          },
        },
      },
    ],
  },
  {
    id: 'offline-evaluation',
    tutorial: 'mlflow',
    steps: [
      { id: 'holdout', href: '#/evaluate', check: evaluated('holdout') },
      { id: 'kfold', href: '#/evaluate', check: evaluated('kfold') },
      { id: 'bootstrap', href: '#/evaluate', check: evaluated('bootstrap') },
    ],
  },
];
