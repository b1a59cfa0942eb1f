// The Train page's live decision regions: the picture of the newest weights over the chosen
// measurements. One picture is computed at a time; weights that arrive meanwhile wait,
// and only the newest of them is drawn next, so a slow model never queues work; after a
// slow picture the page rests three times as long, so a wide MLP's pictures never take
// more than a quarter of it.
import type { RegionAxes } from '../data/decision-grid';
import type { TrainConfig } from '../ml/hyperparameters';
import type { NetworkSnapshot } from '../ml/network-snapshot';
import type { DecisionRegionsPicture } from '../report/decision-regions-svg';
import { decisionRegions } from '../services/decision-regions';

/** Cells per side of the live picture (fewer for a costly model). */
const LIVE_RESOLUTION = 60;
/** A picture quicker than a frame needs no rest after it. */
const FRAME_MS = 16;
const REST_FACTOR = 3;

interface Wanted {
  readonly config: TrainConfig;
  readonly snapshot: NetworkSnapshot;
  readonly axes: RegionAxes;
  readonly generation: number;
}

export class LiveDecisionRegions {
  picture = $state.raw<DecisionRegionsPicture | null>(null);
  error = $state<string | null>(null);
  #wanted: Wanted | null = null;
  #running: Promise<void> | null = null;
  #generation = 0;
  /** Pictures asked for before this generation are stale (the training they show is gone). */
  #cleared = 0;

  /**
   * Draws `snapshot` of the model trained with `config` over `axes`, or nothing without one;
   * resolves once that picture (or a newer one) is shown.
   */
  show(
    config: TrainConfig | null,
    snapshot: NetworkSnapshot | null,
    axes: RegionAxes,
  ): Promise<void> {
    const generation = ++this.#generation;
    if (!config || !snapshot) {
      this.#cleared = generation;
      this.#wanted = null;
      this.picture = null;
      return this.#running ?? Promise.resolve();
    }
    this.#wanted = { config, snapshot, axes, generation };
    this.#running ??= this.#drain().finally(() => (this.#running = null));
    return this.#running;
  }

  async #drain(): Promise<void> {
    for (let next = this.#wanted; next; next = this.#wanted) {
      this.#wanted = null;
      const started = performance.now();
      try {
        const picture = await decisionRegions(
          next.config,
          next.snapshot,
          next.axes,
          LIVE_RESOLUTION,
        );
        if (next.generation > this.#cleared) {
          this.picture = picture;
          this.error = null;
        }
      } catch (error) {
        this.error = error instanceof Error ? error.message : String(error);
      }
      const took = performance.now() - started;
      if (took > FRAME_MS && this.#wanted) {
        await new Promise((resolve) => setTimeout(resolve, took * REST_FACTOR));
      }
    }
  }
}
