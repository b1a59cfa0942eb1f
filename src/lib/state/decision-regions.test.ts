import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_REGION_AXES } from '../data/decision-grid';
import { irisDataset } from '../data/iris';
import { DEFAULT_CONFIG } from '../ml/hyperparameters';
import { loadTf } from '../ml/load-tf';
import { finalSnapshot, type NetworkSnapshot } from '../ml/network-snapshot';
import { trainClassifier } from '../ml/train';
import { decisionRegions } from '../services/decision-regions';
import { LiveDecisionRegions } from './decision-regions.svelte';

vi.mock('../services/decision-regions', async (actual) => {
  const real = await actual<typeof import('../services/decision-regions')>();
  return { ...real, decisionRegions: vi.fn(real.decisionRegions) };
});
const computed = () => vi.mocked(decisionRegions).mock.calls.map(([, snapshot]) => snapshot.epoch);

const config = { ...DEFAULT_CONFIG, epochs: 30 };

async function snapshots(): Promise<[NetworkSnapshot, NetworkSnapshot]> {
  let early: NetworkSnapshot | undefined;
  const result = await trainClassifier(await loadTf(), config, irisDataset(), (m, network) => {
    if (m.epoch === 0) early = { epoch: 0, network: network() };
  });
  if (!early) throw new Error('no snapshot of the first epoch');
  return [early, finalSnapshot(result.model, result.history.length)];
}

describe('live decision regions', () => {
  it('draws the newest weights, skipping those overtaken while it computed', async () => {
    const [early, final] = await snapshots();
    const regions = new LiveDecisionRegions();
    vi.mocked(decisionRegions).mockClear();
    const first = regions.show(config, early, DEFAULT_REGION_AXES);
    const overtaken = regions.show(config, { ...early, epoch: 5 }, DEFAULT_REGION_AXES);
    const newest = regions.show(config, final, DEFAULT_REGION_AXES);
    await Promise.all([first, overtaken, newest]);
    expect(computed()).toEqual([0, 29]);
    expect(regions.picture?.epoch).toBe(29);
    expect(regions.picture?.grid.axes).toEqual(DEFAULT_REGION_AXES);
    await regions.show(config, final, { x: 0, y: 1 });
    expect(regions.picture?.grid.axes).toEqual({ x: 0, y: 1 });
  });

  it('shows nothing once cleared, even when a picture was still being computed', async () => {
    const [early] = await snapshots();
    const regions = new LiveDecisionRegions();
    const computing = regions.show(config, early, DEFAULT_REGION_AXES);
    await regions.show(null, null, DEFAULT_REGION_AXES);
    await computing;
    expect(regions.picture).toBeNull();
  });

  it('reports bad axes and keeps the picture it had', async () => {
    const [, final] = await snapshots();
    const regions = new LiveDecisionRegions();
    await regions.show(config, final, DEFAULT_REGION_AXES);
    const shown = regions.picture;
    await regions.show(config, final, { x: 1, y: 1 });
    expect(regions.error).toMatch(/two different measurements/);
    expect(regions.picture).toBe(shown);
    await regions.show(config, final, DEFAULT_REGION_AXES);
    expect(regions.error).toBeNull();
  });
});
