// Decides whether a run matches a parsed filter, with MLflow's semantics: metrics compare
// as numbers; params, tags, attributes and datasets as strings (params and tags as numbers
// when the filter gives a number); LIKE with % and _, ILIKE ignoring case; IS NULL when the
// run lacks the param or tag; a run lacking the field never matches a comparison.
import { SearchValueError, type Expression, type Field, type Operator, type Value } from './ast';
import type { DATASET_KEYS } from './mlflow-rules';

// The public names the search module always had here: the check lives with MLflow's rules.
export { SearchValueError } from './ast';
export { ATTRIBUTES, checkExpression } from './mlflow-rules';

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

/** A record's own value under `key` (a key such as `constructor` is no inherited function). */
function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function valuesOf(run: SearchableRun, field: Field): (string | number)[] {
  switch (field.entity) {
    case 'metrics':
    case 'params':
    case 'tags':
    case 'attributes': {
      const v = ownValue<string | number | null>(run[field.entity], field.key);
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
  // Only params and tags hold text that a number may be compared with (the rules refuse
  // numbers for text attributes and datasets).
  const byNumber = numeric(value);
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
    case 'is-null':
      return (valuesOf(run, expression.field).length === 0) !== expression.negated;
  }
}
