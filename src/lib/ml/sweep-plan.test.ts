import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from './hyperparameters';
import { parseSweptField, planSweep } from './sweep-plan';

describe('planSweep', () => {
  it('crosses every listed value in a grid', () => {
    const plan = planSweep(DEFAULT_CONFIG, {
      method: 'grid',
      fields: [
        parseSweptField('learning_rate', '0.01, 0.1'),
        parseSweptField('activation', 'relu, tanh, sigmoid'),
      ],
      trials: 0,
      seed: 1,
    });
    expect(plan.ok && plan.trials.map((t) => [t.learning_rate, t.activation])).toEqual([
      [0.01, 'relu'],
      [0.01, 'tanh'],
      [0.01, 'sigmoid'],
      [0.1, 'relu'],
      [0.1, 'tanh'],
      [0.1, 'sigmoid'],
    ]);
  });

  it('draws a random search from its seed, within the ranges, whole where the field is', () => {
    const spec = {
      method: 'random' as const,
      fields: [
        parseSweptField('learning_rate', '0.001..0.3', true),
        parseSweptField('hidden_units', '2..64'),
      ],
      trials: 25,
      seed: 7,
    };
    const a = planSweep(DEFAULT_CONFIG, spec);
    const b = planSweep(DEFAULT_CONFIG, spec);
    expect(a).toEqual(b);
    if (!a.ok) throw new Error('plan failed');
    expect(a.trials).toHaveLength(25);
    for (const trial of a.trials) {
      expect(trial.learning_rate).toBeGreaterThanOrEqual(0.001);
      expect(trial.learning_rate).toBeLessThanOrEqual(0.3);
      expect(Number.isInteger(trial.hidden_units)).toBe(true);
    }
    // Log-uniform: about half the draws fall below the geometric middle (~0.017).
    const low = a.trials.filter((t) => t.learning_rate < Math.sqrt(0.001 * 0.3)).length;
    expect(low).toBeGreaterThan(5);
    expect(planSweep(DEFAULT_CONFIG, { ...spec, seed: 8 })).not.toEqual(a);
  });

  it('refuses a value the Train form would refuse, a range in a grid, and too many trials', () => {
    const grid = (text: string) =>
      planSweep(DEFAULT_CONFIG, {
        method: 'grid',
        fields: [parseSweptField('epochs', text)],
        trials: 0,
        seed: 1,
      });
    expect(grid('10, 0')).toEqual({
      ok: false,
      problem: {
        kind: 'bad_value',
        field: 'epochs',
        problem: { kind: 'out_of_range', min: 1, max: 1000 },
      },
    });
    expect(grid('10..20')).toEqual({
      ok: false,
      problem: { kind: 'range_in_grid', field: 'epochs' },
    });
    expect(grid('')).toEqual({ ok: false, problem: { kind: 'empty', field: 'epochs' } });
    const huge = planSweep(DEFAULT_CONFIG, {
      method: 'grid',
      fields: [
        parseSweptField('epochs', Array.from({ length: 20 }, (_, i) => i + 1).join(',')),
        parseSweptField('hidden_units', Array.from({ length: 20 }, (_, i) => i + 1).join(',')),
      ],
      trials: 0,
      seed: 1,
    });
    expect(huge).toEqual({ ok: false, problem: { kind: 'too_many', count: 400, max: 200 } });
  });
});
