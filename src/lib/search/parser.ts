// Parses a run filter into an expression: comparisons of `entity.key` with a value,
// joined by AND and OR (AND binds tighter), grouped with parentheses. Errors name the
// position where the filter stops making sense.
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

/** MLflow also accepts the singular forms. */
const ENTITY_NAMES: Record<string, Entity> = {
  metric: 'metrics',
  param: 'params',
  tag: 'tags',
  attribute: 'attributes',
  attr: 'attributes',
  run: 'attributes',
  dataset: 'datasets',
  ...Object.fromEntries(ENTITIES.map((e) => [e, e])),
};

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
      return inner;
    }
    const field = this.field();
    const op = this.operator();
    const value = op === 'IN' || op === 'NOT IN' ? this.list() : this.value();
    return { kind: 'compare', field, op, value };
  }

  private field(): Field {
    const entityToken = this.next('a field such as metrics.accuracy');
    const entity =
      entityToken.type === 'word' ? ENTITY_NAMES[entityToken.text.toLowerCase()] : undefined;
    if (!entity) {
      throw new SearchSyntaxError(
        'expected a field such as metrics.accuracy, params.model, tags.owner, attributes.status or datasets.digest',
        entityToken.at,
      );
    }
    const dot = this.next("'.'");
    if (dot.type !== 'punct' || dot.text !== '.')
      throw new SearchSyntaxError(`expected '.' after ${entity}`, dot.at);
    const key = this.next('a key');
    if (key.type === 'word' || key.type === 'quoted-key') return { entity, key: key.text };
    if (key.type === 'string') return { entity, key: key.text };
    throw new SearchSyntaxError('expected a key (use backticks for odd keys)', key.at);
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
      'expected a comparison: = != > >= < <= LIKE ILIKE IN NOT IN',
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
