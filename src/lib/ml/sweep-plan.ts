// A sweep's trials, planned before any training: a grid (every combination of the listed
// values) or a random search (seeded draws from ranges, log-uniform where asked). Pure:
// no tfjs here, so that the page can check a plan as the user types it.
import { seededRandom } from '../data/random';
import {
  checkConfig,
  FIELD_SPECS,
  type ConfigField,
  type FieldProblem,
  type TrainConfig,
} from './hyperparameters';

export const SWEEP_METHODS = ['grid', 'random'] as const;
export type SweepMethod = (typeof SWEEP_METHODS)[number];
export const MAX_TRIALS = 200;

/** One swept field: listed values (grid, or random picks), or a numeric range (random). */
export type SweptField =
  | { readonly field: ConfigField; readonly values: readonly (string | number | boolean)[] }
  | {
      readonly field: ConfigField;
      readonly min: number;
      readonly max: number;
      readonly log?: boolean;
    };

export interface SweepSpec {
  readonly method: SweepMethod;
  readonly fields: readonly SweptField[];
  /** How many trials a random search draws (a grid has as many as its combinations). */
  readonly trials: number;
  readonly seed: number;
}

export type SweepPlan =
  | { readonly ok: true; readonly trials: readonly TrainConfig[] }
  | { readonly ok: false; readonly problem: SweepProblem };

export type SweepProblem =
  | { readonly kind: 'no_fields' }
  | { readonly kind: 'too_many'; readonly count: number; readonly max: number }
  | { readonly kind: 'range_in_grid'; readonly field: ConfigField }
  | { readonly kind: 'empty'; readonly field: ConfigField }
  | { readonly kind: 'bad_value'; readonly field: ConfigField; readonly problem: FieldProblem };

function combinations(lists: readonly (readonly (string | number | boolean)[])[]) {
  return lists.reduce<(string | number | boolean)[][]>(
    (acc, values) => acc.flatMap((prefix) => values.map((v) => [...prefix, v])),
    [[]],
  );
}

function draw(swept: SweptField, random: () => number): string | number | boolean {
  if ('values' in swept) return swept.values[Math.floor(random() * swept.values.length)] ?? '';
  const spec = FIELD_SPECS[swept.field];
  const u = random();
  const value =
    swept.log && swept.min > 0
      ? Math.exp(Math.log(swept.min) + u * (Math.log(swept.max) - Math.log(swept.min)))
      : swept.min + u * (swept.max - swept.min);
  if (spec.kind === 'number' && spec.integer) return Math.round(value);
  return Number(value.toPrecision(4));
}

/** The trials of a sweep over `base`, each one checked as the Train form checks a setup. */
export function planSweep(base: TrainConfig, spec: SweepSpec): SweepPlan {
  if (spec.fields.length === 0) return { ok: false, problem: { kind: 'no_fields' } };
  const empty = spec.fields.find((f) => 'values' in f && f.values.length === 0);
  if (empty) return { ok: false, problem: { kind: 'empty', field: empty.field } };
  let assignments: (string | number | boolean)[][];
  if (spec.method === 'grid') {
    const lists: (readonly (string | number | boolean)[])[] = [];
    for (const swept of spec.fields) {
      if (!('values' in swept))
        return { ok: false, problem: { kind: 'range_in_grid', field: swept.field } };
      lists.push(swept.values);
    }
    const count = lists.reduce((n, l) => n * l.length, 1);
    if (count > MAX_TRIALS)
      return { ok: false, problem: { kind: 'too_many', count, max: MAX_TRIALS } };
    assignments = combinations(lists);
  } else {
    if (spec.trials > MAX_TRIALS) {
      return { ok: false, problem: { kind: 'too_many', count: spec.trials, max: MAX_TRIALS } };
    }
    const random = seededRandom(spec.seed);
    assignments = Array.from({ length: spec.trials }, () =>
      spec.fields.map((f) => draw(f, random)),
    );
  }
  const trials: TrainConfig[] = [];
  for (const values of assignments) {
    const candidate: Record<string, unknown> = { ...base };
    spec.fields.forEach((swept, i) => (candidate[swept.field] = values[i]));
    const check = checkConfig(candidate);
    if (!check.ok) {
      const [field, problem] = Object.entries(check.problems)[0] ?? [];
      return {
        ok: false,
        problem: {
          kind: 'bad_value',
          field: field as ConfigField,
          problem: problem as FieldProblem,
        },
      };
    }
    trials.push(check.config);
  }
  return { ok: true, trials };
}

/**
 * One swept field from what the user typed: "0.01, 0.1, 1" or "relu, tanh" lists values;
 * "0.001..0.1" is a range (random search only), log-uniform when `log` is set.
 */
export function parseSweptField(field: ConfigField, text: string, log = false): SweptField {
  const range = /^\s*(-?[\d.eE+-]+)\s*\.\.\s*(-?[\d.eE+-]+)\s*$/.exec(text);
  if (range) {
    const [min, max] = [Number(range[1]), Number(range[2])];
    return { field, min: Math.min(min, max), max: Math.max(min, max), log };
  }
  const spec = FIELD_SPECS[field];
  const values = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      if (spec.kind === 'number') return Number(part);
      if (spec.kind === 'boolean') return part === 'true' ? true : part === 'false' ? false : part;
      return part;
    });
  return { field, values };
}
