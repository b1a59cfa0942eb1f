// Which tab runs which run: a tab holds a Web Lock per run it is training, so that at
// start-up a RUNNING run whose lock nobody holds was abandoned (its tab closed) and is
// marked KILLED, while runs that another open tab is training are left alone. The
// check runs each time this tab opens the database.
import { endRun } from './runs';
import { listRunningRunIds } from './run-extras';

const lockName = (runId: string) => `iris-playground-run:${runId}`;
const locks = (): LockManager | undefined => globalThis.navigator?.locks;

/** Holds the run's lock until `until` settles. */
export function holdRunLock(runId: string, until: Promise<unknown>): void {
  void locks()?.request(lockName(runId), () => until.catch(() => undefined));
}

/** Marks KILLED every RUNNING run that no open tab holds; answers how many. */
export async function killAbandonedRuns(): Promise<number> {
  const manager = locks();
  if (!manager) return 0;
  let killed = 0;
  for (const runId of await listRunningRunIds()) {
    await manager.request(lockName(runId), { ifAvailable: true }, async (lock) => {
      if (!lock) return;
      await endRun(runId, 'KILLED', 'The tab that ran it was closed before the run ended.');
      killed++;
    });
  }
  return killed;
}
