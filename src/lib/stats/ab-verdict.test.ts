import { describe, expect, it } from 'vitest';
import { abVerdict, DEFAULT_PLANNED_LIFT, MINIMUM_LABELLED, type ArmCounts } from './ab-verdict';
import { probabilityBBeatsA } from './bayes';
import { sampleSizePerArm } from './proportions';

const arm = (name: string, units: number, successes: number, trials: number): ArmCounts => ({
  name,
  units,
  successes,
  trials,
});
const fiftyFifty = {
  weights: [0.5, 0.5],
  unit: 'users',
  plannedLift: DEFAULT_PLANNED_LIFT,
} as const;

describe('abVerdict', () => {
  it('calls a clearly better treatment better, with its chance, lift and interval', () => {
    const control = arm('control', 1000, 350, 500);
    const treatment = arm('treatment', 1010, 470, 500);
    const verdict = abVerdict([control, treatment], fiftyFifty);
    expect(verdict).toMatchObject({ status: 'better', variant: 'treatment', control: 'control' });
    expect(verdict.chance_to_beat_control).toBeGreaterThan(0.999);
    expect(verdict.chance_to_beat_control).toBe(probabilityBBeatsA(control, treatment));
    const [, t] = verdict.variants;
    expect(t?.relative_lift).toBeCloseTo(0.94 / 0.7 - 1, 12);
    // Delta method: var = pb(1-pb)/(nb pa²) + pb² pa(1-pa)/(na pa⁴).
    const variance = (0.94 * 0.06) / (500 * 0.49) + (0.94 ** 2 * 0.7 * 0.3) / (500 * 0.7 ** 4);
    const half = 1.959963984540054 * Math.sqrt(variance);
    expect(t?.relative_lift_interval?.[0]).toBeCloseTo(0.94 / 0.7 - 1 - half, 9);
    expect(t?.relative_lift_interval?.[1]).toBeCloseTo(0.94 / 0.7 - 1 + half, 9);
    expect(verdict.variants[0]).toMatchObject({
      rate: 0.7,
      relative_lift: null,
      chance_to_beat_control: null,
    });
    expect(verdict.srm).toMatchObject({ unit: 'users', counts: [1000, 1010], mismatch: false });
  });

  it('calls the mirror image worse', () => {
    const verdict = abVerdict(
      [arm('control', 1000, 470, 500), arm('treatment', 1000, 350, 500)],
      fiftyFifty,
    );
    expect(verdict.status).toBe('worse');
    expect(verdict.chance_to_beat_control).toBeLessThan(0.001);
    expect(verdict.variants[1]?.relative_lift).toBeLessThan(0);
  });

  it('says an A/A test needs more data, and how much more for the planned lift', () => {
    const verdict = abVerdict([arm('a', 800, 380, 400), arm('b', 800, 379, 400)], fiftyFifty);
    const needed = sampleSizePerArm(0.95, 0.03);
    expect(verdict).toMatchObject({
      status: 'not_enough_data',
      variant: null,
      needed_per_variant: needed,
      more_per_variant: needed - 400,
    });
    expect(needed).toBeGreaterThan(400);
    const chance = verdict.variants[1]?.chance_to_beat_control ?? 0;
    expect(chance).toBeGreaterThan(0.05);
    expect(chance).toBeLessThan(0.95);
  });

  it('plans the lift downward when the baseline leaves no room above it', () => {
    const verdict = abVerdict([arm('a', 900, 495, 500), arm('b', 900, 494, 500)], fiftyFifty);
    expect(verdict.needed_per_variant).toBe(sampleSizePerArm(0.99, -0.03));
  });

  it('calls an A/A test with enough data for the planned lift inconclusive', () => {
    const verdict = abVerdict(
      [arm('a', 20000, 19000, 20000), arm('b', 20000, 19000, 20000)],
      fiftyFifty,
    );
    expect(verdict).toMatchObject({ status: 'inconclusive', more_per_variant: 0 });
  });

  it('distrusts a skewed split before anything else, even a clear winner', () => {
    const verdict = abVerdict(
      [arm('control', 600, 350, 500), arm('treatment', 400, 470, 500)],
      fiftyFifty,
    );
    expect(verdict.status).toBe('sample_ratio_mismatch');
    expect(verdict.variant).toBeNull();
    expect(verdict.srm?.mismatch).toBe(true);
    expect(verdict.srm?.p_value).toBeLessThan(1e-9);
    // The same counts under the weights they were promised are fine.
    expect(
      abVerdict([arm('c', 600, 350, 500), arm('t', 400, 470, 500)], {
        ...fiftyFifty,
        weights: [0.6, 0.4],
      }).status,
    ).toBe('better');
  });

  it('skips the ratio check for a split that keeps no weights fixed', () => {
    const verdict = abVerdict([arm('a', 900, 350, 500), arm('b', 100, 470, 500)], {
      ...fiftyFifty,
      weights: null,
    });
    expect(verdict.srm).toBeNull();
    expect(verdict.status).toBe('better');
  });

  it('waits for a minimum of labelled requests in every arm', () => {
    const verdict = abVerdict([arm('a', 80, 20, 40), arm('b', 80, 40, 40)], fiftyFifty);
    expect(verdict.status).toBe('not_enough_data');
    expect(verdict.more_per_variant).toBe(
      Math.max(MINIMUM_LABELLED, verdict.needed_per_variant ?? 0) - 40,
    );
    const empty = abVerdict([arm('a', 0, 0, 0), arm('b', 0, 0, 0)], fiftyFifty);
    expect(empty).toMatchObject({ status: 'not_enough_data', needed_per_variant: null });
    expect(empty.more_per_variant).toBe(MINIMUM_LABELLED);
    expect(empty.variants[1]).toMatchObject({ rate: null, chance_to_beat_control: null });
  });

  it('names the treatment that decided when there are several', () => {
    const verdict = abVerdict(
      [arm('a', 1000, 400, 500), arm('b', 1000, 405, 500), arm('c', 1000, 480, 500)],
      { ...fiftyFifty, weights: [1, 1, 1] },
    );
    expect(verdict).toMatchObject({ status: 'better', variant: 'c' });
  });
});
