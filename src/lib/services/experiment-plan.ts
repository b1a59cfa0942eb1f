// Planning an A/B test before running it: how many users each arm needs to detect a given
// lift in accuracy (power analysis), what lift a given number of users can detect, and a
// demonstration, on simulated A/A tests, of what peeking at a naive p-value does.
import { simulatePeeking, type PeekingOutcome } from '../stats/peeking';
import { minimumDetectableEffect, sampleSizePerArm } from '../stats/proportions';

export interface PlanForm {
  /** Accuracy of the control (0 to 1). */
  baseline: number;
  /** The smallest lift worth detecting, absolute (0 to 1). */
  effect: number;
  alpha: number;
  power: number;
  /** Users per arm available, for the detectable lift. */
  users_per_arm: number;
}

export interface Plan {
  /** Users per arm needed; null when baseline + effect leaves [0, 1]. */
  users_per_arm: number | null;
  /** Smallest detectable lift with `users_per_arm` users per arm; null when none is. */
  detectable_effect: number | null;
}

export function planExperiment(form: PlanForm): Plan {
  const valid = (x: number) => (Number.isFinite(x) ? x : null);
  const fits = form.effect > 0 && form.baseline + form.effect < 1 && form.baseline > 0;
  return {
    users_per_arm: fits
      ? valid(sampleSizePerArm(form.baseline, form.effect, form.alpha, form.power))
      : null,
    detectable_effect:
      form.baseline > 0 && form.baseline < 1 && form.users_per_arm > 1
        ? valid(minimumDetectableEffect(form.baseline, form.users_per_arm, form.alpha, form.power))
        : null,
  };
}

/** 200 A/A tests (no real difference) of 2,000 users per arm, each looked at 20 times. */
export function peekingDemo(form: PlanForm, seed: number): PeekingOutcome {
  return simulatePeeking({
    experiments: 200,
    usersPerArm: 2000,
    looks: 20,
    rate: form.baseline,
    alpha: form.alpha,
    seed,
  });
}
