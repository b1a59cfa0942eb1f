// Decides whether a run matches a parsed filter, with MLflow's semantics: metrics compare
// as numbers; params, tags, attributes and datasets as strings (or as numbers when the
// filter gives a number); LIKE with % and _, ILIKE ignoring case; a run lacking the field
// never matches.
import type { Expression, Field, Operator, Value } from './ast';

export interface SearchableRun {
  readonly run_id: string;
  readonly attributes: Readonly<Record<string, string | number | null>>;
  readonly metrics: Readonly<Record<string, number>>;
  readonly params: Readonly<Record<string, string>>;
  readonly tags: Readonly<Record<string, string>>;
  readonly datasets: readonly {
    readonly name: string;
    readonly digest: string;
    readonly context: string;
  }[];
}

export const ATTRIBUTES = [
  'run_id',
  'run_name',
  'status',
  'experiment_id',
  'start_time',
  'end_time',
  'lifecycle_stage',
] as const;
const NUMERIC_ATTRIBUTES = new Set(['start_time', 'end_time']);
const DATASET_KEYS = ['name', 'digest', 'context'] as const;

/** A filter that parses but cannot be applied (a wrong type, an unknown attribute). */
export class SearchValueError extends Error {}

function like(pattern: string, ignoreCase: boolean): RegExp {
  const source = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/%/g, '.*')
    .replace(/_/g, '.');
  return new RegExp(`^${source}$`, ignoreCase ? 'is' : 's');
}

function compare(
  actual: string | number,
  op: Operator,
  expected: Value | readonly Value[],
): boolean {
  if (op === 'IN' || op === 'NOT IN') {
    const found = (expected as readonly Value[]).some((v) => v === actual);
    return op === 'IN' ? found : !found;
  }
  const value = expected as Value;
  switch (op) {
    case '=':
      return actual === value;
    case '!=':
      return actual !== value;
    case '>':
      return actual > value;
    case '>=':
      return actual >= value;
    case '<':
      return actual < value;
    case '<=':
      return actual <= value;
    case 'LIKE':
    case 'ILIKE':
      return like(String(value), op === 'ILIKE').test(String(actual));
  }
}

const numeric = (value: Value | readonly Value[]) =>
  Array.isArray(value) ? value.every((v) => typeof v === 'number') : typeof value === 'number';

/** Checks a filter's fields and value types once, before any run is looked at. */
export function checkExpression(expression: Expression): void {
  if (expression.kind !== 'compare') {
    checkExpression(expression.left);
    checkExpression(expression.right);
    return;
  }
  const { field, op, value } = expression;
  const name = `${field.entity}.${field.key}`;
  const textOnly = op === 'LIKE' || op === 'ILIKE';
  if (field.entity === 'metrics' && (textOnly || !numeric(value))) {
    throw new SearchValueError(
      `${name} is a metric: compare it with a number (=, !=, >, >=, <, <=, IN)`,
    );
  }
  if (field.entity === 'attributes' && !(ATTRIBUTES as readonly string[]).includes(field.key)) {
    throw new SearchValueError(
      `unknown attribute '${field.key}': use one of ${ATTRIBUTES.join(', ')}`,
    );
  }
  if (field.entity === 'datasets' && !(DATASET_KEYS as readonly string[]).includes(field.key)) {
    throw new SearchValueError(`unknown dataset field '${field.key}': use name, digest or context`);
  }
  if (textOnly && typeof value !== 'string')
    throw new SearchValueError(`${op} needs a quoted pattern for ${name}`);
}

function valuesOf(run: SearchableRun, field: Field): (string | number)[] {
  switch (field.entity) {
    case 'metrics': {
      const v = run.metrics[field.key];
      return v === undefined ? [] : [v];
    }
    case 'params':
    case 'tags': {
      const v = run[field.entity][field.key];
      return v === undefined ? [] : [v];
    }
    case 'attributes': {
      const v = run.attributes[field.key];
      return v === undefined || v === null ? [] : [v];
    }
    case 'datasets':
      return run.datasets.map((d) => d[field.key as (typeof DATASET_KEYS)[number]]);
  }
}

function matchesComparison(
  run: SearchableRun,
  expression: Extract<Expression, { kind: 'compare' }>,
): boolean {
  const { field, op, value } = expression;
  const byNumber =
    numeric(value) && !NUMERIC_ATTRIBUTES.has(field.key) && field.entity !== 'metrics';
  return valuesOf(run, field).some((actual) => {
    if (byNumber && typeof actual === 'string') {
      const asNumber = actual.trim() === '' ? Number.NaN : Number(actual);
      if (Number.isNaN(asNumber)) {
        throw new SearchValueError(
          `${field.entity}.${field.key} is '${actual}' in run ${run.run_id}, not a number: compare it with a quoted string`,
        );
      }
      return compare(asNumber, op, value);
    }
    return compare(actual, op, value);
  });
}

export function matches(run: SearchableRun, expression: Expression | null): boolean {
  if (!expression) return true;
  switch (expression.kind) {
    case 'and':
      return matches(run, expression.left) && matches(run, expression.right);
    case 'or':
      return matches(run, expression.left) || matches(run, expression.right);
    case 'compare':
      return matchesComparison(run, expression);
  }
}
