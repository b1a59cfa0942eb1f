// Which tab runs which run: a tab holds a Web Lock per run it is training, so that at
// start-up a RUNNING run whose lock nobody holds was abandoned (its tab closed) and is
// marked KILLED, while runs that another open tab is training are left alone.

const lockName = (runId: string) => `iris-playground-run:${runId}`;
const locks = (): LockManager | undefined => globalThis.navigator?.locks;

/** Holds the run's lock until `until` settles. */
export function holdRunLock(runId: string, until: Promise<unknown>): void {
  void locks()?.request(lockName(runId), () => until.catch(() => undefined));
}

/**
 * Kills every run `running()` names that no open tab holds a lock for; answers how many.
 * The runs are read and ended through the functions given, which own the database.
 */
export async function killAbandonedRuns(
  running: () => Promise<string[]>,
  kill: (runId: string, reason: string) => Promise<void>,
): Promise<number> {
  const manager = locks();
  if (!manager) return 0;
  let killed = 0;
  for (const runId of await running()) {
    await manager.request(lockName(runId), { ifAvailable: true }, async (lock) => {
      if (!lock) return;
      await kill(runId, 'The tab that ran it was closed before the run ended.');
      killed++;
    });
  }
  return killed;
}
