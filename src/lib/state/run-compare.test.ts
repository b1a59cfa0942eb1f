import { describe, expect, it } from 'vitest';
import type { RunDetails } from '../db/run-queries';
import {
  defaultScatterAxes,
  diffRows,
  runIdsFromQuery,
  sharedMetrics,
  varyingParams,
} from './run-compare';

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

  it('starts the scatter on fields the runs differ on, never on one they share', () => {
    // learning_rate is the same for all three: the dots would sit on one another.
    expect(defaultScatterAxes(runs)).toEqual({
      x: 'params.hidden_units',
      y: 'metrics.val_accuracy',
    });
    const sameParams = [
      run('a', { learning_rate: '0.05' }, { val_accuracy: 0.9, val_loss: 0.3 }),
      run('b', { learning_rate: '0.05' }, { val_accuracy: 0.95, val_loss: 0.2 }),
    ];
    expect(defaultScatterAxes(sameParams)).toEqual({
      x: 'metrics.val_loss',
      y: 'metrics.val_accuracy',
    });
    const sameAccuracy = [
      run('a', { epochs: '10' }, { val_accuracy: 0.9, val_loss: 0.3 }),
      run('b', { epochs: '50' }, { val_accuracy: 0.9, val_loss: 0.2 }),
    ];
    expect(defaultScatterAxes(sameAccuracy)).toEqual({
      x: 'params.epochs',
      y: 'metrics.val_loss',
    });
  });
});
