// The Predict page's form and the API's body: the body each of the four forms sends, and
// back from a 422, the measurement field that each validation error's `loc` points at.
import { FEATURE_NAMES } from '../data/iris-schema';
import type { PredictBody } from '../api/schemas/predict';

export const BODY_FORMS = ['features', 'named', 'instances', 'dataframe_split'] as const;
export type BodyForm = (typeof BODY_FORMS)[number];
export type FeatureField = (typeof FEATURE_NAMES)[number];

export function bodyFor(form: BodyForm, row: readonly number[]): PredictBody {
  const values = [...row];
  switch (form) {
    case 'features':
      return { features: values };
    case 'instances':
      return { instances: [values] };
    case 'dataframe_split':
      return { dataframe_split: { columns: [...FEATURE_NAMES], data: [values] } };
    case 'named':
      return Object.fromEntries(
        FEATURE_NAMES.map((name, i) => [name, values[i] ?? Number.NaN]),
      ) as PredictBody;
  }
}

const isFeature = (key: unknown): key is FeatureField =>
  (FEATURE_NAMES as readonly unknown[]).includes(key);

/**
 * The field a validation error's `loc` names: `["body", "petal_width"]`, or a column of the
 * one row, `["body", "features", 3]`, `["body", "instances", 0, 3]` or
 * `["body", "dataframe_split", "data", 0, 3]` (the form sends the columns in model order).
 * Null for anything else: the query, the body as a whole, a list's length.
 */
export function fieldOfLoc(loc: readonly unknown[]): FeatureField | null {
  const [where, key, ...rest] = loc;
  if (where !== 'body') return null;
  if (isFeature(key) && rest.length === 0) return key;
  const column =
    key === 'features' && rest.length === 1
      ? rest[0]
      : key === 'instances' && rest.length === 2
        ? rest[1]
        : key === 'dataframe_split' && rest[0] === 'data' && rest.length === 3
          ? rest[2]
          : undefined;
  return typeof column === 'number' ? (FEATURE_NAMES[column] ?? null) : null;
}

export interface Rejection {
  /** The API's message for each field it rejected. */
  fields: Partial<Record<FeatureField, string>>;
  /** What it said about anything else, as `loc: msg`. */
  other: string[];
}

export const NO_REJECTION: Rejection = { fields: {}, other: [] };

/** What a 422's body says about the form; nothing for any other answer. */
export function rejectionOf(status: number, body: string): Rejection {
  if (status !== 422) return NO_REJECTION;
  let detail: unknown;
  try {
    detail = (JSON.parse(body) as { detail?: unknown }).detail;
  } catch {
    return NO_REJECTION;
  }
  const rejection: Rejection = { fields: {}, other: [] };
  const issues = Array.isArray(detail)
    ? (detail as ({ loc?: unknown; msg?: unknown } | null)[])
    : [];
  for (const issue of issues) {
    const loc = Array.isArray(issue?.loc) ? (issue.loc as unknown[]) : [];
    const msg = typeof issue?.msg === 'string' ? issue.msg : '';
    const field = fieldOfLoc(loc);
    if (field === null) rejection.other.push(`${loc.join('.')}: ${msg}`);
    else rejection.fields[field] = [rejection.fields[field], msg].filter(Boolean).join('; ');
  }
  return rejection;
}
