// Keeps msw's client in the page bound to the service worker that controls the page. A new
// deployment's worker takes open pages over as soon as it is activated, but knows nothing of
// their msw clients: it would send every API request on to the network, and a start under way
// would wait forever for the worker that was replaced.

/** What the page does with msw (msw/browser's SetupWorker, as far as it is used here). */
interface MockWorker<Options> {
  start(options: Options): Promise<unknown>;
  stop(): void;
}

/**
 * Starts msw; answers once it runs. Each later takeover starts it again, until `signal` aborts;
 * a takeover while it starts loads the page again instead (nothing is shown yet), since msw
 * cannot be stopped halfway through starting.
 */
export async function startFollowingTakeovers<Options>(
  worker: MockWorker<Options>,
  options: Options,
  signal: AbortSignal,
): Promise<void> {
  // On a first visit the worker that msw is starting with takes the page over: nothing to redo.
  const controlledAtStart = navigator.serviceWorker.controller !== null;
  let started = false;
  navigator.serviceWorker.addEventListener(
    'controllerchange',
    () => {
      if (!started) {
        if (controlledAtStart) location.reload();
        return;
      }
      worker.stop();
      worker.start(options).catch((error: unknown) => {
        console.error('The API stopped answering after an app update.', error);
      });
    },
    { signal },
  );
  await worker.start(options);
  started = true;
}
