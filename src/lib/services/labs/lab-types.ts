// What a lab is: a few steps, each with where to do it (a link that opens the page set up),
// code from the tutorial beside what the learner does here, and the check that watches for
// it. Its words live in the lab text catalogs, under the lab's and step's ids.
import type { Check } from './check-kit';

export type Tutorial = 'fastapi' | 'mlflow';

/** The tutorial's code and its counterpart here, each named by what it is. */
export interface StepCode {
  readonly tutorial?: { readonly label: string; readonly code: string };
  readonly here?: { readonly label: string; readonly code: string };
}

export interface LabStep {
  readonly id: string;
  /** Where to do it: an app address (`#/console?send=…`). */
  readonly href: string;
  readonly check: Check;
  readonly code?: StepCode;
}

export interface Lab {
  readonly id: string;
  readonly tutorial: Tutorial;
  readonly steps: readonly LabStep[];
}
