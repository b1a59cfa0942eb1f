// The Train form's values, their round trip through the URL hash
// (#/train?model=softmax&penalty=elasticnet&l1_ratio=0.1), so that a setup is a link, and
// which of its fields the form folds away.
import {
  CONFIG_FIELDS,
  DEFAULT_CONFIG,
  FIELD_SPECS,
  checkConfig,
  type ConfigCheck,
  type ConfigField,
  type TrainConfig,
} from '../ml/hyperparameters';

/** What the form holds: a number input is null while empty; a link may hold any text. */
export type FormValue = number | string | boolean | null;
export type FormValues = Record<keyof TrainConfig, FormValue>;

export function formFromConfig(config: TrainConfig): FormValues {
  return { ...config };
}

/** The fields shown for the chosen model (and penalty): the ones its run logs as params. */
export function visibleFields(values: FormValues): ConfigField[] {
  const probe = { ...DEFAULT_CONFIG, ...values } as TrainConfig;
  return CONFIG_FIELDS.filter((field) => FIELD_SPECS[field].appliesTo(probe));
}

/** The fields the Train form folds away: optimizer details, early stopping, the data, the seed. */
export const ADVANCED_FIELDS: readonly ConfigField[] = [
  'optimizer',
  'batch_size',
  'patience',
  'standardize',
  'test_size',
  'seed',
];

/** Whether a folded field differs from its default (a link set it, or it holds a bad value). */
export function advancedInUse(values: FormValues): boolean {
  return ADVANCED_FIELDS.some((field) => values[field] !== DEFAULT_CONFIG[field]);
}

/** Checks the form; fields hidden for this model take their defaults, since they are not used. */
export function checkForm(values: FormValues): ConfigCheck {
  const visible = new Set(visibleFields(values));
  const candidate = Object.fromEntries(
    (['model', ...CONFIG_FIELDS] as const).map((field) => [
      field,
      field === 'model' || visible.has(field) ? values[field] : DEFAULT_CONFIG[field],
    ]),
  ) as Record<keyof TrainConfig, unknown>;
  return checkConfig(candidate);
}

function parseValue(field: keyof TrainConfig, text: string): FormValue {
  if (field === 'model') return text;
  const spec = FIELD_SPECS[field];
  if (spec.kind === 'number') return text.trim() === '' ? null : Number(text);
  if (spec.kind === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  return text;
}

/** Form values from a hash query; fields it does not name keep `base`'s values. */
export function formFromQuery(query: string, base: TrainConfig = DEFAULT_CONFIG): FormValues {
  const values = formFromConfig(base);
  for (const [key, text] of new URLSearchParams(query)) {
    if (key === 'model' || key in FIELD_SPECS) {
      values[key as keyof TrainConfig] = parseValue(key as keyof TrainConfig, text);
    }
  }
  return values;
}

/** The hash query of a form: the model and the fields that apply to it. */
export function queryFromForm(values: FormValues): string {
  const query = new URLSearchParams({ model: String(values.model) });
  for (const field of visibleFields(values)) query.set(field, String(values[field] ?? ''));
  return query.toString();
}
