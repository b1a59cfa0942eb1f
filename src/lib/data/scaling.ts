// Standardization (z-scores) fitted on training rows only and applied to any rows.

export interface Scaler {
  readonly mean: readonly number[];
  readonly std: readonly number[];
}

export function fitScaler(rows: readonly (readonly number[])[]): Scaler {
  const width = rows[0]?.length ?? 0;
  const mean = new Array<number>(width).fill(0);
  const std = new Array<number>(width).fill(0);
  for (const row of rows) row.forEach((v, j) => (mean[j] = (mean[j] ?? 0) + v / rows.length));
  for (const row of rows) {
    row.forEach((v, j) => (std[j] = (std[j] ?? 0) + (v - (mean[j] ?? 0)) ** 2 / rows.length));
  }
  // A constant column keeps std 1 so that scaling never divides by zero.
  return { mean, std: std.map((s) => (s > 0 ? Math.sqrt(s) : 1)) };
}

/** The identity scaler, for models trained on raw measurements. */
export function identityScaler(width: number): Scaler {
  return { mean: new Array<number>(width).fill(0), std: new Array<number>(width).fill(1) };
}

export function applyScaler(scaler: Scaler, rows: readonly (readonly number[])[]): number[][] {
  return rows.map((row) => row.map((v, j) => (v - (scaler.mean[j] ?? 0)) / (scaler.std[j] ?? 1)));
}
