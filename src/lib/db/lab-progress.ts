// The labs' progress: per lab, when its clock started and what each finished step saw. A
// lab's row is its own, so that resetting one lab leaves the others and the workspace be.
import { db } from './database';
import type { LabProgressRecord, StepSighting } from './records';

export function listLabProgress(): Promise<LabProgressRecord[]> {
  return db.lab_progress.toArray();
}

/**
 * The lab's progress, its clock started at `now` if it had none: evidence from before a
 * learner opened a lab never ticks its steps.
 */
export function startLab(lab: string, now = Date.now()): Promise<LabProgressRecord> {
  return db.transaction('rw', db.lab_progress, async () => {
    const existing = await db.lab_progress.get(lab);
    if (existing) return existing;
    const fresh: LabProgressRecord = { lab, started_at: now, steps: {} };
    await db.lab_progress.add(fresh);
    return fresh;
  });
}

/** Records finished steps (a step already done keeps its first sighting). */
export async function markStepsDone(
  lab: string,
  done: Record<string, StepSighting>,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.lab_progress, async () => {
    const progress = await db.lab_progress.get(lab);
    if (!progress) return;
    const steps = { ...progress.steps };
    for (const [step, seen] of Object.entries(done)) steps[step] ??= { done_at: now, seen };
    await db.lab_progress.put({ ...progress, steps });
  });
}

/** Starts the lab again: no step done, its clock from `now`; runs and models stay. */
export async function restartLab(lab: string, now = Date.now()): Promise<void> {
  await db.lab_progress.put({ lab, started_at: now, steps: {} });
}

export function getLabProgress(lab: string): Promise<LabProgressRecord | undefined> {
  return db.lab_progress.get(lab);
}
