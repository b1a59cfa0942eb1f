import { describe, expect, it } from 'vitest';
import { checkRules, failedRules, parseRule } from './promotion-rules';

describe('checkRules', () => {
  const rules = ['val_accuracy >= 0.9', 'val_loss < 0.3', 'f1 > 0.5', 'val_accuracy > 0.95'].map(
    parseRule,
  );
  const metrics = { val_accuracy: 0.93, val_loss: 0.35 };

  it('says of every rule whether it passes and by how much either way', () => {
    const checks = checkRules(rules, metrics);
    expect(checks.map((c) => [c.rule, c.passed])).toEqual([
      ['val_accuracy >= 0.9', true],
      ['val_loss < 0.3', false],
      ['f1 > 0.5', false],
      ['val_accuracy > 0.95', false],
    ]);
    expect(checks[0]?.margin).toBeCloseTo(0.03, 12);
    // A ceiling's margin is how far below it the value is: here 0.05 above, so short by 0.05.
    expect(checks[1]?.margin).toBeCloseTo(-0.05, 12);
    expect(checks[2]).toMatchObject({ actual: null, margin: null });
    expect(checks[3]?.margin).toBeCloseTo(-0.02, 12);
  });

  it('is what failedRules reports, as distances to passing', () => {
    expect(failedRules(rules, metrics).map((f) => [f.rule, f.short_by])).toEqual([
      ['val_loss < 0.3', expect.closeTo(0.05, 12)],
      ['f1 > 0.5', null],
      ['val_accuracy > 0.95', expect.closeTo(0.02, 12)],
    ]);
    // A strict rule at its threshold fails by nothing.
    const [edge] = checkRules([parseRule('val_accuracy > 0.93')], metrics);
    expect(edge).toMatchObject({ passed: false, margin: 0 });
  });
});
