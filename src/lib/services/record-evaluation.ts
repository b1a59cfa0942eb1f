// An evaluation of a registered model version, recorded as a run: method and options as params,
// each metric's mean, std and interval (and accuracy's Wilson interval) as metrics, each fold as
// a child run, the whole report with the run. The evaluation itself runs in the training worker.
import { irisDataset, IRIS_DATASET_NAME } from '../data/iris';
import { datasetDigest } from '../data/digest';
import { getModelWeights, resolveModelVersion } from '../db/models';
import { evaluationFoldTags, evaluationRunTags, saveEvaluationReport } from '../db/evaluations';
import { createRun, endRun, logBatch } from '../db/run-writes';
import { getRunDetails } from '../db/run-queries';
import type {
  EvaluationOutcome,
  EvaluationReport,
  EvaluationRequest,
  EvaluationSpec,
} from '../ml/evaluation-contract';
import { configFromParams } from '../ml/hyperparameters';
import { argmax } from '../ml/predict';
import { TrainingCancelled } from '../ml/train';
import { normalizeConfusion } from '../stats/classification';
import { accuracyWilson, reportedSummary } from '../stats/evaluation-summaries';
import { trainer } from '../workers/trainer';

export type Evaluator = (
  request: EvaluationRequest,
  onProgress?: (done: number, total: number) => void,
) => Promise<EvaluationOutcome>;

export async function recordEvaluation(
  spec: EvaluationSpec,
  evaluate: Evaluator = (...args) => trainer.evaluate(...args),
): Promise<EvaluationReport> {
  const version = await resolveModelVersion(spec.model, spec.selector);
  const [source, weights] = await Promise.all([
    getRunDetails(version.run_id),
    getModelWeights(version.name, version.version),
  ]);
  const check = configFromParams(source?.params ?? {});
  if (!check.ok || !weights) {
    throw new Error(
      `Version ${version.version} of '${version.name}' has no training setup to evaluate`,
    );
  }
  const config = check.config;
  // By default the bootstrap resamples the version's own held-out rows.
  const options = {
    test_size: spec.test_size ?? config.test_size,
    k: spec.k ?? 5,
    n_resamples: spec.n_resamples ?? 1000,
    confidence: spec.confidence ?? 0.95,
    seed: spec.seed ?? config.seed,
  };
  const dataset = irisDataset();
  const digest = await datasetDigest(dataset);
  const run = await createRun({
    run_name: `evaluate-${version.name}-v${version.version}-${spec.method}`,
    params: Object.fromEntries(
      Object.entries({ method: spec.method, ...options }).map(([k, v]) => [k, String(v)]),
    ),
    tags: evaluationRunTags(version.name, version.version),
    inputs: [{ name: IRIS_DATASET_NAME, digest, context: 'evaluation' }],
  });
  try {
    const outcome = await evaluate({
      method: spec.method,
      config,
      dataset,
      model: weights.model,
      ...options,
    });
    const foldRunIds: string[] = [];
    if (spec.method === 'kfold') {
      for (let fold = 0; fold < options.k; fold++) {
        const child = await createRun({
          run_name: `${run.run_name}-fold-${fold + 1}`,
          parent_run_id: run.run_id,
          params: { fold: String(fold + 1) },
          tags: evaluationFoldTags(run.run_id),
          inputs: [],
        });
        await logBatch(child.run_id, {
          params: [],
          tags: [],
          metrics: Object.entries(outcome.metrics).map(([key, s]) => ({
            key,
            value: s.values[fold] ?? Number.NaN,
          })),
        });
        await endRun(child.run_id, 'FINISHED');
        foldRunIds.push(child.run_id);
      }
    }
    const predictions = outcome.predictions.flatMap((p) =>
      p.rows.map((row, i) => ({
        row,
        truth: p.truth[i] ?? 0,
        predicted: argmax(p.probabilities[i] ?? []),
      })),
    );
    const report: EvaluationReport = {
      id: run.run_id,
      model: version.name,
      version: version.version,
      method: spec.method,
      options,
      metrics: Object.fromEntries(
        Object.entries(outcome.metrics).map(([key, s]) => [key, reportedSummary(s)]),
      ),
      accuracy_wilson: accuracyWilson(predictions, options.confidence),
      confusion_matrix: outcome.confusion,
      confusion_matrix_normalized: normalizeConfusion(outcome.confusion),
      fold_run_ids: foldRunIds,
      predictions,
    };
    await logBatch(run.run_id, {
      params: [],
      tags: [],
      metrics: Object.entries(report.metrics)
        .flatMap(([key, s]) =>
          [
            [`${key}_mean`, s.mean],
            [`${key}_std`, s.std],
            [`${key}_ci_low`, s.ci[0]],
            [`${key}_ci_high`, s.ci[1]],
          ]
            .filter(([, value]) => Number.isFinite(value))
            .map(([metric, value]) => ({ key: String(metric), value: Number(value) })),
        )
        .concat([
          { key: 'accuracy_wilson_low', value: report.accuracy_wilson.ci[0] },
          { key: 'accuracy_wilson_high', value: report.accuracy_wilson.ci[1] },
        ]),
    });
    await saveEvaluationReport(report);
    await endRun(run.run_id, 'FINISHED');
    return report;
  } catch (error) {
    if (error instanceof TrainingCancelled) await endRun(run.run_id, 'KILLED');
    else await endRun(run.run_id, 'FAILED', error instanceof Error ? error.message : String(error));
    throw error;
  }
}
