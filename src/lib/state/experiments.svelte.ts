// Experiments as the Runs page manages them: the live list, and create, rename and
// (soft) delete, each answering the error to show or null.
import {
  createExperiment,
  listExperiments,
  setExperimentStage,
  updateExperiment,
} from '../db/experiments';
import { attempt } from '../services/attempt';
import { LiveQuery } from './live-query.svelte';

export class Experiments {
  readonly list = new LiveQuery(() => listExperiments());

  create(name: string): Promise<string | null> {
    return attempt(() => createExperiment({ name: name.trim() }));
  }

  rename(experimentId: string, name: string): Promise<string | null> {
    return attempt(() => updateExperiment(experimentId, { name: name.trim() }));
  }

  delete(experimentId: string): Promise<string | null> {
    return attempt(() => setExperimentStage(experimentId, 'deleted'));
  }
}
