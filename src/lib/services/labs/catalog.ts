// Every lab in the tutorials' order, and what a lab's state is: each step done (as
// recorded, or as its check sees it now) and what it saw. Pure: the lab page feeds it live
// evidence and the stored progress, and stores the steps it newly finds done.
import type { LabProgressRecord } from '../../db/records';
import type { LabEvidence, StepSighting } from './check-kit';
import type { Lab } from './lab-types';
import { FASTAPI_LABS } from './labs-fastapi';
import { MLFLOW_LABS } from './labs-mlflow';
import { ONLINE_LABS } from './labs-online';

export const LABS: readonly Lab[] = [...FASTAPI_LABS, ...MLFLOW_LABS, ...ONLINE_LABS];

export function findLab(id: string): Lab | undefined {
  return LABS.find((lab) => lab.id === id);
}

/** The lab after `id` in the tutorials' order; undefined after the last. */
export function labAfter(id: string): Lab | undefined {
  return LABS[LABS.findIndex((lab) => lab.id === id) + 1];
}

export interface StepState {
  readonly id: string;
  readonly done: boolean;
  readonly seen: StepSighting | null;
}

export interface LabState {
  readonly steps: readonly StepState[];
  /** Steps whose check passed just now and that the progress has not recorded yet. */
  readonly newlyDone: Readonly<Record<string, StepSighting>>;
}

/**
 * Each step's state: done if the progress says so, or if its check sees evidence from the
 * lab's start on. Without progress (the lab not started) nothing is done.
 */
export function labState(
  lab: Lab,
  progress: LabProgressRecord | undefined,
  evidence: LabEvidence | undefined,
): LabState {
  const newlyDone: Record<string, StepSighting> = {};
  const steps = lab.steps.map((step) => {
    const recorded = progress?.steps[step.id];
    if (recorded) return { id: step.id, done: true, seen: recorded.seen };
    const seen = progress && evidence ? step.check(evidence, progress.started_at) : null;
    if (seen) newlyDone[step.id] = seen;
    return { id: step.id, done: seen !== null, seen };
  });
  return { steps, newlyDone };
}
