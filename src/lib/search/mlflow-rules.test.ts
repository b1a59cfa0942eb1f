import { describe, expect, it } from 'vitest';
import { SearchSyntaxError, SearchValueError } from './ast';
import { matches } from './evaluate';
import { checkExpression } from './mlflow-rules';
import { parseFilter } from './parser';
import { applyQuery, artifactUri, compileQuery, searchable, type RunLike } from './run-query';

const run = (id: string, experiment: string, over: Partial<RunLike> = {}): RunLike => ({
  info: {
    run_id: id,
    run_name: `run-${id}`,
    status: 'FINISHED',
    experiment_id: experiment,
    start_time: 1000,
    end_time: 2000,
    lifecycle_stage: 'active',
  },
  params: {},
  metrics: {},
  tags: {},
  inputs: [{ name: 'iris', digest: 'abc123', context: 'training' }],
  ...over,
});

const runs = [
  run('a', '0', {
    params: { lr: '0.1', b: 'val' },
    metrics: { a: 0.5 },
    tags: { env: 'prod', source_name: 'a notebook' },
  }),
  run('b', '0', { params: { b: 'val', model: 'LR' }, metrics: { a: 0.05 } }),
  run('c', '1', { params: { lr: '0.01', b: 'other' }, tags: { a: 'x' } }),
].map(searchable);

/** The ids of the runs a filter finds, and the extensions it uses. */
function search(filter: string): { ids: string[]; extensions: readonly string[] } {
  const query = compileQuery(filter);
  return {
    ids: applyQuery(runs, query).map((r) => r.run_id),
    extensions: query.extensions,
  };
}

/** The error a filter is refused with. */
function refusal(filter: string): SearchSyntaxError | SearchValueError {
  try {
    compileQuery(filter);
  } catch (error) {
    if (error instanceof SearchSyntaxError || error instanceof SearchValueError) return error;
    throw error;
  }
  throw new Error(`'${filter}' was accepted`);
}

describe("MLflow's forms, which use no extension", () => {
  it('finds runs that lack or have a param or tag with IS NULL and IS NOT NULL', () => {
    expect(search('tags.env IS NULL')).toEqual({ ids: ['b', 'c'], extensions: [] });
    expect(search('params.lr IS NOT NULL')).toEqual({ ids: ['a', 'c'], extensions: [] });
    expect(search("tags.a IS NULL AND params.b = 'val'")).toEqual({
      ids: ['a', 'b'],
      extensions: [],
    });
    expect(search('tags.env is not null').ids).toEqual(['a']);
  });

  it('reads entity types in backticks, singular or plural', () => {
    expect(search('`metric`.a >= 0.1')).toEqual({ ids: ['a'], extensions: [] });
    expect(search("`tags`.source_name = 'a notebook'")).toEqual({ ids: ['a'], extensions: [] });
    expect(search("`params`.model = 'LR'")).toEqual({ ids: ['b'], extensions: [] });
    expect(search("parameter.model = 'LR' AND `metrics`.`a` < 0.1").ids).toEqual(['b']);
  });

  it('searches artifact_uri, the mlflow-artifacts URI of the run', () => {
    expect(artifactUri('1', 'c')).toBe('mlflow-artifacts:/1/c/artifacts');
    expect(search("attributes.artifact_uri = 'mlflow-artifacts:/1/c/artifacts'")).toEqual({
      ids: ['c'],
      extensions: [],
    });
    expect(search("attribute.artifact_uri LIKE 'mlflow-artifacts:/0/%'").ids).toEqual(['a', 'b']);
  });

  it("takes MLflow's other attribute names and its lists on run_id and datasets", () => {
    expect(search('attributes.created >= 1000').ids).toEqual(['a', 'b', 'c']);
    expect(search("attributes.`run name` = 'run-b'").ids).toEqual(['b']);
    expect(search("attributes.run_id IN ('a', 'c')")).toEqual({ ids: ['a', 'c'], extensions: [] });
    expect(search("datasets.name NOT IN ('wine')").extensions).toEqual([]);
  });
});

describe('documented extensions, named in the order the answer lists them', () => {
  it.each([
    ["params.b = 'x' OR metrics.a > 0.1", ['OR']],
    ["(params.b = 'val')", ['parentheses']],
    ["(params.b = 'val' OR tags.env = 'prod') AND metrics.a > 0.1", ['OR', 'parentheses']],
    ["attributes.status IN ('FINISHED')", ['IN on any field']],
    ["params.b NOT IN ('val')", ['IN on any field']],
    ['metrics.a IN (0.5)', ['IN on any field']],
    ['params.lr > 0.05', ['numeric comparison of a param']],
    ['params.lr IN (0.1, 0.01)', ['IN on any field', 'numeric comparison of a param']],
    ['tags.epoch != 3 OR tags.env IS NULL', ['OR', 'numeric comparison of a tag']],
    ["attributes.experiment_id = '1'", ['attributes.experiment_id']],
  ])('%s uses %j', (filter, extensions) => {
    expect(search(filter).extensions).toEqual(extensions);
  });

  it('compares a param with a number as a number', () => {
    expect(search('params.lr > 0.05').ids).toEqual(['a']);
    expect(search('params.lr = 0.01').ids).toEqual(['c']);
  });
});

describe('what neither MLflow nor an extension allows', () => {
  it.each([
    ['attributes.lifecycle_stage = "active"', /lifecycle_stage.*run_view_type/, 0],
    ['attributes.status = 1', /attributes\.status is text: quote the value/, 20],
    ['attribute.experiment_id != 1', /attributes\.experiment_id is text/, 27],
    ['datasets.name = 5', /datasets\.name is text/, 16],
    ["attributes.start_time > 'noon'", /a time in milliseconds/, 24],
    ["metrics.a LIKE '1%'", /is a metric/, 10],
    ["`params`.model >= 'LR'", /compares as text with =, !=, LIKE or ILIKE/, 15],
    ["attributes.status < 'G'", /compares with =, !=, LIKE, ILIKE or IN, not </, 18],
    ['metrics.a IS NULL', /IS NULL and IS NOT NULL work on params and tags only/, 10],
    ["params.lr IN (0.1, 'x')", /numbers or quoted strings, not both/, 13],
  ])('%s', (filter, message, position) => {
    const error = refusal(filter);
    expect(error).toBeInstanceOf(SearchValueError);
    expect(error.message).toMatch(message);
    expect(error.position).toBe(position);
    expect(error.message).toContain(`(at position ${position})`);
  });

  it('refuses entity types that are not lowercase, in double quotes, or IS without NULL', () => {
    expect(refusal('Metrics.a > 1')).toMatchObject({
      position: 0,
      message: expect.stringMatching(/lowercase: write metrics/),
    });
    expect(refusal('"metric".a > 1')).toBeInstanceOf(SearchSyntaxError);
    expect(refusal('tags.env IS 5')).toMatchObject({
      position: 12,
      message: expect.stringMatching(/expected NULL after IS/),
    });
    expect(refusal('tags.env IS NOT')).toMatchObject({ position: 15 });
    expect(refusal("attributes.constructor = 'x'").message).toMatch(/unknown attribute/);
  });

  it('checks a filter built by hand, without positions', () => {
    const handMade = parseFilter('metrics.a > 1');
    expect(handMade && checkExpression(handMade)).toEqual([]);
    expect(() =>
      checkExpression({
        kind: 'compare',
        field: { entity: 'attributes', key: 'status' },
        op: '=',
        value: 1,
      }),
    ).toThrow(
      new SearchValueError(
        "attributes.status is text: quote the value, e.g. attributes.status = '1'",
      ),
    );
    const hasEnv = {
      kind: 'is-null',
      field: { entity: 'tags', key: 'env' },
      negated: true,
    } as const;
    expect(runs.filter((r) => matches(r, hasEnv)).map((r) => r.run_id)).toEqual(['a']);
  });
});
