// The training configuration: a typed table of its fields (ranges, choices, defaults,
// which model each applies to) and its validation. The Train form, the URL hash, the
// worker and the API all read the fields from here.

export const MODEL_KINDS = ['softmax', 'mlp'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];
export const PENALTIES = ['none', 'l2', 'l1', 'elasticnet'] as const;
export const ACTIVATIONS = ['relu', 'tanh', 'sigmoid'] as const;
export const OPTIMIZERS = ['adam', 'sgd'] as const;

export interface TrainConfig {
  readonly model: ModelKind;
  readonly learning_rate: number;
  readonly epochs: number;
  readonly optimizer: (typeof OPTIMIZERS)[number];
  /** Rows per optimizer step; at least the training rows means one full batch per epoch. */
  readonly batch_size: number;
  /** Stop when val_loss has not improved for this many epochs; 0 never stops early. */
  readonly patience: number;
  readonly standardize: boolean;
  readonly test_size: number;
  readonly seed: number;
  /** Softmax regression's weight penalty, its strength and its L1 share (elastic net). */
  readonly penalty: (typeof PENALTIES)[number];
  readonly alpha: number;
  readonly l1_ratio: number;
  /** The MLP's hidden layers: how many, their width, activation and dropout rate. */
  readonly hidden_layers: number;
  readonly hidden_units: number;
  readonly activation: (typeof ACTIVATIONS)[number];
  readonly dropout: number;
}

export type ConfigField = Exclude<keyof TrainConfig, 'model'>;

interface Applies {
  /** Whether the field means something for this configuration (and is logged as a param). */
  readonly appliesTo: (config: TrainConfig) => boolean;
}
export interface NumericSpec extends Applies {
  readonly kind: 'number';
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly integer: boolean;
}
export interface ChoiceSpec extends Applies {
  readonly kind: 'choice';
  readonly options: readonly string[];
}
export interface BooleanSpec extends Applies {
  readonly kind: 'boolean';
}
export type FieldSpec = NumericSpec | ChoiceSpec | BooleanSpec;

const always = () => true;
const mlpOnly = (c: TrainConfig) => c.model === 'mlp';
const penalized = (c: TrainConfig) => c.model === 'softmax' && c.penalty !== 'none';
const number = (
  min: number,
  max: number,
  step: number,
  integer: boolean,
  appliesTo: NumericSpec['appliesTo'] = always,
): NumericSpec => ({ kind: 'number', min, max, step, integer, appliesTo });

/** Every field in the order the Train form shows them. */
export const FIELD_SPECS: Readonly<Record<ConfigField, FieldSpec>> = {
  learning_rate: number(0.0001, 1, 0.001, false),
  epochs: number(1, 1000, 1, true),
  optimizer: { kind: 'choice', options: OPTIMIZERS, appliesTo: always },
  batch_size: number(1, 512, 1, true),
  patience: number(0, 1000, 1, true),
  standardize: { kind: 'boolean', appliesTo: always },
  test_size: number(0.1, 0.5, 0.05, false),
  seed: number(0, 2 ** 31 - 1, 1, true),
  penalty: { kind: 'choice', options: PENALTIES, appliesTo: (c) => c.model === 'softmax' },
  alpha: number(0, 10, 0.001, false, penalized),
  l1_ratio: number(0, 1, 0.05, false, (c) => penalized(c) && c.penalty === 'elasticnet'),
  hidden_layers: number(1, 4, 1, true, mlpOnly),
  hidden_units: number(1, 256, 1, true, mlpOnly),
  activation: { kind: 'choice', options: ACTIVATIONS, appliesTo: mlpOnly },
  dropout: number(0, 0.9, 0.05, false, mlpOnly),
};

export const CONFIG_FIELDS = Object.keys(FIELD_SPECS) as ConfigField[];

export const DEFAULT_CONFIG: TrainConfig = {
  model: 'mlp',
  learning_rate: 0.05,
  epochs: 100,
  optimizer: 'adam',
  batch_size: 256,
  patience: 0,
  standardize: true,
  test_size: 0.2,
  seed: 42,
  penalty: 'none',
  alpha: 0.01,
  l1_ratio: 0.5,
  hidden_layers: 1,
  hidden_units: 16,
  activation: 'relu',
  dropout: 0,
};

export type FieldProblem =
  | { readonly kind: 'not_a_number' }
  | { readonly kind: 'not_an_integer' }
  | { readonly kind: 'out_of_range'; readonly min: number; readonly max: number }
  | { readonly kind: 'not_a_choice'; readonly options: readonly string[] }
  | { readonly kind: 'not_a_boolean' };

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

export function checkField(value: unknown, spec: FieldSpec): FieldProblem | undefined {
  switch (spec.kind) {
    case 'number':
      return checkNumber(value, spec);
    case 'choice':
      return spec.options.includes(value as string)
        ? undefined
        : { kind: 'not_a_choice', options: spec.options };
    case 'boolean':
      return typeof value === 'boolean' ? undefined : { kind: 'not_a_boolean' };
  }
}

/** Checks every field of a candidate configuration and names each one that is wrong. */
export function checkConfig(candidate: Record<keyof TrainConfig, unknown>): ConfigCheck {
  const problems: Partial<Record<keyof TrainConfig, FieldProblem>> = {};
  if (!MODEL_KINDS.includes(candidate.model as ModelKind))
    problems.model = { kind: 'not_a_choice', options: MODEL_KINDS };
  for (const field of CONFIG_FIELDS) {
    const problem = checkField(candidate[field], FIELD_SPECS[field]);
    if (problem) problems[field] = problem;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, config: candidate as unknown as TrainConfig };
}

/** The fields that mean something for this configuration, as MLflow-style string params. */
export function configParams(config: TrainConfig): Record<string, string> {
  const params: Record<string, string> = { model: config.model };
  for (const field of CONFIG_FIELDS) {
    if (FIELD_SPECS[field].appliesTo(config)) params[field] = String(config[field]);
  }
  return params;
}

/** A configuration back from a run's string params (a model version's source run). */
export function configFromParams(params: Readonly<Record<string, string>>): ConfigCheck {
  const candidate: Record<string, unknown> = { ...DEFAULT_CONFIG, model: params['model'] };
  for (const field of CONFIG_FIELDS) {
    const text = params[field];
    if (text === undefined) continue;
    const spec = FIELD_SPECS[field];
    candidate[field] =
      spec.kind === 'number' ? Number(text) : spec.kind === 'boolean' ? text === 'true' : text;
  }
  return checkConfig(candidate);
}
