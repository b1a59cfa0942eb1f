// The labs' order and their steps' ids, and nothing else: light enough for Home's "continue"
// card, which must not carry the checks or the lab texts. The full catalog follows it
// (a unit test holds them together). Ids are stable: a teacher hands out #/learn/<id>.
import type { Tutorial } from './lab-types';

export interface LabOutline {
  readonly id: string;
  readonly tutorial: Tutorial;
  readonly steps: readonly string[];
}

export const LAB_OUTLINE: readonly LabOutline[] = [
  { id: 'what-is-an-api', tutorial: 'fastapi', steps: ['menu', 'order', 'kitchen'] },
  {
    id: 'http-anatomy',
    tutorial: 'fastapi',
    steps: ['method', 'headers', 'content-type', 'not-found'],
  },
  { id: 'rest-design', tutorial: 'fastapi', steps: ['verbs', 'nouns', 'create-delete'] },
  {
    id: 'pipeline-apis',
    tutorial: 'fastapi',
    steps: ['data-training', 'validation-deploy', 'predict-monitor'],
  },
  { id: 'serve-iris', tutorial: 'fastapi', steps: ['predict', 'validation', 'batch'] },
  { id: 'api-docs', tutorial: 'fastapi', steps: ['open', 'try-it', 'korean'] },
  { id: 'experiments-runs', tutorial: 'mlflow', steps: ['experiment', 'run', 'log-by-hand'] },
  { id: 'autolog', tutorial: 'mlflow', steps: ['train', 'artifacts', 'history'] },
  { id: 'projects-params', tutorial: 'mlflow', steps: ['save', 'override', 'sweep'] },
  { id: 'search-runs', tutorial: 'mlflow', steps: ['search', 'bad-filter', 'download'] },
  { id: 'registry', tutorial: 'mlflow', steps: ['version', 'alias', 'predict-alias'] },
  { id: 'offline-evaluation', tutorial: 'mlflow', steps: ['holdout', 'kfold', 'bootstrap'] },
  { id: 'ab-test', tutorial: 'mlflow', steps: ['deploy', 'sticky', 'traffic', 'read'] },
  { id: 'canary', tutorial: 'mlflow', steps: ['deploy', 'advance', 'decide'] },
  { id: 'shadow', tutorial: 'mlflow', steps: ['deploy', 'mirror', 'promote'] },
  { id: 'bandit', tutorial: 'mlflow', steps: ['deploy', 'feedback', 'read'] },
  { id: 'peeking', tutorial: 'mlflow', steps: ['aa', 'peek'] },
];

/** What a lab's progress says of its steps: which are done. */
export interface ProgressLike {
  readonly lab: string;
  readonly steps: Readonly<Record<string, unknown>>;
}

export interface NextStep {
  readonly lab: string;
  readonly step: string;
  /** The step's place in its lab, from 1. */
  readonly number: number;
  readonly done: number;
  readonly total: number;
}

/**
 * Where to continue: the first unfinished step of the first lab begun and not finished;
 * null when no lab is begun, or every begun lab is finished and none is left after them.
 */
export function continueAt(progress: readonly ProgressLike[]): NextStep | null {
  const byLab = new Map(progress.map((p) => [p.lab, p]));
  const begun = LAB_OUTLINE.filter((lab) => byLab.has(lab.id));
  if (begun.length === 0) return null;
  const open =
    begun.find((lab) => lab.steps.some((s) => !(s in (byLab.get(lab.id)?.steps ?? {})))) ??
    LAB_OUTLINE.find((lab) => !byLab.has(lab.id));
  if (!open) return null;
  const steps = byLab.get(open.id)?.steps ?? {};
  const step = open.steps.find((s) => !(s in steps)) ?? open.steps[0] ?? '';
  const done = open.steps.filter((s) => s in steps).length;
  return {
    lab: open.id,
    step,
    number: open.steps.indexOf(step) + 1,
    done,
    total: open.steps.length,
  };
}
