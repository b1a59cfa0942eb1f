import { describe, expect, it } from 'vitest';
import { peekingDemo, planExperiment, type PlanForm } from './experiment-plan';

const form: PlanForm = { baseline: 0.9, effect: 0.03, alpha: 0.05, power: 0.8, users_per_arm: 0 };

describe('planning an A/B test', () => {
  it('answers users per arm, and the lift those users can find is the lift asked for', () => {
    const plan = planExperiment(form);
    // 90% → 93%, α 5%, power 80%: the textbook formula, worked by hand in Python, gives 1,355.4.
    expect(plan.users_per_arm).toBe(1356);
    const back = planExperiment({ ...form, users_per_arm: plan.users_per_arm ?? 0 });
    expect(back.detectable_effect).toBeCloseTo(0.03, 3);
  });

  it('refuses a lift past 100% and says when too few users can find nothing', () => {
    expect(planExperiment({ ...form, baseline: 0.98, effect: 0.05 }).users_per_arm).toBeNull();
    expect(planExperiment({ ...form, effect: 0 }).users_per_arm).toBeNull();
    expect(planExperiment({ ...form, users_per_arm: 3 }).detectable_effect).toBeNull();
  });

  it('shows peeking at a naive p-value finding effects that are not there, and mSPRT not', () => {
    const demo = peekingDemo(form, 1);
    expect(demo.naive_peeking).toBeGreaterThan(0.1);
    expect(demo.sequential).toBeLessThan(0.06);
    expect(demo.single_look).toBeLessThan(0.1);
    expect(peekingDemo(form, 1)).toEqual(demo);
  });
});
