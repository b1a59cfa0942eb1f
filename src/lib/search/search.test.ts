import { describe, expect, it } from 'vitest';
import { SearchSyntaxError } from './ast';
import { checkExpression, matches, SearchValueError, type SearchableRun } from './evaluate';
import { parseOrderBy, sortRuns } from './order';
import { parseFilter } from './parser';

const run = (id: string, over: Partial<SearchableRun> = {}): SearchableRun => ({
  run_id: id,
  attributes: {
    run_id: id,
    run_name: `run-${id}`,
    status: 'FINISHED',
    experiment_id: '0',
    start_time: 1000,
    end_time: 2000,
    lifecycle_stage: 'active',
  },
  metrics: {},
  params: {},
  tags: {},
  datasets: [{ name: 'iris', digest: 'abc123', context: 'training' }],
  ...over,
});

const runs = [
  run('a', {
    metrics: { accuracy: 0.97, loss: 0.1 },
    params: { model: 'mlp', epochs: '100' },
    tags: { owner: 'Ana' },
  }),
  run('b', {
    metrics: { accuracy: 0.9 },
    params: { model: 'softmax', epochs: '20' },
    tags: { owner: 'bo' },
  }),
  run('c', {
    params: { model: 'mlp', epochs: 'many' },
    attributes: { ...run('c').attributes, status: 'FAILED' },
  }),
];

const ids = (filter: string) => {
  const expression = parseFilter(filter);
  if (expression) checkExpression(expression);
  return runs.filter((r) => matches(r, expression)).map((r) => r.run_id);
};

describe('parseFilter and matches', () => {
  it('compares metrics as numbers and params and tags as strings', () => {
    expect(ids('metrics.accuracy > 0.95')).toEqual(['a']);
    expect(ids('metrics.accuracy >= 0.9 AND params.model = "mlp"')).toEqual(['a']);
    expect(ids("params.model = 'mlp'")).toEqual(['a', 'c']);
    expect(ids("params.model != 'mlp'")).toEqual(['b']);
    expect(ids('metrics.loss < 1')).toEqual(['a']);
  });

  it('supports OR, parentheses (AND binds tighter), IN and NOT IN on any field', () => {
    expect(ids("params.model = 'softmax' OR metrics.accuracy > 0.95")).toEqual(['a', 'b']);
    expect(
      ids("(params.model = 'softmax' OR params.model = 'mlp') AND attributes.status = 'FINISHED'"),
    ).toEqual(['a', 'b']);
    expect(
      ids("params.model = 'softmax' OR params.model = 'mlp' AND attributes.status = 'FINISHED'"),
    ).toEqual(['a', 'b']);
    expect(ids("attributes.status IN ('FAILED', 'KILLED')")).toEqual(['c']);
    expect(ids("tags.owner NOT IN ('bo')")).toEqual(['a']);
    expect(ids('metrics.accuracy IN (0.9, 0.97)')).toEqual(['a', 'b']);
  });

  it('has LIKE with % and _, ILIKE ignoring case, and reads odd keys in backticks', () => {
    expect(ids("tags.owner LIKE 'A%'")).toEqual(['a']);
    expect(ids("tags.owner ILIKE 'a%'")).toEqual(['a']);
    expect(ids("attributes.run_name LIKE 'run-_'")).toEqual(['a', 'b', 'c']);
    expect(ids("datasets.digest LIKE 'abc%'")).toEqual(['a', 'b', 'c']);
    expect(ids('metrics.`accuracy` > 0.95')).toEqual(['a']);
    expect(ids('metric.accuracy > 0.95 and param.model = "mlp"')).toEqual(['a']);
    expect(ids('attributes.start_time >= 1000')).toEqual(['a', 'b', 'c']);
  });

  it('compares a param with a number numerically, and says which run holds a non-number', () => {
    expect(() => ids('params.epochs > 50')).toThrow(
      new SearchValueError(
        "params.epochs is 'many' in run c, not a number: compare it with a quoted string",
      ),
    );
    expect(
      runs
        .slice(0, 2)
        .filter((r) => matches(r, parseFilter('params.epochs > 50')))
        .map((r) => r.run_id),
    ).toEqual(['a']);
  });

  it('leaves out runs that lack the field, whatever the operator', () => {
    expect(ids('metrics.loss != 5')).toEqual(['a']);
    expect(ids("tags.owner NOT IN ('x')")).toEqual(['a', 'b']);
    expect(ids('')).toEqual(['a', 'b', 'c']);
  });

  it('points at the position of a syntax error', () => {
    const error = (filter: string) => {
      try {
        parseFilter(filter);
      } catch (e) {
        return e as SearchSyntaxError;
      }
      throw new Error('parsed');
    };
    expect(error('metrics.accuracy >').position).toBe(18);
    expect(error('metrics.accuracy >').message).toMatch(
      /expected a value, but the filter ended \(at position 18\)/,
    );
    expect(error('metrix.accuracy > 1').position).toBe(0);
    expect(error('metrics.accuracy ~ 1').position).toBe(17);
    expect(error("params.model = 'mlp").position).toBe(15);
    expect(error('(metrics.a > 1').position).toBe(14);
    expect(error('metrics.a > 1 metrics.b > 2').position).toBe(14);
    expect(error("params.model IN ('a' 'b')").position).toBe(21);
  });

  it('rejects filters that parse but cannot apply', () => {
    expect(() => checkExpression(parseFilter("metrics.accuracy = 'high'")!)).toThrow(
      /is a metric: compare it with a number/,
    );
    expect(() => checkExpression(parseFilter("attributes.colour = 'red'")!)).toThrow(
      /unknown attribute 'colour'/,
    );
    expect(() => checkExpression(parseFilter('tags.owner LIKE 5')!)).toThrow(
      /LIKE needs a quoted pattern/,
    );
  });
});

describe('order_by', () => {
  it('sorts by several keys, ASC or DESC, with missing values last', () => {
    const sorted = (clauses: string[]) =>
      sortRuns(runs, parseOrderBy(clauses)).map((r) => r.run_id);
    expect(sorted(['metrics.accuracy DESC'])).toEqual(['a', 'b', 'c']);
    expect(sorted(['metrics.accuracy'])).toEqual(['b', 'a', 'c']);
    // mlp before softmax; among the mlp runs, FINISHED before FAILED (descending).
    expect(sorted(['params.model ASC', 'attributes.status DESC'])).toEqual(['a', 'c', 'b']);
    expect(() => parseOrderBy(['accuracy DESC'])).toThrow(SearchSyntaxError);
  });
});
