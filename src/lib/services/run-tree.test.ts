import { describe, expect, it } from 'vitest';
import type { RunDetails } from '../db/run-queries';
import { applyQuery, compileQuery, searchable } from '../search/run-query';
import type { RunRow } from './run-columns';
import { runTree } from './run-tree';

function run(id: string, accuracy: number, parent: string | null = null, tag = false): RunRow {
  const details: RunDetails = {
    info: {
      run_id: id,
      run_name: id,
      experiment_id: '0',
      status: 'FINISHED',
      start_time: 0,
      end_time: 1,
      lifecycle_stage: 'active',
      parent_run_id: tag ? null : parent,
      error: null,
    },
    params: { kind: parent ? 'trial' : 'sweep' },
    metrics: { acc: accuracy },
    tags: tag && parent ? { 'mlflow.parentRunId': parent } : {},
    inputs: [],
  };
  return searchable(details);
}

const RUNS = [
  run('sweep', 0.9),
  run('t1', 0.8, 'sweep'),
  run('t2', 0.95, 'sweep'),
  run('t3', 0.85, 'sweep', true),
  run('solo', 0.92),
];

/** The runs that match `filter`, sorted by accuracy, as the table lists them. */
function table(filter: string, descending: boolean, expanded: string[] = []) {
  const query = compileQuery(filter, [`metrics.acc ${descending ? 'DESC' : 'ASC'}`]);
  return runTree(applyQuery(RUNS, query), new Set(expanded)).map(
    (r) => `${'  '.repeat(r.depth)}${r.row.run_id}${r.childCount ? ` (${r.childCount})` : ''}`,
  );
}

describe('the runs table as a tree', () => {
  it('folds child runs (by column or by tag) under their parent until it is opened', () => {
    expect(table('', true)).toEqual(['solo', 'sweep (3)']);
    expect(table('', true, ['sweep'])).toEqual(['solo', 'sweep (3)', '  t2', '  t3', '  t1']);
  });

  it('sorts the top-level runs, and the children under their parent the same way', () => {
    expect(table('', false, ['sweep'])).toEqual(['sweep (3)', '  t1', '  t3', '  t2', 'solo']);
  });

  it('lists a child that matches without its parent on its own, marked detached', () => {
    const query = compileQuery("params.kind = 'trial'", ['metrics.acc DESC']);
    const rows = runTree(applyQuery(RUNS, query), new Set(['sweep']));
    expect(rows.map((r) => [r.row.run_id, r.depth, r.detached])).toEqual([
      ['t2', 0, true],
      ['t3', 0, true],
      ['t1', 0, true],
    ]);
  });

  it('counts the matching children only', () => {
    expect(table('metrics.acc > 0.86', true)).toEqual(['solo', 'sweep (1)']);
    expect(table('metrics.acc > 0.82', true, ['sweep'])).toEqual([
      'solo',
      'sweep (2)',
      '  t2',
      '  t3',
    ]);
  });

  it('opens nested levels only under opened parents', () => {
    const rows = [run('a', 1), run('b', 1, 'a'), run('c', 1, 'b')];
    const ids = (expanded: string[]) =>
      runTree(rows, new Set(expanded)).map((r) => `${r.depth}${r.row.run_id}`);
    expect(ids(['b'])).toEqual(['0a']);
    expect(ids(['a'])).toEqual(['0a', '1b']);
    expect(ids(['a', 'b'])).toEqual(['0a', '1b', '2c']);
  });

  it('shows every run of a cycle of parents once', () => {
    const rows = [run('a', 1, 'b'), run('b', 1, 'a'), run('self', 1, 'self')];
    const shown = runTree(rows, new Set(['a', 'b']));
    expect(shown.map((r) => `${r.depth}${r.row.run_id}`)).toEqual(['0self', '0a', '1b']);
  });

  it('keeps a long chain of parents off the call stack', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) =>
      run(`r${i}`, 1, i === 0 ? null : `r${i - 1}`),
    );
    const all = new Set(chain.map((r) => r.run_id));
    expect(runTree(chain, all)).toHaveLength(20_000);
    expect(runTree(chain, new Set())).toHaveLength(1);
  });
});
