// Which filters MLflow's search accepts, which of the others this playground accepts as
// documented extensions (each named, so that the app can say "MLflow would refuse this"),
// and the refusal, with the position it points at, of everything else.
import { SearchValueError, type Expression, type Positions, type Value } from './ast';

/** The extensions a filter may use, in the order the answer lists them. */
export const EXTENSIONS = [
  'OR',
  'parentheses',
  'IN on any field',
  'numeric comparison of a param',
  'numeric comparison of a tag',
  'attributes.experiment_id',
] as const;
export type Extension = (typeof EXTENSIONS)[number];

/** MLflow's searchable run attributes (RunInfo), then ours: experiment_id as an extension. */
export const ATTRIBUTES = [
  'run_id',
  'run_name',
  'status',
  'artifact_uri',
  'start_time',
  'end_time',
  'experiment_id',
] as const;
export const NUMERIC_ATTRIBUTES: ReadonlySet<string> = new Set(['start_time', 'end_time']);
export const DATASET_KEYS = ['name', 'digest', 'context'] as const;

type Condition = Extract<Expression, { kind: 'compare' | 'is-null' }>;

const ORDER_OPERATORS = new Set(['>', '>=', '<', '<=']);

function valueKind(value: Value | readonly Value[]): 'number' | 'text' | 'mixed' {
  const values: readonly Value[] = Array.isArray(value) ? value : [value as Value];
  const numbers = values.filter((v) => typeof v === 'number').length;
  if (numbers === values.length) return 'number';
  return numbers === 0 ? 'text' : 'mixed';
}

/** The extensions one condition uses; throws SearchValueError for what neither allows. */
function conditionExtensions(condition: Condition): Extension[] {
  const { field } = condition;
  const name = `${field.entity}.${field.key}`;
  const at: Positions = condition.at ?? { field: 0, op: 0, value: 0 };
  const refuse = (message: string, position: number): never => {
    throw new SearchValueError(message, condition.at ? position : null);
  };

  if (field.entity === 'attributes') {
    if (field.key === 'lifecycle_stage') {
      refuse(
        'MLflow cannot search attributes.lifecycle_stage: choose deleted runs with run_view_type (DELETED_ONLY or ALL) instead',
        at.field,
      );
    }
    if (!(ATTRIBUTES as readonly string[]).includes(field.key)) {
      refuse(`unknown attribute '${field.key}': use one of ${ATTRIBUTES.join(', ')}`, at.field);
    }
  }
  if (field.entity === 'datasets' && !(DATASET_KEYS as readonly string[]).includes(field.key)) {
    refuse(`unknown dataset field '${field.key}': use name, digest or context`, at.field);
  }
  if (condition.kind === 'is-null') {
    if (field.entity !== 'params' && field.entity !== 'tags') {
      refuse(
        `IS NULL and IS NOT NULL work on params and tags only, as in MLflow, not on ${name}`,
        at.op,
      );
    }
    return [];
  }

  const { op, value } = condition;
  const list = op === 'IN' || op === 'NOT IN';
  const kind = valueKind(value);
  if (kind === 'mixed') refuse('a list holds numbers or quoted strings, not both', at.value);
  const used: Extension[] = [];
  const numericField =
    field.entity === 'metrics' ||
    (field.entity === 'attributes' && NUMERIC_ATTRIBUTES.has(field.key));

  if (numericField) {
    if (op === 'LIKE' || op === 'ILIKE' || kind !== 'number') {
      refuse(
        field.entity === 'metrics'
          ? `${name} is a metric: compare it with a number (=, !=, >, >=, <, <=, IN)`
          : `${name} is a time in milliseconds: compare it with a number (=, !=, >, >=, <, <=, IN)`,
        op === 'LIKE' || op === 'ILIKE' ? at.op : at.value,
      );
    }
    if (list) used.push('IN on any field');
    return used;
  }

  // Text fields: params, tags, string attributes, datasets.
  if ((op === 'LIKE' || op === 'ILIKE') && kind !== 'text') {
    refuse(`${op} needs a quoted pattern for ${name}`, at.value);
  }
  const numbersAllowed = field.entity === 'params' || field.entity === 'tags';
  if (kind === 'number' && !numbersAllowed) {
    refuse(`${name} is text: quote the value, e.g. ${name} = '1'`, at.value);
  }
  if (kind === 'text' && ORDER_OPERATORS.has(op)) {
    refuse(
      numbersAllowed
        ? `${name} compares as text with =, !=, LIKE or ILIKE; to compare it as a number, write the number without quotes, e.g. ${name} ${op} 0.5`
        : `${name} compares with =, !=, LIKE, ILIKE or IN, not ${op}`,
      at.op,
    );
  }
  if (kind === 'number') {
    used.push(
      field.entity === 'params' ? 'numeric comparison of a param' : 'numeric comparison of a tag',
    );
  }
  const mlflowLists = field.entity === 'datasets' || name === 'attributes.run_id';
  if (list && !mlflowLists) used.push('IN on any field');
  if (name === 'attributes.experiment_id') used.push('attributes.experiment_id');
  return used;
}

function collect(expression: Expression, used: Set<Extension>): void {
  if (expression.grouped) used.add('parentheses');
  if (expression.kind === 'compare' || expression.kind === 'is-null') {
    for (const extension of conditionExtensions(expression)) used.add(extension);
    return;
  }
  if (expression.kind === 'or') used.add('OR');
  collect(expression.left, used);
  collect(expression.right, used);
}

/**
 * Checks a filter's fields, operators and value types once, before any run is looked at:
 * throws SearchValueError for what neither MLflow nor an extension allows, and answers the
 * extensions the filter uses (none: MLflow would run it as it is).
 */
export function checkExpression(expression: Expression): Extension[] {
  const used = new Set<Extension>();
  collect(expression, used);
  return EXTENSIONS.filter((extension) => used.has(extension));
}
