// The shapes of the rows the app stores. Field names follow MLflow's tracking and
// registry API (snake_case), so that the REST layer can answer with them as they are.
import type { ConfigField, TrainConfig } from '../ml/hyperparameters';
import type { SerializedModel } from '../ml/serialize';
import type { ServedRequest } from '../traffic/deployment-metrics';
import type { VariantFault } from '../traffic/faults';

export type LifecycleStage = 'active' | 'deleted';
export type RunStatus = 'RUNNING' | 'FINISHED' | 'FAILED' | 'KILLED';

export interface ExperimentRecord {
  experiment_id: string;
  name: string;
  lifecycle_stage: LifecycleStage;
  tags: Record<string, string>;
  created_at: string;
  updated_at: string;
}

export interface RunRecord {
  run_id: string;
  run_name: string;
  experiment_id: string;
  status: RunStatus;
  /** Milliseconds since the epoch, as in MLflow. */
  start_time: number;
  end_time: number | null;
  lifecycle_stage: LifecycleStage;
  parent_run_id: string | null;
  /** Why a FAILED run failed. */
  error: string | null;
}

export interface ParamRecord {
  run_id: string;
  key: string;
  value: string;
}

export interface TagRecord {
  run_id: string;
  key: string;
  value: string;
}

export interface MetricPoint {
  run_id: string;
  key: string;
  value: number;
  step: number;
  timestamp: number;
}

/**
 * A run of one metric's history as logged in one flush: parallel arrays, so that a
 * flush writes one row per metric instead of one per point. A history is the
 * concatenation of its chunks.
 */
export interface MetricChunk {
  run_id: string;
  key: string;
  steps: number[];
  values: number[];
  timestamps: number[];
}

export interface RunInputRecord {
  run_id: string;
  name: string;
  digest: string;
  context: string;
}

export interface ArtifactRecord {
  run_id: string;
  path: string;
  mime_type: string;
  data: ArrayBuffer;
}

export interface RegisteredModelRecord {
  name: string;
  description: string;
  tags: Record<string, string>;
  /** The number the next version gets: versions are never reused, even after deletion. */
  next_version: number;
  /** Rules ("val_accuracy >= 0.9") a version's run must meet before `champion` may point at it. */
  promotion_rules?: string[];
  created_at: string;
  updated_at: string;
}

export interface ModelSignature {
  inputs: { name: string; type: 'float'; unit: 'cm' }[];
  outputs: { name: 'species'; type: 'class'; classes: string[] };
}

export interface ModelVersionRecord {
  name: string;
  version: number;
  run_id: string;
  source: string;
  status: 'READY';
  description: string;
  tags: Record<string, string>;
  signature: ModelSignature;
  dataset_digest: string;
  created_at: string;
}

export interface ModelWeightsRecord {
  name: string;
  version: number;
  model: SerializedModel;
}

/** One move of an alias: where it pointed before and after, when, and who moved it. */
export interface AliasEventRecord {
  id?: number;
  name: string;
  alias: string;
  from_version: number | null;
  to_version: number | null;
  at: string;
  actor: 'ui' | 'api';
}

export interface AliasRecord {
  name: string;
  alias: string;
  version: number;
  updated_at: string;
}

export interface SettingRecord {
  key: string;
  value: string;
}

/**
 * One row per run with its params, tags, latest metrics and inputs: a copy of the per-key
 * tables, kept in step with them in the same transactions, so that listing 10,000 runs
 * reads 10,000 rows rather than one per key (IndexedDB's cost is per row).
 */
export interface RunSummaryRecord {
  run_id: string;
  params: Record<string, string>;
  tags: Record<string, string>;
  metrics: Record<string, number>;
  inputs: Omit<RunInputRecord, 'run_id'>[];
}

/** A saved training setup, like an MLproject entry point: typed parameters with defaults. */
export interface ProjectRecord {
  name: string;
  description: string;
  /** The whole setup; fields not in `parameters` are fixed by the project. */
  defaults: TrainConfig;
  /** The fields a run of the project may override. */
  parameters: ConfigField[];
  created_at: string;
}

export interface DatasetRecord {
  id: string;
  name: string;
  digest: string;
  n_rows: number;
  csv: string;
  created_at: string;
}

/** One predict request the API answered: served, or rejected with an error status. */
export interface PredictionLogRecord {
  id?: number;
  /** Milliseconds since the epoch. */
  at: number;
  /** The model asked for (for a rejected request, as the path named it). */
  model: string;
  /** The version that answered; null when the request was rejected before one did. */
  version: number | null;
  /** How many rows the request held; `inputs` and `outputs` keep the first few. */
  rows: number;
  inputs: number[][];
  outputs: string[];
  /** How long the API took to answer, inside the service worker (no trip to and from it). */
  latency_ms: number;
  /** The HTTP status answered. Absent from entries logged before rejections were: 200. */
  status?: number;
  /** Why the request was rejected, in one short line. */
  detail?: string;
}

/** A variant of a deployment: which registered model version answers for it. */
export interface DeploymentVariant {
  name: string;
  model: string;
  /** A version number, or an alias resolved at each request; neither: champion else latest. */
  version?: number | undefined;
  alias?: string | undefined;
  weight?: number | undefined;
  /** A fault injected into this variant's answers (Istio-style), for simulations. */
  fault?: VariantFault | null | undefined;
}

/** A deployment: how traffic is split among its variants, and where its roll-out stands. */
export interface DeploymentRecord {
  name: string;
  strategy: 'single' | 'ab' | 'canary' | 'shadow' | 'bandit';
  variants: DeploymentVariant[];
  sticky: boolean;
  hash_seed: string;
  /** Seed of the router's draws and the injected faults; absent: from name and update time. */
  seed?: number | null | undefined;
  canary: {
    steps: number[];
    labelled_per_step: number;
    guardrails: { min_accuracy?: number; max_error_rate?: number; max_p95_latency_ms?: number };
  } | null;
  shadow_sample_rate: number | null;
  bandit: {
    algorithm: 'epsilon_greedy' | 'ucb1' | 'thompson';
    epsilon: number;
    min_share: number;
  } | null;
  /** A canary's state: where its roll-out stands. */
  canary_state: { status: 'progressing' | 'promoted' | 'rolled_back'; step: number } | null;
  created_at: string;
  updated_at: string;
}

/** One request a deployment served, and its true label once feedback gives it. */
export interface DeploymentRequestRecord extends ServedRequest {
  request_id: string;
  deployment: string;
  user_id: string | null;
}

/** A decision about a deployment (created, replaced, advanced, promoted, rolled back), and why. */
export interface DeploymentEventRecord {
  id?: number;
  deployment: string;
  at: string;
  action: string;
  reason: string;
  actor: 'ui' | 'api' | 'rule';
}

/** One request the API answered, from any client: the journal the labs' checks read. */
export interface ApiJournalRecord {
  id?: number;
  /** Milliseconds since the epoch, when the answer left. */
  at: number;
  method: string;
  /** Below the app's base, with its query: `/api/models/iris/predict?alias=champion`. */
  path: string;
  /** The route's template (`/api/models/{name}/predict`); null when no route matched. */
  route: string | null;
  status: number;
  /** For an error, its reason in a few words (a 422's first `type` at its `loc`). */
  detail: string;
}

/** What a step's check saw when it turned done: a message id and its values, for any language. */
export interface StepSighting {
  key: string;
  values: Record<string, string | number>;
}

/** A learner's progress in one lab: when its clock started, and each finished step. */
export interface LabProgressRecord {
  lab: string;
  /** Milliseconds since the epoch; only evidence from then on counts. */
  started_at: number;
  steps: Record<string, { done_at: number; seen: StepSighting }>;
}
