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

export type Expression =
  | {
      readonly kind: 'compare';
      readonly field: Field;
      readonly op: Operator;
      readonly value: Value | readonly Value[];
    }
  | { readonly kind: 'and' | 'or'; readonly left: Expression; readonly right: Expression };

export class SearchSyntaxError extends Error {
  constructor(
    message: string,
    /** Zero-based character offset in the filter where the problem is. */
    readonly position: number,
  ) {
    super(`${message} (at position ${position})`);
  }
}
