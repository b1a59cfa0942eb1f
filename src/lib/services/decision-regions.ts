// The decision regions of a model over two measurements, with the training flowers and the
// class it gives each: computed in slices of a few milliseconds, so that even a wide MLP
// never holds the page for long.
import type { TrainConfig } from '../ml/hyperparameters';
import { networkCost, reusingForwardPass } from '../ml/dense-forward';
import type { NetworkSnapshot } from '../ml/network-snapshot';
import { classifyPoints, fillGrid, gridSpec, type RegionAxes } from '../data/decision-grid';
import { irisDataset } from '../data/iris';
import { CLASS_NAMES } from '../data/iris-schema';
import { stratifiedSplit } from '../data/split';
import type { DecisionRegionsPicture } from '../report/decision-regions-svg';

/** Multiply-adds one picture may cost: 60×60 cells of the default MLP take far less. */
const COST_BUDGET = 2_000_000;
/** Multiply-adds between two looks at the clock: well under a millisecond. */
const STEP_COST = 100_000;
const MIN_RESOLUTION = 20;
const SLICE_MS = 8;

/** Cells per side for `snapshot`'s model: at most `max`, fewer for a costly model. */
export function resolutionFor(snapshot: NetworkSnapshot, max: number): number {
  const affordable = Math.floor(
    Math.sqrt(COST_BUDGET / Math.max(1, networkCost(snapshot.network))),
  );
  return Math.max(Math.min(MIN_RESOLUTION, max), Math.min(max, affordable));
}

/** Runs `work` to its end, giving the event loop a turn every few milliseconds. */
async function runInSlices<T>(work: Generator<void, T>): Promise<T> {
  for (;;) {
    const sliceEnd = performance.now() + SLICE_MS;
    let step = work.next();
    while (!step.done && performance.now() < sliceEnd) step = work.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/**
 * The picture of `snapshot`'s model over `axes`, on the training rows of `config`'s split
 * (the same seeded split the training used).
 */
export async function decisionRegions(
  config: Pick<TrainConfig, 'seed' | 'test_size'>,
  snapshot: NetworkSnapshot,
  axes: RegionAxes,
  maxResolution: number,
): Promise<DecisionRegionsPicture> {
  const dataset = irisDataset();
  const { train } = stratifiedSplit(dataset, config.test_size, config.seed);
  const classify = reusingForwardPass(snapshot.network);
  const spec = gridSpec(
    dataset.features,
    train.features,
    axes,
    resolutionFor(snapshot, maxResolution),
  );
  const rowsPerStep = Math.max(1, Math.floor(STEP_COST / networkCost(snapshot.network)));
  const grid = await runInSlices(fillGrid(spec, CLASS_NAMES.length, classify, rowsPerStep));
  const points = await runInSlices(
    classifyPoints(train.features, train.labels, axes, classify, rowsPerStep),
  );
  return { grid, points, epoch: snapshot.epoch };
}
