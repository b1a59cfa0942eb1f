// The app's records in MLflow's REST shapes: runs, experiments, registered models and model
// versions as MLflow's server answers them (tags as [{key, value}], times in milliseconds,
// version numbers as strings).
import type { z } from 'zod';
import type { RegisteredModelSummary } from '../db/models';
import type { RunDetails } from '../db/run-queries';
import type { ExperimentRecord, ModelVersionRecord } from '../db/records';
import { artifactUri } from '../search/run-query';
import type {
  mlflowExperiment,
  mlflowModelVersion,
  mlflowRegisteredModel,
  mlflowRun,
  mlflowRunInfo,
} from './schemas/mlflow-answers';

type MlflowRunInfo = z.infer<typeof mlflowRunInfo>;

/** The tag where MLflow's client keeps who started a run; runs/create's user_id goes there. */
export const USER_TAG = 'mlflow.user';

const pairs = (values: Readonly<Record<string, string>>) =>
  Object.entries(values).map(([key, value]) => ({ key, value }));

const millis = (iso: string) => Date.parse(iso);

/** Where MLflow's server (serving artifacts itself) says an experiment's files are. */
const artifactLocation = (experimentId: string) => `mlflow-artifacts:/${experimentId}`;

export function mlflowExperimentOf(record: ExperimentRecord): z.infer<typeof mlflowExperiment> {
  return {
    experiment_id: record.experiment_id,
    name: record.name,
    artifact_location: artifactLocation(record.experiment_id),
    lifecycle_stage: record.lifecycle_stage,
    last_update_time: millis(record.updated_at),
    creation_time: millis(record.created_at),
    tags: pairs(record.tags),
  };
}

export function mlflowRunInfoOf(details: RunDetails): MlflowRunInfo {
  const { info } = details;
  return {
    run_id: info.run_id,
    run_uuid: info.run_id,
    run_name: info.run_name,
    experiment_id: info.experiment_id,
    user_id: details.tags[USER_TAG] ?? '',
    status: info.status,
    start_time: info.start_time,
    ...(info.end_time === null ? {} : { end_time: info.end_time }),
    artifact_uri: artifactUri(info.experiment_id, info.run_id),
    lifecycle_stage: info.lifecycle_stage,
  };
}

/**
 * A run as runs/get answers it. `latest` holds each metric's latest point (MLflow gives its
 * timestamp and step too); a metric without one reads as step 0 at the run's start.
 */
export function mlflowRunOf(
  details: RunDetails,
  latest: ReadonlyMap<string, { timestamp: number; step: number }> = new Map(),
): z.infer<typeof mlflowRun> {
  return {
    info: mlflowRunInfoOf(details),
    data: {
      metrics: Object.entries(details.metrics).map(([key, value]) => ({
        key,
        value,
        timestamp: latest.get(key)?.timestamp ?? details.info.start_time,
        step: latest.get(key)?.step ?? 0,
      })),
      params: pairs(details.params),
      tags: pairs(details.tags),
    },
    inputs: {
      dataset_inputs: details.inputs.map(({ name, digest, context }) => ({
        tags: [{ key: 'mlflow.data.context', value: context }],
        dataset: { name, digest, source_type: 'code', source: '{}' },
      })),
    },
  };
}

export function mlflowVersionOf(
  version: ModelVersionRecord,
  aliases: Readonly<Record<string, number>>,
): z.infer<typeof mlflowModelVersion> {
  const created = millis(version.created_at);
  return {
    name: version.name,
    version: String(version.version),
    creation_timestamp: created,
    last_updated_timestamp: created,
    current_stage: 'None',
    description: version.description,
    source: version.source,
    run_id: version.run_id,
    status: version.status,
    tags: pairs(version.tags),
    aliases: Object.entries(aliases)
      .filter(([, number]) => number === version.version)
      .map(([alias]) => alias),
  };
}

export function mlflowModelOf(
  model: RegisteredModelSummary,
  latest: ModelVersionRecord | undefined,
): z.infer<typeof mlflowRegisteredModel> {
  return {
    name: model.name,
    creation_timestamp: millis(model.created_at),
    last_updated_timestamp: millis(model.updated_at),
    description: model.description,
    latest_versions: latest ? [mlflowVersionOf(latest, model.aliases)] : [],
    aliases: Object.entries(model.aliases).map(([alias, version]) => ({
      alias,
      version: String(version),
    })),
    tags: pairs(model.tags),
  };
}
