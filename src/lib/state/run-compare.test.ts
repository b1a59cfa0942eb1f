import { describe, expect, it } from 'vitest';
import type { RunDetails } from '../db/run-queries';
import { diffRows, runIdsFromQuery, sharedMetrics, varyingParams } from './run-compare';

function run(id: string, params: Record<string, string>, metrics: Record<string, number>) {
  return {
    info: { run_id: id, run_name: id },
    params,
    metrics,
    tags: {},
    inputs: [],
  } as unknown as RunDetails;
}

describe('compare', () => {
  const runs = [
    run(
      'a',
      { model: 'mlp', learning_rate: '0.05', hidden_units: '16' },
      { val_accuracy: 0.9, loss: 1 },
    ),
    run('b', { model: 'softmax', learning_rate: '0.05', penalty: 'l2' }, { val_accuracy: 0.95 }),
    run('c', { model: 'mlp', learning_rate: '0.05', hidden_units: '8' }, { val_accuracy: 0.93 }),
  ];

  it('tells which params and metrics differ', () => {
    const rows = diffRows(runs);
    const differs = Object.fromEntries(rows.map((r) => [`${r.entity}.${r.key}`, r.differs]));
    expect(differs).toMatchObject({
      'params.model': true,
      'params.learning_rate': false,
      'params.penalty': true,
      'metrics.val_accuracy': true,
    });
  });

  it('draws axes for params that two or more runs logged with different values', () => {
    expect(varyingParams(runs)).toEqual(['hidden_units', 'model']);
    expect(sharedMetrics(runs)).toEqual(['val_accuracy']);
  });

  it('reads 2 to 50 distinct run ids from the address', () => {
    expect(runIdsFromQuery('runs=a,b,a,,c')).toEqual(['a', 'b', 'c']);
    const many = Array.from({ length: 60 }, (_, i) => `r${i}`).join(',');
    expect(runIdsFromQuery(`runs=${many}`)).toHaveLength(50);
  });
});
