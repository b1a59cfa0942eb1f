// Parses a run filter into an expression: comparisons of `entity.key` with a value, and
// IS [NOT] NULL, joined by AND and OR (AND binds tighter), grouped with parentheses. Errors
// name the position where the filter stops making sense.
import {
  ENTITIES,
  SearchSyntaxError,
  type Entity,
  type Expression,
  type Field,
  type Operator,
  type Value,
} from './ast';
import { tokenize, type Token } from './lexer';

/** MLflow's names for each entity type (lowercase only, as MLflow checks them). */
const ENTITY_NAMES: Record<string, Entity> = {
  metric: 'metrics',
  param: 'params',
  parameter: 'params',
  parameters: 'params',
  tag: 'tags',
  attribute: 'attributes',
  attr: 'attributes',
  run: 'attributes',
  dataset: 'datasets',
  ...Object.fromEntries(ENTITIES.map((e) => [e, e])),
};

/** MLflow's other names of attributes: the UI's column titles. */
const ATTRIBUTE_ALIASES: Record<string, string> = {
  created: 'start_time',
  Created: 'start_time',
  'run name': 'run_name',
  'Run name': 'run_name',
  'Run Name': 'run_name',
};

/** A table's own entry (never one of Object.prototype's, for a key such as `constructor`). */
const own = <T>(table: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

const keyword = (token: Token | undefined, word: string) =>
  token?.type === 'word' && token.text.toUpperCase() === word;

class Parser {
  #i = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly length: number,
  ) {}

  parse(): Expression {
    const expression = this.or();
    const extra = this.tokens[this.#i];
    if (extra) throw new SearchSyntaxError('expected AND, OR or the end of the filter', extra.at);
    return expression;
  }

  private peek(): Token | undefined {
    return this.tokens[this.#i];
  }

  private next(what: string): Token {
    const token = this.tokens[this.#i++];
    if (!token) throw new SearchSyntaxError(`expected ${what}, but the filter ended`, this.length);
    return token;
  }

  private or(): Expression {
    let left = this.and();
    while (keyword(this.peek(), 'OR')) {
      this.#i++;
      left = { kind: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): Expression {
    let left = this.primary();
    while (keyword(this.peek(), 'AND')) {
      this.#i++;
      left = { kind: 'and', left, right: this.primary() };
    }
    return left;
  }

  private primary(): Expression {
    const token = this.peek();
    if (token?.type === 'punct' && token.text === '(') {
      this.#i++;
      const inner = this.or();
      const close = this.next("')'");
      if (close.type !== 'punct' || close.text !== ')')
        throw new SearchSyntaxError("expected ')'", close.at);
      return { ...inner, grouped: true };
    }
    const fieldAt = this.#position();
    const field = this.field();
    const opAt = this.#position();
    if (keyword(this.peek(), 'IS')) {
      return {
        kind: 'is-null',
        field,
        negated: this.nullCheck(),
        at: { field: fieldAt, op: opAt, value: opAt },
      };
    }
    const op = this.operator();
    const valueAt = this.#position();
    const value = op === 'IN' || op === 'NOT IN' ? this.list() : this.value();
    return { kind: 'compare', field, op, value, at: { field: fieldAt, op: opAt, value: valueAt } };
  }

  /** Where the next token starts (the filter's end when there is none). */
  #position(): number {
    return this.peek()?.at ?? this.length;
  }

  private entity(token: Token): Entity {
    // MLflow allows backticks around the entity type (`metric`.a), not double quotes.
    const name =
      token.type === 'word' || (token.type === 'quoted-key' && token.quote === '`')
        ? token.text
        : undefined;
    const entity = name === undefined ? undefined : own(ENTITY_NAMES, name);
    if (entity) return entity;
    const lowercase = name === undefined ? undefined : own(ENTITY_NAMES, name.toLowerCase());
    throw new SearchSyntaxError(
      lowercase
        ? `MLflow spells entity types in lowercase: write ${lowercase}`
        : 'expected a field such as metrics.accuracy, params.model, tags.owner, attributes.status or datasets.digest',
      token.at,
    );
  }

  private field(): Field {
    const entity = this.entity(this.next('a field such as metrics.accuracy'));
    const dot = this.next("'.'");
    if (dot.type !== 'punct' || dot.text !== '.')
      throw new SearchSyntaxError(`expected '.' after ${entity}`, dot.at);
    const key = this.next('a key');
    if (key.type !== 'word' && key.type !== 'quoted-key' && key.type !== 'string')
      throw new SearchSyntaxError('expected a key (use backticks for odd keys)', key.at);
    return {
      entity,
      key: entity === 'attributes' ? (own(ATTRIBUTE_ALIASES, key.text) ?? key.text) : key.text,
    };
  }

  /** IS NULL or IS NOT NULL, after the field; true for IS NOT NULL. */
  private nullCheck(): boolean {
    this.#i++;
    const negated = keyword(this.peek(), 'NOT');
    if (negated) this.#i++;
    const word = this.next('NULL');
    if (!keyword(word, 'NULL'))
      throw new SearchSyntaxError(`expected NULL after IS${negated ? ' NOT' : ''}`, word.at);
    return negated;
  }

  private operator(): Operator {
    const token = this.next('a comparison such as = or LIKE');
    if (token.type === 'op') return token.text as Operator;
    if (token.type === 'word') {
      const word = token.text.toUpperCase();
      if (word === 'LIKE' || word === 'ILIKE' || word === 'IN') return word;
      if (word === 'NOT' && keyword(this.peek(), 'IN')) {
        this.#i++;
        return 'NOT IN';
      }
    }
    throw new SearchSyntaxError(
      'expected a comparison: = != > >= < <= LIKE ILIKE IN NOT IN IS NULL IS NOT NULL',
      token.at,
    );
  }

  private value(): Value {
    const token = this.next('a value');
    if (token.type === 'number') return token.value;
    if (token.type === 'string') return token.text;
    throw new SearchSyntaxError(
      "expected a value: a number or a quoted string such as 'mlp'",
      token.at,
    );
  }

  private list(): Value[] {
    const open = this.next("'('");
    if (open.type !== 'punct' || open.text !== '(')
      throw new SearchSyntaxError("expected '(' to start the list", open.at);
    const values = [this.value()];
    for (;;) {
      const token = this.next("',' or ')'");
      if (token.type === 'punct' && token.text === ')') return values;
      if (token.type !== 'punct' || token.text !== ',')
        throw new SearchSyntaxError("expected ',' or ')'", token.at);
      values.push(this.value());
    }
  }
}

/** Parses a filter; an empty filter matches every run (null). */
export function parseFilter(filter: string): Expression | null {
  const tokens = tokenize(filter);
  if (tokens.length === 0) return null;
  return new Parser(tokens, filter.length).parse();
}
