// Test fixtures for the labs' checks: a workspace's evidence built from a few parts, with
// requests, runs, deployments and traffic made at a chosen moment.
import { DEFAULT_CONFIG } from '../../ml/hyperparameters';
import type { LabEvidence, RunSighting, ServedTally } from '../../db/lab-evidence';
import type { DeploymentRecord } from '../../db/records';

export const SINCE = 1_000;
export const NOW = 2_000;
export const OLD = 500;

export function evidence(parts: Partial<LabEvidence> = {}): LabEvidence {
  return {
    requests: [],
    runs: [],
    experiments: [],
    projects: [],
    versions: [],
    alias_moves: [],
    deployments: [],
    decisions: [],
    served: [],
    predictions: [],
    ...parts,
  };
}

export const req = (
  at: number,
  method: string,
  path: string,
  route: string | null,
  status: number,
  detail = '',
) => ({
  at,
  method,
  path,
  route,
  status,
  detail,
});

export const run = (at: number, extra: Partial<RunSighting>): RunSighting => ({
  run_id: `r${at}`,
  run_name: `run-${at}`,
  experiment_id: '0',
  status: 'FINISHED',
  start_time: at,
  parent_run_id: null,
  params: {},
  metrics: {},
  tags: {},
  ...extra,
});

export function deployment(
  at: number,
  strategy: DeploymentRecord['strategy'],
  name: string = strategy,
  same = false,
) {
  return {
    name,
    strategy,
    variants: [
      { name: 'a', model: 'iris', version: 1 },
      { name: 'b', model: 'iris', version: same ? 1 : 2 },
    ],
    sticky: true,
    hash_seed: name,
    canary: null,
    shadow_sample_rate: null,
    bandit: null,
    canary_state: null,
    created_at: '',
    updated_at: '',
    updated_ms: at,
  } satisfies LabEvidence['deployments'][number];
}

export const served = (
  at: number,
  name: string,
  extra: Partial<ServedTally> = {},
): ServedTally => ({
  deployment: name,
  first_at: at,
  requests: 300,
  labelled: 120,
  shadowed: 0,
  per_variant: [150, 150],
  repeat_users: 0,
  consistent_users: 0,
  example: null,
  ...extra,
});

export const project = (at: number) => ({
  name: 'tutorial2',
  parameters: ['l1_ratio' as const],
  defaults: { ...DEFAULT_CONFIG, penalty: 'elasticnet' as const, l1_ratio: 0.1 },
  created_at: at,
});

export const projectRun = (at: number, l1: string) =>
  run(at, { params: { l1_ratio: l1, penalty: 'elasticnet' }, tags: { project: 'tutorial2' } });

export const PREDICT = '/api/models/{name}/predict';
