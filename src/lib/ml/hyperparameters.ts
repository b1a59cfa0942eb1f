// The training configuration: its fields, their ranges and defaults, and its validation.
// The Train form, the worker and the API all read the ranges from here.

export const MODEL_KINDS = ['softmax', 'mlp'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

export interface TrainConfig {
  readonly model: ModelKind;
  readonly learning_rate: number;
  readonly epochs: number;
  /** Units of the MLP's hidden layer; ignored by softmax regression. */
  readonly hidden_units: number;
  readonly test_size: number;
  readonly seed: number;
}

export type NumericField = Exclude<keyof TrainConfig, 'model'>;

export interface NumericSpec {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly integer: boolean;
}

export const NUMERIC_SPECS: Readonly<Record<NumericField, NumericSpec>> = {
  learning_rate: { min: 0.0001, max: 1, step: 0.001, integer: false },
  epochs: { min: 1, max: 1000, step: 1, integer: true },
  hidden_units: { min: 1, max: 256, step: 1, integer: true },
  test_size: { min: 0.1, max: 0.5, step: 0.05, integer: false },
  seed: { min: 0, max: 2 ** 31 - 1, step: 1, integer: true },
};

export const NUMERIC_FIELDS = Object.keys(NUMERIC_SPECS) as NumericField[];

export const DEFAULT_CONFIG: TrainConfig = {
  model: 'mlp',
  learning_rate: 0.05,
  epochs: 100,
  hidden_units: 16,
  test_size: 0.2,
  seed: 42,
};

export type FieldProblem =
  | { readonly kind: 'not_a_number' }
  | { readonly kind: 'not_an_integer' }
  | { readonly kind: 'out_of_range'; readonly min: number; readonly max: number }
  | { readonly kind: 'unknown_model' };

export type ConfigCheck =
  | { readonly ok: true; readonly config: TrainConfig }
  | { readonly ok: false; readonly problems: Partial<Record<keyof TrainConfig, FieldProblem>> };

export function checkNumber(value: unknown, spec: NumericSpec): FieldProblem | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return { kind: 'not_a_number' };
  if (spec.integer && !Number.isInteger(value)) return { kind: 'not_an_integer' };
  if (value < spec.min || value > spec.max) {
    return { kind: 'out_of_range', min: spec.min, max: spec.max };
  }
  return undefined;
}

/** Checks every field of a candidate configuration and names each one that is wrong. */
export function checkConfig(candidate: Record<keyof TrainConfig, unknown>): ConfigCheck {
  const problems: Partial<Record<keyof TrainConfig, FieldProblem>> = {};
  if (!MODEL_KINDS.includes(candidate.model as ModelKind))
    problems.model = { kind: 'unknown_model' };
  for (const field of NUMERIC_FIELDS) {
    const problem = checkNumber(candidate[field], NUMERIC_SPECS[field]);
    if (problem) problems[field] = problem;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, config: candidate as unknown as TrainConfig };
}
