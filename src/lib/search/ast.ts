// The run search language's syntax tree (MLflow's grammar, plus OR and parentheses).

export const ENTITIES = ['metrics', 'params', 'tags', 'attributes', 'datasets'] as const;
export type Entity = (typeof ENTITIES)[number];

export const OPERATORS = [
  '=',
  '!=',
  '>',
  '>=',
  '<',
  '<=',
  'LIKE',
  'ILIKE',
  'IN',
  'NOT IN',
] as const;
export type Operator = (typeof OPERATORS)[number];

export type Value = string | number;

export interface Field {
  readonly entity: Entity;
  readonly key: string;
}

/** Where a condition's parts start in the filter, for errors that point at one of them. */
export interface Positions {
  readonly field: number;
  readonly op: number;
  /** Where the value starts (for IS NULL: where IS starts). */
  readonly value: number;
}

export type Expression = (
  | {
      readonly kind: 'compare';
      readonly field: Field;
      readonly op: Operator;
      readonly value: Value | readonly Value[];
      readonly at?: Positions;
    }
  /** `IS NULL` (`negated`: `IS NOT NULL`): whether the run lacks the param or tag. */
  | {
      readonly kind: 'is-null';
      readonly field: Field;
      readonly negated: boolean;
      readonly at?: Positions;
    }
  | { readonly kind: 'and' | 'or'; readonly left: Expression; readonly right: Expression }
) & {
  /** Written inside parentheses (which MLflow refuses). */
  readonly grouped?: boolean;
};

export class SearchSyntaxError extends Error {
  constructor(
    message: string,
    /** Zero-based character offset in the filter where the problem is. */
    readonly position: number,
  ) {
    super(`${message} (at position ${position})`);
  }
}

/** A filter that parses but cannot be applied (a wrong type, an unknown attribute). */
export class SearchValueError extends Error {
  constructor(
    message: string,
    /** Where in the filter the problem is, when it is one place of the filter. */
    readonly position: number | null = null,
  ) {
    super(position === null ? message : `${message} (at position ${position})`);
  }
}
