// One lab as its page shows it: the stored progress and the workspace's evidence from the
// lab's start, both live, each step's state from the pure checks, and the steps newly seen
// done written back to the progress. Also the catalogue's live list of every lab's progress.
import { readLabEvidence } from '../db/lab-evidence';
import {
  getLabProgress,
  listLabProgress,
  markStepsDone,
  restartLab,
  startLab,
} from '../db/lab-progress';
import type { LabProgressRecord } from '../db/records';
import { labState, type LabState } from '../services/labs/catalog';
import type { Lab } from '../services/labs/lab-types';
import { LiveQuery } from './live-query.svelte';

export class LabSession {
  readonly #live: LiveQuery<{ progress: LabProgressRecord | undefined; state: LabState }>;
  error = $state<string | null>(null);

  /** Call during component initialisation; starts the lab's clock if it has none. */
  constructor(readonly lab: Lab) {
    startLab(lab.id).catch(this.#fail);
    this.#live = new LiveQuery(async () => {
      const progress = await getLabProgress(lab.id);
      const evidence = progress ? await readLabEvidence(progress.started_at) : undefined;
      return { progress, state: labState(lab, progress, evidence) };
    });
    $effect(() => {
      const done = this.#live.current?.state.newlyDone ?? {};
      if (Object.keys(done).length > 0) {
        markStepsDone(lab.id, done).catch(this.#fail);
      }
    });
  }

  #fail = (error: unknown): void => {
    this.error = error instanceof Error ? error.message : String(error);
  };

  get state(): LabState | undefined {
    return this.#live.current?.state;
  }

  get loadError(): string | null {
    return this.error ?? this.#live.error;
  }

  /** Starts the lab over: no step done, and only what happens from now on counts. */
  async reset(): Promise<void> {
    try {
      await restartLab(this.lab.id);
    } catch (error) {
      this.#fail(error);
    }
  }
}

/** Every lab's progress, live (the catalogue). */
export function labProgressList(): LiveQuery<LabProgressRecord[]> {
  return new LiveQuery(listLabProgress);
}
