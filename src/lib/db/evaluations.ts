// How an evaluation is stored: a top-level run tagged `source=evaluation` (its folds are
// child runs with the same tag) whose whole report is its `evaluation.json` artifact.
import { NotFoundError } from './errors';
import { getArtifact, getRunDetails } from './run-queries';
import { saveArtifacts } from './run-writes';
import type { EvaluationReport } from '../ml/evaluation-contract';

const EVALUATION_ARTIFACT = 'evaluation.json';
const EVALUATION_SOURCE = 'evaluation';

/** The tags of an evaluation's run: where it came from and which version it evaluated. */
export function evaluationRunTags(model: string, version: number): Record<string, string> {
  return {
    source: EVALUATION_SOURCE,
    'evaluation.model': model,
    'evaluation.version': String(version),
  };
}

/** The tags of one fold's child run under the evaluation run `parentRunId`. */
export function evaluationFoldTags(parentRunId: string): Record<string, string> {
  return { source: EVALUATION_SOURCE, 'mlflow.parentRunId': parentRunId };
}

/** Keeps the report with its run, as indented JSON (what the Validation API answers). */
export async function saveEvaluationReport(report: EvaluationReport): Promise<void> {
  const json = new TextEncoder().encode(JSON.stringify(report, null, 2));
  await saveArtifacts([
    {
      run_id: report.id,
      path: EVALUATION_ARTIFACT,
      mime_type: 'application/json',
      data: json.buffer,
    },
  ]);
}

/** The stored report of evaluation `id` as JSON bytes: NotFound if it is none or unfinished. */
async function evaluationReportJson(id: string): Promise<ArrayBuffer> {
  const run = await getRunDetails(id);
  if (run?.tags['source'] !== EVALUATION_SOURCE || run.info.parent_run_id) {
    throw new NotFoundError(`Evaluation '${id}' not found`);
  }
  const file = await getArtifact(id, EVALUATION_ARTIFACT).catch(() => {
    throw new NotFoundError(`Evaluation '${id}' has no result (status ${run.info.status})`);
  });
  return file.data;
}

/** The stored report of evaluation `id`, parsed. */
export async function readEvaluationReport(id: string): Promise<EvaluationReport> {
  const json = await evaluationReportJson(id);
  return JSON.parse(new TextDecoder().decode(json)) as EvaluationReport;
}
