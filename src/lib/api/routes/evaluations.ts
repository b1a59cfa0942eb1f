// The Validation API: evaluate a registered model version by hold-out, stratified k-fold
// or the bootstrap (in the training worker), recorded as a run; read an evaluation back;
// compare two evaluations made on the same rows.
import type { z } from 'zod';
import { versionSelector } from '../../db/version-selector';
import { ConflictError } from '../../db/errors';
import { readEvaluationReport } from '../../db/evaluations';
import type { EvaluationReport } from '../../ml/evaluation-contract';
import { accuracyWilson, reportedSummary } from '../../stats/evaluation-summaries';
import { compareReports } from '../../stats/paired-comparison';
import { defineRoute, json } from '../route';
import {
  comparison,
  comparisonParams,
  evaluation,
  evaluationBody,
  evaluationParams,
} from '../schemas/evaluations';

/** A report recorded before reports carried accuracy's Wilson interval gets it from its rows. */
function withAccuracyWilson(report: EvaluationReport): EvaluationReport {
  const stored: Partial<Pick<EvaluationReport, 'accuracy_wilson'>> = report;
  return {
    ...report,
    accuracy_wilson:
      stored.accuracy_wilson ?? accuracyWilson(report.predictions, report.options.confidence),
  };
}

export const evaluationRoutes = [
  defineRoute<Record<string, never>, Record<string, never>, z.infer<typeof evaluationBody>>({
    method: 'POST',
    path: '/api/evaluations',
    summary: 'Evaluate a model version',
    description:
      "`holdout` retrains the version's setup on a stratified split; `kfold` retrains it on each of k stratified folds; " +
      "`bootstrap` predicts the version's held-out rows once and resamples them. Every metric comes with its mean, " +
      'std, interval and per-fold or per-resample values; accuracy also with its Wilson interval over the test rows, ' +
      'which a perfect score does not shrink to [1, 1]. Recorded as a run (folds as child runs).',
    tag: 'validation',
    auth: true,
    body: evaluationBody,
    response: { status: 201, description: 'The evaluation.', schema: evaluation },
    errors: [{ status: 404, description: 'No such model, version or alias.' }],
    handle: async ({ body, base, services }) => {
      const { model, version, alias, method, ...options } = body;
      const selector = versionSelector({ version, alias });
      const report = await services.evaluate({ model, selector, method, ...options });
      return json(report, 201, { Location: `${base}api/evaluations/${report.id}` });
    },
  }),

  defineRoute<z.infer<typeof evaluationParams>>({
    method: 'GET',
    path: '/api/evaluations/{id}',
    summary: 'Get an evaluation',
    tag: 'validation',
    auth: false,
    params: evaluationParams,
    response: { status: 200, description: 'The evaluation.', schema: evaluation },
    errors: [{ status: 404, description: 'No evaluation has this id.' }],
    handle: async ({ params }) => json(withAccuracyWilson(await readEvaluationReport(params.id))),
  }),

  defineRoute<z.infer<typeof comparisonParams>>({
    method: 'GET',
    path: '/api/evaluations/{id}/compare/{other}',
    summary: 'Compare two evaluations',
    description:
      'Two evaluations of the same method and seed (so the same folds or resamples and test rows), usually of two ' +
      'versions: per metric, the paired difference A − B with its mean, std and interval, and McNemar’s exact test ' +
      'on the rows one classified correctly and the other did not.',
    tag: 'validation',
    auth: false,
    params: comparisonParams,
    response: { status: 200, description: 'The comparison.', schema: comparison },
    errors: [
      { status: 404, description: 'No evaluation has one of these ids.' },
      { status: 409, description: 'The two did not use the same rows.' },
    ],
    handle: async ({ params }) => {
      const [a, b] = await Promise.all([
        readEvaluationReport(params.id),
        readEvaluationReport(params.other),
      ]);
      let result;
      try {
        result = compareReports(a, b);
      } catch (error) {
        if (error instanceof RangeError) throw new ConflictError(error.message);
        throw error;
      }
      return json({
        a: a.id,
        b: b.id,
        method: a.method,
        differences: Object.fromEntries(
          Object.entries(result.differences).map(([key, s]) => [key, reportedSummary(s)]),
        ),
        mcnemar: result.mcnemar,
        likely_real: result.likelyReal,
      });
    },
  }),
];
