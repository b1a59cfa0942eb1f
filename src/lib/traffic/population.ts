// Simulated traffic: users with ids, and flowers drawn from the iris classes (a real row of
// the class, with Gaussian noise per feature), optionally drifting: a feature's mean moving
// by a set amount per 1,000 requests.
import type { Dataset } from '../data/csv';
import type { Random } from '../data/random';

export interface PopulationSettings {
  users: number;
  /** Noise as a share of each feature's standard deviation in the data. */
  noise: number;
  drift?: { feature: number; cm_per_1000: number } | undefined;
}

export interface SimulatedRequest {
  index: number;
  user_id: string;
  label: number;
  features: number[];
}

function standardNormal(random: Random): number {
  // Box-Muller: two uniforms give one normal draw (the second is discarded for simplicity).
  const u = Math.max(random(), Number.MIN_VALUE);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

export class Population {
  private readonly spreads: number[];

  constructor(
    private readonly data: Dataset,
    private readonly settings: PopulationSettings,
    private readonly random: Random,
  ) {
    const width = data.features[0]?.length ?? 0;
    this.spreads = Array.from({ length: width }, (_, j) => {
      const column = data.features.map((row) => row[j] ?? 0);
      const mean = column.reduce((s, v) => s + v, 0) / column.length;
      return Math.sqrt(column.reduce((s, v) => s + (v - mean) ** 2, 0) / column.length);
    });
  }

  /** The `index`-th request: a user, a flower of a random class, noise, and drift so far. */
  request(index: number): SimulatedRequest {
    const row = Math.floor(this.random() * this.data.features.length);
    const base = this.data.features[row] ?? [];
    const drift = this.settings.drift;
    const features = base.map((value, j) => {
      const noisy =
        value + this.settings.noise * (this.spreads[j] ?? 0) * standardNormal(this.random);
      const shifted =
        drift && drift.feature === j ? noisy + (drift.cm_per_1000 * index) / 1000 : noisy;
      return Math.round(Math.max(0, shifted) * 100) / 100;
    });
    return {
      index,
      user_id: `user-${Math.floor(this.random() * this.settings.users)}`,
      label: this.data.labels[row] ?? 0,
      features,
    };
  }
}
