// Experiments: every run belongs to one; the Default experiment ("0") always exists.
// Ids count up as strings, as MLflow's do; deletion is soft.
import { db, DEFAULT_EXPERIMENT_ID } from './database';
import { AlreadyExistsError, ConflictError, NotFoundError } from './errors';
import type { ExperimentRecord, LifecycleStage } from './records';

export type ViewType = 'ACTIVE_ONLY' | 'DELETED_ONLY' | 'ALL';

export async function getExperiment(experimentId: string): Promise<ExperimentRecord> {
  const found = await db.experiments.get(experimentId);
  if (!found) throw new NotFoundError(`Experiment '${experimentId}' not found`);
  return found;
}

export async function listExperiments(view: ViewType = 'ACTIVE_ONLY'): Promise<ExperimentRecord[]> {
  const all = await db.experiments.toArray();
  const shown = all.filter(
    (e) => view === 'ALL' || (view === 'ACTIVE_ONLY') === (e.lifecycle_stage === 'active'),
  );
  return shown.sort((a, b) => Number(a.experiment_id) - Number(b.experiment_id));
}

async function ensureNameFree(name: string, except?: string): Promise<void> {
  const same = await db.experiments.where('name').equals(name).first();
  if (same && same.experiment_id !== except) {
    throw new AlreadyExistsError(`An experiment named '${name}' already exists`);
  }
}

export async function createExperiment(
  spec: { name: string; tags?: Record<string, string> },
  now = new Date(),
): Promise<ExperimentRecord> {
  return db.transaction('rw', db.experiments, async () => {
    await ensureNameFree(spec.name);
    const ids = await db.experiments.toCollection().primaryKeys();
    const next = String(Math.max(0, ...ids.map(Number).filter(Number.isFinite)) + 1);
    const stamp = now.toISOString();
    const record: ExperimentRecord = {
      experiment_id: next,
      name: spec.name,
      lifecycle_stage: 'active',
      tags: spec.tags ?? {},
      created_at: stamp,
      updated_at: stamp,
    };
    await db.experiments.add(record);
    return record;
  });
}

export async function updateExperiment(
  experimentId: string,
  changes: { name?: string; tags?: Record<string, string> },
  now = new Date(),
): Promise<ExperimentRecord> {
  return db.transaction('rw', db.experiments, async () => {
    const found = await getExperiment(experimentId);
    if (changes.name !== undefined) await ensureNameFree(changes.name, experimentId);
    const updated = { ...found, ...changes, updated_at: now.toISOString() };
    await db.experiments.put(updated);
    return updated;
  });
}

/** Soft deletion: the experiment and its runs stay, marked deleted. */
export async function setExperimentStage(
  experimentId: string,
  stage: LifecycleStage,
  now = new Date(),
): Promise<void> {
  await db.transaction('rw', db.experiments, async () => {
    const found = await getExperiment(experimentId);
    if (stage === 'deleted' && experimentId === DEFAULT_EXPERIMENT_ID) {
      throw new ConflictError('The Default experiment cannot be deleted');
    }
    await db.experiments.put({ ...found, lifecycle_stage: stage, updated_at: now.toISOString() });
  });
}
