// Loads tfjs on demand (a separate chunk) and memoizes the ready runtime.
import type { tf as TfRuntime } from './tf-runtime';

export type Tf = typeof TfRuntime;

/** The backend the app runs tfjs on, everywhere (page and workers). */
export const TF_BACKEND = 'cpu';

let loading: Promise<Tf> | undefined;

export function loadTf(): Promise<Tf> {
  loading ??= import('./tf-runtime').then((runtime) => runtime.initTf(TF_BACKEND));
  return loading;
}
