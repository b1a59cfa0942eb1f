// Keeps msw's client in the page bound to the service worker that controls the page. A new
// deployment's worker takes open pages over as soon as it is installed (msw's worker claims
// them), but knows nothing of their msw clients: it would send every API request on to the
// network, and a start under way would wait forever for the worker that was replaced.
import type { SetupWorker, StartOptions } from 'msw/browser';

/**
 * Starts msw, and starts it again each time another worker takes the page over, until
 * `signal` aborts. Answers once msw runs with the worker that controls the page; a later
 * restart that fails is reported on the console, since the API then no longer answers.
 */
export function startFollowingTakeovers(
  worker: SetupWorker,
  options: StartOptions,
  signal: AbortSignal,
): Promise<void> {
  // On a first visit the worker that msw is starting with takes the page over: nothing to redo.
  let controlled = navigator.serviceWorker.controller !== null;
  return new Promise((resolve, reject) => {
    let settled = false;
    let latest = 0;
    const start = async () => {
      const attempt = ++latest;
      try {
        await worker.start(options);
        if (attempt !== latest) return;
        settled = true;
        resolve();
      } catch (error) {
        if (attempt !== latest) return;
        if (settled) console.error('The API stopped answering after an app update.', error);
        settled = true;
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    navigator.serviceWorker.addEventListener(
      'controllerchange',
      () => {
        if (!controlled) {
          controlled = true;
          return;
        }
        // A start that the takeover interrupted never ends: the new one replaces it.
        worker.stop();
        void start();
      },
      { signal },
    );
    void start();
  });
}
