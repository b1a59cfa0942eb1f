// Experiments: every run belongs to one; the Default experiment ("0") always exists.
import { db } from './database';
import { NotFoundError } from './errors';
import type { ExperimentRecord } from './records';

export async function getExperiment(experimentId: string): Promise<ExperimentRecord> {
  const found = await db.experiments.get(experimentId);
  if (!found) throw new NotFoundError(`Experiment '${experimentId}' not found`);
  return found;
}
