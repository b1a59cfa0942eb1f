// The labs of the second tutorial's first half, MLflow: experiments and runs, autolog,
// MLproject parameters, search_runs, the registry, and offline evaluation.
import {
  finished,
  isEvaluation,
  listed,
  on,
  requested,
  runsSince,
  succeeded,
  type Check,
} from './check-kit';
import type { Lab } from './lab-types';

/** The experiment every workspace is made with (it may be made as a lab opens the database). */
const DEFAULT_EXPERIMENT = '0';

/** The experiments the learner created since `since`. */
const createdSince = (evidence: Parameters<Check>[0], since: number) =>
  evidence.experiments.filter(
    (e) => e.created_at >= since && e.experiment_id !== DEFAULT_EXPERIMENT,
  );

const experimentCreated: Check = (evidence, since) => {
  const made = createdSince(evidence, since).at(-1);
  return made ? { key: 'seen.experiment', values: { name: made.name } } : null;
};

const trainedInNewExperiment: Check = (evidence, since) => {
  const fresh = new Map(createdSince(evidence, since).map((e) => [e.experiment_id, e.name]));
  const run = runsSince(
    evidence,
    since,
    (r) => finished(r) && fresh.has(r.experiment_id) && !isEvaluation(r),
  ).at(-1);
  return run
    ? {
        key: 'seen.runIn',
        values: { run: run.run_name, experiment: fresh.get(run.experiment_id) ?? '' },
      }
    : null;
};

/** A run that code logged into by itself (MLflow's log_param / log_metric), then ended. */
const loggedByHand: Check = (evidence, since) => {
  const run = runsSince(
    evidence,
    since,
    (r) =>
      finished(r) &&
      r.tags['source'] === 'api' &&
      r.params['model'] === undefined &&
      Object.keys(r.params).length > 0 &&
      Object.keys(r.metrics).length > 0,
  ).at(-1);
  return run
    ? {
        key: 'seen.logged',
        values: { run: run.run_name, params: listed(run.params), metrics: listed(run.metrics) },
      }
    : null;
};

const autologged: Check = (evidence, since) => {
  const run = runsSince(
    evidence,
    since,
    (r) => finished(r) && r.params['penalty'] === 'elasticnet' && !isEvaluation(r),
  ).at(-1);
  return run
    ? {
        key: 'seen.autolog',
        values: {
          run: run.run_name,
          params: Object.keys(run.params).length,
          metrics: Object.keys(run.metrics).length,
          tags: Object.keys(run.tags).length,
        },
      }
    : null;
};

const projectSaved: Check = (evidence, since) => {
  const project = evidence.projects
    .filter((p) => p.created_at >= since && p.parameters.length > 0)
    .at(-1);
  return project
    ? {
        key: 'seen.project',
        values: { name: project.name, parameters: project.parameters.join(', ') },
      }
    : null;
};

/** A finished run of a project, and the parameters it overrode (`-P name=value`). */
function projectRuns(evidence: Parameters<Check>[0], since: number) {
  return runsSince(evidence, since, (r) => finished(r) && r.tags['project'] !== undefined).flatMap(
    (run) => {
      const project = evidence.projects.find((p) => p.name === run.tags['project']);
      if (!project) return [];
      const defaults = project.defaults as unknown as Record<string, unknown>;
      const overridden = project.parameters.filter(
        (field) => run.params[field] !== undefined && run.params[field] !== String(defaults[field]),
      );
      return [{ run, project, overridden }];
    },
  );
}

const projectOverridden: Check = (evidence, since) => {
  const hit = projectRuns(evidence, since)
    .filter((p) => p.overridden.length > 0)
    .at(-1);
  return hit
    ? {
        key: 'seen.override',
        values: {
          project: hit.project.name,
          run: hit.run.run_name,
          overrides: listed(hit.run.params, hit.overridden),
        },
      }
    : null;
};

/** Two runs of one project that differ in a parameter: a tiny sweep by `-P`. */
const projectSwept: Check = (evidence, since) => {
  const runs = projectRuns(evidence, since);
  for (const { project } of runs) {
    for (const field of project.parameters) {
      const values = new Set(
        runs.filter((r) => r.project.name === project.name).map((r) => r.run.params[field]),
      );
      if (values.size >= 2) {
        return {
          key: 'seen.sweep',
          values: { project: project.name, parameter: field, values: [...values].join(', ') },
        };
      }
    }
  }
  return null;
};

const versionRegistered: Check = (evidence, since) => {
  const version = evidence.versions.filter((v) => v.created_at >= since).at(-1);
  return version
    ? { key: 'seen.version', values: { name: version.name, version: version.version } }
    : null;
};

const aliasMoved =
  (alias: string): Check =>
  (evidence, since) => {
    const move = evidence.alias_moves
      .filter((m) => m.at >= since && m.alias === alias && m.to_version !== null)
      .at(-1);
    return move
      ? {
          key: 'seen.alias',
          values: { name: move.name, alias: move.alias, version: move.to_version ?? '' },
        }
      : null;
  };

const evaluated =
  (method: 'holdout' | 'kfold' | 'bootstrap'): Check =>
  (evidence, since) => {
    const run = runsSince(
      evidence,
      since,
      (r) =>
        finished(r) && isEvaluation(r) && r.parent_run_id === null && r.params['method'] === method,
    ).at(-1);
    if (!run) return null;
    const accuracy = run.metrics['accuracy_mean'] ?? run.metrics['accuracy'];
    return {
      key: 'seen.evaluation',
      values: {
        method,
        model: `${run.tags['evaluation.model'] ?? ''} v${run.tags['evaluation.version'] ?? ''}`,
        accuracy: accuracy === undefined ? '—' : accuracy.toFixed(3),
      },
    };
  };

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
