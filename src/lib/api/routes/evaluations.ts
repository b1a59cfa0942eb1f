// The Validation API: evaluate a registered model version by hold-out, stratified k-fold
// or the bootstrap (in the training worker), recorded as a run; read an evaluation back.
import type { z } from 'zod';
import { getArtifact } from '../../db/run-extras';
import { getRunDetails } from '../../db/runs';
import { NotFoundError } from '../../db/errors';
import type { EvaluationSpec } from '../../ml/evaluation';
import { defineRoute, json } from '../route';
import { evaluation, evaluationBody, evaluationParams } from '../schemas/evaluations';

const EVALUATION_ARTIFACT = 'evaluation.json';

export const evaluationRoutes = [
  defineRoute<Record<string, never>, Record<string, never>, z.infer<typeof evaluationBody>>({
    method: 'POST',
    path: '/api/evaluations',
    summary: 'Evaluate a model version',
    description:
      "`holdout` retrains the version's setup on a stratified split; `kfold` retrains it on each of k stratified folds; " +
      "`bootstrap` predicts the version's held-out rows once and resamples them. Every metric comes with its mean, " +
      'std, interval and per-fold or per-resample values. Recorded as a run (folds as child runs).',
    tag: 'validation',
    auth: true,
    body: evaluationBody,
    response: { status: 201, description: 'The evaluation.', schema: evaluation },
    errors: [{ status: 404, description: 'No such model, version or alias.' }],
    handle: async ({ body, base, services }) => {
      const { model, version, alias, method, ...options } = body;
      const selector: EvaluationSpec['selector'] =
        version !== undefined ? { version } : alias !== undefined ? { alias } : {};
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
    handle: async ({ params }) => {
      const run = await getRunDetails(params.id);
      if (run?.tags['source'] !== 'evaluation' || run.info.parent_run_id) {
        throw new NotFoundError(`Evaluation '${params.id}' not found`);
      }
      const file = await getArtifact(params.id, EVALUATION_ARTIFACT).catch(() => {
        throw new NotFoundError(
          `Evaluation '${params.id}' has no result (status ${run.info.status})`,
        );
      });
      return new Response(file.data, { headers: { 'Content-Type': 'application/json' } });
    },
  }),
];
