// Turns zod issues into Pydantic v2's error entries (type names and messages), so that
// a 422 from this API reads exactly like one from FastAPI.
import type { core } from 'zod';
import type { ValidationIssue } from './http-error';

type Where = 'body' | 'query' | 'path';
type Key = string | number;

function valueAt(root: unknown, path: readonly Key[]): { found: boolean; value: unknown } {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !(key in current)) {
      return { found: false, value: undefined };
    }
    current = (current as Record<Key, unknown>)[key];
  }
  return { found: true, value: current };
}

const quoted = (values: readonly unknown[]) => {
  const parts = values.map((v) => `'${String(v)}'`);
  return parts.length < 2
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}`;
};

const items = (n: number) => `${n} item${n === 1 ? '' : 's'}`;

function describe(
  issue: core.$ZodIssue,
  input: unknown,
  where: Where,
): Pick<ValidationIssue, 'type' | 'msg' | 'ctx'> {
  switch (issue.code) {
    case 'invalid_type': {
      const fromText = where !== 'body' && typeof input === 'string';
      // z.int() reports a non-number as expected 'number' with an integer format.
      const integer =
        issue.expected === 'int' || ('format' in issue && String(issue.format).includes('int'));
      if (issue.expected === 'number' && !integer) {
        if (typeof input === 'number')
          return { type: 'finite_number', msg: 'Input should be a finite number' };
        return fromText
          ? {
              type: 'float_parsing',
              msg: 'Input should be a valid number, unable to parse string as a number',
            }
          : { type: 'float_type', msg: 'Input should be a valid number' };
      }
      if (integer) {
        if (fromText) {
          return {
            type: 'int_parsing',
            msg: 'Input should be a valid integer, unable to parse string as an integer',
          };
        }
        return typeof input === 'number'
          ? {
              type: 'int_from_float',
              msg: 'Input should be a valid integer, got a number with a fractional part',
            }
          : { type: 'int_type', msg: 'Input should be a valid integer' };
      }
      if (issue.expected === 'string')
        return { type: 'string_type', msg: 'Input should be a valid string' };
      if (issue.expected === 'array')
        return { type: 'list_type', msg: 'Input should be a valid list' };
      if (issue.expected === 'boolean')
        return { type: 'bool_type', msg: 'Input should be a valid boolean' };
      if (issue.expected === 'object' || issue.expected === 'record') {
        return { type: 'dict_type', msg: 'Input should be a valid dictionary' };
      }
      return { type: `${issue.expected}_type`, msg: `Input should be a valid ${issue.expected}` };
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = Number(small ? issue.minimum : issue.maximum);
      if (issue.origin === 'array' || issue.origin === 'string') {
        const what = issue.origin === 'array' ? 'List' : 'String';
        const actual = Array.isArray(input) || typeof input === 'string' ? input.length : 0;
        const unit =
          issue.origin === 'array' ? items(bound) : `${bound} character${bound === 1 ? '' : 's'}`;
        return small
          ? {
              type: issue.origin === 'array' ? 'too_short' : 'string_too_short',
              msg: `${what} should have at least ${unit} after validation, not ${actual}`,
              ctx: { min_length: bound, actual_length: actual },
            }
          : {
              type: issue.origin === 'array' ? 'too_long' : 'string_too_long',
              msg: `${what} should have at most ${unit} after validation, not ${actual}`,
              ctx: { max_length: bound, actual_length: actual },
            };
      }
      const inclusive = issue.inclusive !== false;
      const relation = `${small ? 'greater' : 'less'} than${inclusive ? ' or equal to' : ''}`;
      const type = `${small ? 'greater' : 'less'}_than${inclusive ? '_equal' : ''}`;
      const ctxKey = small ? (inclusive ? 'ge' : 'gt') : inclusive ? 'le' : 'lt';
      return { type, msg: `Input should be ${relation} ${bound}`, ctx: { [ctxKey]: bound } };
    }
    case 'invalid_value':
      return {
        type: 'literal_error',
        msg: `Input should be ${quoted(issue.values)}`,
        ctx: { expected: quoted(issue.values) },
      };
    case 'invalid_format':
      if (issue.format === 'regex' && 'pattern' in issue) {
        const pattern = String(issue.pattern).replace(/^\/|\/[a-z]*$/g, '');
        return {
          type: 'string_pattern_mismatch',
          msg: `String should match pattern '${pattern}'`,
          ctx: { pattern },
        };
      }
      return { type: 'value_error', msg: `Value error, ${issue.message}` };
    case 'custom': {
      // A schema may name the Pydantic error it stands for in the issue's params.
      const type: unknown = issue.params?.['type'];
      if (typeof type === 'string') return { type, msg: issue.message };
      return { type: 'value_error', msg: `Value error, ${issue.message}` };
    }
    default:
      return { type: 'value_error', msg: `Value error, ${issue.message}` };
  }
}

/**
 * Maps zod issues for a value found at `where` into Pydantic v2 entries: one per
 * location, unknown keys reported one by one as `extra_forbidden`, absent fields
 * as `missing`.
 */
export function toValidationIssues(
  issues: readonly core.$ZodIssue[],
  root: unknown,
  where: Where,
  prefix: readonly Key[] = [],
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const seen = new Set<string>();
  const push = (entry: ValidationIssue) => {
    const id = JSON.stringify(entry.loc);
    if (seen.has(id)) return;
    seen.add(id);
    out.push(entry);
  };
  for (const issue of issues) {
    const path = issue.path.filter((k): k is Key => typeof k !== 'symbol');
    const loc = [where, ...prefix, ...path];
    if (issue.code === 'unrecognized_keys') {
      const parent = valueAt(root, path).value as Record<string, unknown>;
      for (const key of issue.keys) {
        push({
          type: 'extra_forbidden',
          loc: [...loc, key],
          msg: 'Extra inputs are not permitted',
          input: parent[key],
        });
      }
      continue;
    }
    const { found, value } = valueAt(root, path);
    if (!found) {
      push({
        type: 'missing',
        loc,
        msg: 'Field required',
        input: valueAt(root, path.slice(0, -1)).value ?? null,
      });
      continue;
    }
    push({ ...describe(issue, value, where), loc, input: value ?? null });
  }
  return out;
}
