// Starts the MSW service worker that answers the API, under the app's base path, and
// recovers from a hard reload (which leaves the page without a controlling worker).
import { setupWorker } from 'msw/browser';
import { createApiHandlers } from './handlers';
import { attachTrafficLog } from './traffic-log';

const RELOAD_MARK = 'api-worker-reloaded';

export type ApiWorkerState = 'ready' | 'uncontrolled';

export async function startApiWorker(): Promise<ApiWorkerState> {
  const base = import.meta.env.BASE_URL;
  const worker = setupWorker(...createApiHandlers(new URL(base, location.href).href));
  attachTrafficLog(worker.events);
  await worker.start({
    serviceWorker: { url: `${base}mockServiceWorker.js`, options: { scope: base } },
    quiet: true,
    onUnhandledRequest: 'bypass',
  });
  if (navigator.serviceWorker.controller) {
    sessionStorage.removeItem(RELOAD_MARK);
    return 'ready';
  }
  // Shift+Reload bypasses service workers for this page load: reload once normally.
  if (!sessionStorage.getItem(RELOAD_MARK)) {
    sessionStorage.setItem(RELOAD_MARK, '1');
    location.reload();
  }
  return 'uncontrolled';
}
