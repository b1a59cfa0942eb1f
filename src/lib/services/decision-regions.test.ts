import { describe, expect, it } from 'vitest';
import { cellWinner, gridDigest } from '../data/decision-grid';
import { irisDataset } from '../data/iris';
import { identityScaler } from '../data/scaling';
import type { DenseNetwork } from '../ml/dense-forward';
import { DEFAULT_CONFIG } from '../ml/hyperparameters';
import { loadTf } from '../ml/load-tf';
import { finalSnapshot, type NetworkSnapshot } from '../ml/network-snapshot';
import { trainClassifier } from '../ml/train';
import { decisionRegions, resolutionFor } from './decision-regions';

/** A network of zero weights with these layer widths (input first). */
function network(...widths: number[]): NetworkSnapshot {
  const layers: DenseNetwork['layers'] = widths.slice(1).map((units, i) => ({
    kernel: new Float32Array((widths[i] ?? 0) * units),
    bias: new Float32Array(units),
    inputs: widths[i] ?? 0,
    units,
    activation: i === widths.length - 2 ? 'softmax' : 'relu',
  }));
  return { epoch: 0, network: { scaler: identityScaler(4), layers } };
}

describe('decision regions of a model', () => {
  it('draws a cheap model finely and a costly one coarser', () => {
    expect(resolutionFor(network(4, 16, 3), 60)).toBe(60);
    expect(resolutionFor(network(4, 16, 3), 40)).toBe(40);
    expect(resolutionFor(network(4, 256, 3), 60)).toBe(33);
    expect(resolutionFor(network(4, 256, 256, 256, 256, 3), 60)).toBe(20);
  });

  it('changes as the model learns, over the training rows of the split', async () => {
    const config = { ...DEFAULT_CONFIG, epochs: 60 };
    const snapshots: NetworkSnapshot[] = [];
    const result = await trainClassifier(await loadTf(), config, irisDataset(), (m, network) => {
      if (m.epoch === 0) snapshots.push({ epoch: 0, network: network() });
    });
    const axes = { x: 2, y: 3 };
    const early = await decisionRegions(config, snapshots[0] ?? network(4, 3), axes, 60);
    const final = await decisionRegions(
      config,
      finalSnapshot(result.model, result.history.length),
      axes,
      60,
    );
    expect(early.epoch).toBe(0);
    expect(final.epoch).toBe(59);
    expect(final.grid.resolution).toBe(60);
    expect(final.points).toHaveLength(120);
    expect(gridDigest(early.grid)).not.toBe(gridDigest(final.grid));
    const wrong = (points: typeof final.points) =>
      points.filter((p) => p.predicted !== p.label).length;
    expect(wrong(final.points)).toBeLessThan(wrong(early.points));
    expect(wrong(final.points)).toBeLessThanOrEqual(8);
    // Short petals are setosa's, long and wide ones virginica's.
    expect(cellWinner(final.grid, 2, 2).label).toBe(0);
    expect(cellWinner(final.grid, 57, 57).label).toBe(2);
  });
});
