// The arms of an A/B test as the verdict counts them, from either side of the app: from a
// deployment's request log (the Monitor API) or from a simulation's timeline (the Deploy
// page). A sticky split assigns users, so its units are users; any other split assigns
// requests.
import type { ArmCounts, SplitUnit } from '../stats/ab-verdict';
import type { TimelinePoint } from './traffic-run';

export const splitUnit = (sticky: boolean): SplitUnit => (sticky ? 'users' : 'requests');

/** A logged request, as far as the arms need it. */
export interface ArmRequest {
  variant: number;
  predicted: number;
  label: number | null;
  user_id?: string | null;
}

export function armsFromRequests(
  names: readonly string[],
  requests: readonly ArmRequest[],
  sticky: boolean,
): ArmCounts[] {
  const arms = names.map((name) => ({ name, units: 0, trials: 0, successes: 0 }));
  const users = names.map(() => new Set<string>());
  for (const request of requests) {
    const arm = arms[request.variant];
    if (!arm) continue;
    // A request without a user id was drawn on its own: it is a unit of its own.
    if (!sticky || request.user_id == null) arm.units++;
    else users[request.variant]?.add(request.user_id);
    if (request.label === null) continue;
    arm.trials++;
    if (request.label === request.predicted) arm.successes++;
  }
  return arms.map((arm, i) => ({ ...arm, units: arm.units + (users[i]?.size ?? 0) }));
}

/** The arms as a simulation's timeline stood at `point` (counts there are cumulative). */
export function armsFromTimeline(
  names: readonly string[],
  point: TimelinePoint,
  sticky: boolean,
): ArmCounts[] {
  return names.map((name, i) => ({
    name,
    units: (sticky ? point.users[i] : point.requests[i]) ?? 0,
    trials: point.labelled[i] ?? 0,
    successes: point.correct[i] ?? 0,
  }));
}
