// The verdict of an A/B test on a success rate, as GrowthBook's results table gives it: per
// variant its rate with an interval and, against the control, the relative lift with its
// interval and the chance to beat control; then one status with the numbers it rests on.
// The Monitor API and the Deploy page both call this, so that they say the same thing.
import { probabilityBBeatsA } from './bayes';
import { sampleRatioMismatch, sampleSizePerArm, wilsonInterval, zFor } from './proportions';

/** What one arm of the test saw. */
export interface ArmCounts {
  name: string;
  /** Units the split assigned (users when sticky, else requests): the ratio check counts these. */
  units: number;
  /** Labelled requests, and how many of them the arm answered right. */
  trials: number;
  successes: number;
}

export type SplitUnit = 'users' | 'requests';

export interface VerdictOptions {
  /** The shares the split promised, or null when it keeps none fixed (canary, bandit). */
  weights: readonly number[] | null;
  unit: SplitUnit;
  /** The smallest absolute lift in the rate worth finding (0 to 1), as the planner asks. */
  plannedLift: number;
}

/** The planner's default lift: 3 accuracy points. */
export const DEFAULT_PLANNED_LIFT = 0.03;
/** The chance to beat control that decides (GrowthBook's default). */
export const DECISION_THRESHOLD = 0.95;
/** Labelled requests each arm needs before any verdict: fewer make a lift swing with each one. */
export const MINIMUM_LABELLED = 100;

export interface VariantVerdict {
  name: string;
  units: number;
  labelled: number;
  rate: number | null;
  /** Wilson 95%. */
  rate_interval: [number, number] | null;
  /** Its rate over the control's, minus 1; null for the control or without data. */
  relative_lift: number | null;
  /** Delta-method 95% interval of the relative lift. */
  relative_lift_interval: [number, number] | null;
  /** P(its rate > the control's), Beta(1, 1) priors. */
  chance_to_beat_control: number | null;
}

export type VerdictStatus =
  'better' | 'worse' | 'not_enough_data' | 'inconclusive' | 'sample_ratio_mismatch';

export interface AbVerdict {
  status: VerdictStatus;
  control: string;
  /** The treatment that decided a better or worse status; null otherwise. */
  variant: string | null;
  /** That treatment's chance to beat control. */
  chance_to_beat_control: number | null;
  threshold: number;
  planned_lift: number;
  /** Labelled requests per variant the planned lift needs (alpha 5%, power 80%); null without a baseline. */
  needed_per_variant: number | null;
  /** How many more than the smallest arm has; 0 when every arm has enough. */
  more_per_variant: number | null;
  srm: { unit: SplitUnit; counts: number[]; p_value: number; mismatch: boolean } | null;
  variants: VariantVerdict[];
}

const rateOf = (arm: ArmCounts) => (arm.trials > 0 ? arm.successes / arm.trials : null);

/** The treatment's rate over the control's, minus 1, with a delta-method interval. */
function relativeLift(control: ArmCounts, arm: ArmCounts): [number, [number, number]] | null {
  const [pa, pb] = [rateOf(control), rateOf(arm)];
  if (pa === null || pb === null || pa === 0) return null;
  const lift = pb / pa - 1;
  const variance =
    (pb * (1 - pb)) / (arm.trials * pa * pa) +
    (pb * pb * pa * (1 - pa)) / (control.trials * pa ** 4);
  const half = zFor(0.95) * Math.sqrt(variance);
  return [lift, [lift - half, lift + half]];
}

/** Per arm for the planned lift, up from the baseline where it fits in [0, 1], else down. */
function neededPerArm(baseline: number | null, lift: number): number | null {
  if (baseline === null || !(lift > 0)) return null;
  if (baseline + lift < 1) return sampleSizePerArm(baseline, lift);
  if (baseline - lift > 0) return sampleSizePerArm(baseline, -lift);
  return null;
}

/** The first arm is the control; every other arm is compared with it. */
export function abVerdict(arms: readonly ArmCounts[], options: VerdictOptions): AbVerdict {
  const [control] = arms;
  if (!control) throw new RangeError('an A/B verdict needs at least one arm');
  const variants = arms.map((arm, i): VariantVerdict => {
    const rate = rateOf(arm);
    const compared = i > 0 && arm.trials > 0 && control.trials > 0;
    const lift = i > 0 ? relativeLift(control, arm) : null;
    return {
      name: arm.name,
      units: arm.units,
      labelled: arm.trials,
      rate,
      rate_interval: rate === null ? null : wilsonInterval(arm),
      relative_lift: lift?.[0] ?? null,
      relative_lift_interval: lift?.[1] ?? null,
      chance_to_beat_control: compared ? probabilityBBeatsA(control, arm) : null,
    };
  });
  const counts = arms.map((a) => a.units);
  const check = options.weights && sampleRatioMismatch(counts, options.weights);
  const srm = check
    ? { unit: options.unit, counts, p_value: check.p_value, mismatch: check.mismatch }
    : null;
  const needed = neededPerArm(rateOf(control), options.plannedLift);
  const fewest = Math.min(...arms.map((a) => a.trials));
  const more = Math.max(0, Math.max(MINIMUM_LABELLED, needed ?? 0) - fewest);
  const base = {
    control: control.name,
    threshold: DECISION_THRESHOLD,
    planned_lift: options.plannedLift,
    needed_per_variant: needed,
    more_per_variant: needed === null && fewest >= MINIMUM_LABELLED ? null : more,
    srm,
    variants,
  };
  const undecided = { ...base, variant: null, chance_to_beat_control: null };
  if (srm?.mismatch) return { ...undecided, status: 'sample_ratio_mismatch' };
  if (arms.length < 2 || fewest < MINIMUM_LABELLED)
    return { ...undecided, status: 'not_enough_data' };
  const treatments = variants.slice(1);
  const chance = (v: VariantVerdict) => v.chance_to_beat_control ?? 0.5;
  const best = treatments.reduce((a, b) => (chance(b) > chance(a) ? b : a));
  const worst = treatments.reduce((a, b) => (chance(b) < chance(a) ? b : a));
  if (chance(best) >= DECISION_THRESHOLD)
    return { ...base, status: 'better', variant: best.name, chance_to_beat_control: chance(best) };
  if (chance(worst) <= 1 - DECISION_THRESHOLD)
    return { ...base, status: 'worse', variant: worst.name, chance_to_beat_control: chance(worst) };
  return { ...undecided, status: more > 0 ? 'not_enough_data' : 'inconclusive' };
}
