// The checks of the MLflow labs: what a learner's experiments, runs, projects, model
// versions, aliases and evaluations must show for a step to be done.
import { finished, isEvaluation, listed, runsSince, type Check } from './check-kit';

/** The experiment every workspace is made with (it may be made as a lab opens the database). */
const DEFAULT_EXPERIMENT = '0';

/** The experiments the learner created since `since`. */
const createdSince = (evidence: Parameters<Check>[0], since: number) =>
  evidence.experiments.filter(
    (e) => e.created_at >= since && e.experiment_id !== DEFAULT_EXPERIMENT,
  );

export const experimentCreated: Check = (evidence, since) => {
  const made = createdSince(evidence, since).at(-1);
  return made ? { key: 'seen.experiment', values: { name: made.name } } : null;
};

export const trainedInNewExperiment: Check = (evidence, since) => {
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
export const loggedByHand: Check = (evidence, since) => {
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

export const autologged: Check = (evidence, since) => {
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

export const projectSaved: Check = (evidence, since) => {
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

export const projectOverridden: Check = (evidence, since) => {
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
export const projectSwept: Check = (evidence, since) => {
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

export const versionRegistered: Check = (evidence, since) => {
  const version = evidence.versions.filter((v) => v.created_at >= since).at(-1);
  return version
    ? { key: 'seen.version', values: { name: version.name, version: version.version } }
    : null;
};

export const aliasMoved =
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

export const evaluated =
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
