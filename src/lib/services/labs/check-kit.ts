// The vocabulary of the labs' checks: a check is a pure function of what the workspace
// recorded and the moment its lab started, answering what it saw (or null: not yet). The
// helpers here count only evidence from that moment on.
import type { LabEvidence, RunSighting } from '../../db/lab-evidence';
import type { StepSighting } from '../../db/records';

export type { LabEvidence, StepSighting };
export type Check = (evidence: LabEvidence, since: number) => StepSighting | null;
export type JournalEntry = LabEvidence['requests'][number];

/** Routes that take no token (the API contract's exceptions). */
const OPEN_ROUTES = new Set([
  '/api/models/{name}/predict',
  '/api/deployments/{name}/predict',
  '/api/feedback',
  '/api/runs/search',
]);

export const succeeded = (r: JournalEntry) => r.status >= 200 && r.status < 300;
export const isWrite = (r: JournalEntry) => r.method !== 'GET' && r.method !== 'HEAD';
export const needsToken = (r: JournalEntry) => r.route !== null && !OPEN_ROUTES.has(r.route);
export const on = (method: string, route: string) => (r: JournalEntry) =>
  r.method === method && r.route === route;

/** The requests answered since `since` that pass `test`, oldest first. */
export function requestsSince(
  evidence: LabEvidence,
  since: number,
  test: (r: JournalEntry) => boolean,
): JournalEntry[] {
  return evidence.requests.filter((r) => r.at >= since && test(r));
}

/** How a request reads in a sighting: `POST /api/models/iris/predict → 422`. */
export function described(r: JournalEntry): string {
  return `${r.method} ${r.path} → ${r.status}`;
}

export function sawRequest(r: JournalEntry): StepSighting {
  const values = { request: `${r.method} ${r.path}`, status: r.status };
  return r.detail
    ? { key: 'seen.requestDetail', values: { ...values, detail: r.detail } }
    : { key: 'seen.request', values };
}

/** Done once a request passing `test` was answered since the lab started. */
export function requested(test: (r: JournalEntry) => boolean): Check {
  return (evidence, since) => {
    const hit = requestsSince(evidence, since, test).at(-1);
    return hit ? sawRequest(hit) : null;
  };
}

/** Done once both kinds of request were answered, `second` no earlier than `first`. */
export function requestedInOrder(
  first: (r: JournalEntry) => boolean,
  second: (r: JournalEntry) => boolean,
): Check {
  return (evidence, since) => {
    const a = requestsSince(evidence, since, first)[0];
    if (!a) return null;
    const b = requestsSince(evidence, a.at, second).find((r) => r !== a);
    return b
      ? { key: 'seen.requests', values: { first: described(a), second: described(b) } }
      : null;
  };
}

/** Done once both kinds of request were answered, in any order. */
export function requestedBoth(
  a: (r: JournalEntry) => boolean,
  b: (r: JournalEntry) => boolean,
): Check {
  return (evidence, since) => {
    const first = requestsSince(evidence, since, a).at(-1);
    const second = requestsSince(evidence, since, b).at(-1);
    return first && second
      ? { key: 'seen.requests', values: { first: described(first), second: described(second) } }
      : null;
  };
}

/** The runs started since `since` that pass `test`, newest last. */
export function runsSince(
  evidence: LabEvidence,
  since: number,
  test: (run: RunSighting) => boolean,
): RunSighting[] {
  return evidence.runs.filter((run) => run.start_time >= since && test(run));
}

/** `penalty=elasticnet, l1_ratio=0.1`: a few entries of a record, for a sighting. */
export function listed(record: Readonly<Record<string, string | number>>, keys?: string[]): string {
  const shown = (keys ?? Object.keys(record)).filter((k) => record[k] !== undefined).slice(0, 4);
  return shown
    .map((k) => {
      const value = record[k];
      return `${k}=${typeof value === 'number' ? Number(value.toFixed(4)) : value}`;
    })
    .join(', ');
}

export const finished = (run: RunSighting) => run.status === 'FINISHED';
export const isEvaluation = (run: RunSighting) => run.tags['source'] === 'evaluation';
