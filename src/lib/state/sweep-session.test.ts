import { describe, expect, it } from 'vitest';
import { listChildRuns } from '../db/run-queries';
import { getRunDetails } from '../db/run-queries';
import { listModelVersions } from '../db/models';
import { trainInProcess } from '../api/testing';
import { DEFAULT_CONFIG } from '../ml/hyperparameters';
import { parseSweptField, planSweep } from '../ml/sweep-plan';
import { SweepSession } from './sweep-session.svelte';

const spec = {
  method: 'grid' as const,
  fields: [parseSweptField('learning_rate', '0.001, 0.05, 0.2')],
  trials: 0,
  seed: 3,
};

describe('a sweep', () => {
  it('runs each trial as a child run and marks the best one on both runs', async () => {
    const plan = planSweep({ ...DEFAULT_CONFIG, model: 'softmax', epochs: 20 }, spec);
    if (!plan.ok) throw new Error('plan failed');
    const session = new SweepSession(trainInProcess);
    await session.run(plan.trials, spec, 'val_log_loss');
    expect(session.phase).toBe('finished');
    const parentId = session.parent?.run_id ?? '';
    const children = await listChildRuns(parentId);
    expect(children.map((c) => c.status)).toEqual(['FINISHED', 'FINISHED', 'FINISHED']);
    const details = await Promise.all(children.map((c) => getRunDetails(c.run_id)));
    const losses = details.map((d) => d?.metrics['val_log_loss'] ?? Infinity);
    const bestIndex = losses.indexOf(Math.min(...losses));
    const parent = await getRunDetails(parentId);
    expect(parent?.info.status).toBe('FINISHED');
    expect(parent?.tags['best_run_id']).toBe(children[bestIndex]?.run_id);
    expect(parent?.metrics['best_val_log_loss']).toBe(losses[bestIndex]);
    expect(details[bestIndex]?.tags['best_child']).toBe('true');
    expect(details[0]?.tags['mlflow.parentRunId']).toBe(parentId);
    expect(details.map((d) => d?.params['learning_rate'])).toEqual(['0.001', '0.05', '0.2']);
    // Trials log their models without filling the registry.
    expect(await listModelVersions('iris')).toEqual([]);
  });

  it('ends the running trial and the parent KILLED when cancelled', async () => {
    const plan = planSweep({ ...DEFAULT_CONFIG, epochs: 1000 }, spec);
    if (!plan.ok) throw new Error('plan failed');
    const session = new SweepSession(trainInProcess);
    const running = session.run(plan.trials, spec, 'val_accuracy');
    await new Promise((resolve) => setTimeout(resolve, 300));
    session.cancel();
    await running;
    expect(session.phase).toBe('cancelled');
    const parent = await getRunDetails(session.parent?.run_id ?? '');
    expect(parent?.info.status).toBe('KILLED');
    const children = await listChildRuns(session.parent?.run_id ?? '');
    expect(children.map((c) => c.status)).toEqual(['KILLED']);
  });
});
