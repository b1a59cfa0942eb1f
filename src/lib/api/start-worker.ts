// Starts what answers the API: the app's service worker (sw.js, which runs MSW's worker and
// serves the app offline) under the app's base path, so that every request is real HTTP in
// DevTools. A load that bypassed the worker (a hard reload) gets it back, and a new
// deployment's worker that takes the page over gets introduced to it; where no worker can take
// control, the API is served by in-page interception instead. The caller learns which.
import { setupWorker } from 'msw/browser';
import { createApiHandlers } from './handlers';
import type { ApiServices } from './services';
import { attachTrafficLog } from './traffic-log';
import { startFollowingTakeovers } from './worker-takeover';

const RELOAD_MARK = 'api-worker-reloaded';
const INSTALLED_MARK = 'api-worker-installed';

/**
 * How the API is being served: by the service worker, by it after recovering from a
 * hard reload, or inside the page because no service worker could take control.
 */
export type ApiMode = 'service-worker' | 'recovered' | 'in-page';

function handlers(services: ApiServices) {
  return createApiHandlers(new URL(import.meta.env.BASE_URL, location.href).href, services);
}

async function startInPage(services: ApiServices): Promise<ApiMode> {
  const [
    { defineNetwork, InterceptorSource },
    { FetchInterceptor },
    { XMLHttpRequestInterceptor },
  ] = await Promise.all([
    import('msw/experimental'),
    import('@mswjs/interceptors/fetch'),
    import('@mswjs/interceptors/XMLHttpRequest'),
  ]);
  // msw types `interceptors` as a union of event maps that no single interceptor matches;
  // fetch and XMLHttpRequest interceptors are what its own browser preset uses.
  type Interceptors = ConstructorParameters<typeof InterceptorSource>[0]['interceptors'];
  const interceptors = [
    new FetchInterceptor(),
    new XMLHttpRequestInterceptor(),
  ] as unknown as Interceptors;
  const network = defineNetwork({
    sources: [new InterceptorSource({ interceptors })],
    handlers: handlers(services),
    onUnhandledFrame: 'bypass',
  });
  network.enable();
  attachTrafficLog(network.events);
  return 'in-page';
}

async function startServiceWorker(services: ApiServices): Promise<ApiMode | 'uncontrolled'> {
  const base = import.meta.env.BASE_URL;
  const reloadedBefore = sessionStorage.getItem(RELOAD_MARK) !== null;
  sessionStorage.removeItem(RELOAD_MARK);
  // Installed before, yet not controlling this load: a hard reload (Shift+Reload) or
  // DevTools' "Bypass for network" loaded the page past its service worker.
  const bypassed =
    !navigator.serviceWorker.controller && localStorage.getItem(INSTALLED_MARK) !== null;
  if (bypassed && reloadedBefore) {
    // A reload did not bring the worker back: serve the API in the page (msw would keep
    // reloading), and register afresh on the next visit.
    localStorage.removeItem(INSTALLED_MARK);
    return 'uncontrolled';
  }
  // msw reclaims the page, or reloads it when it can see the registration; either way the
  // mark lets the page that results say what happened.
  if (bypassed) sessionStorage.setItem(RELOAD_MARK, '1');
  const worker = setupWorker(...handlers(services));
  const following = new AbortController();
  const options = {
    serviceWorker: { url: `${base}sw.js`, options: { scope: base } },
    quiet: true,
    onUnhandledRequest: 'bypass',
  } as const;
  await startFollowingTakeovers(worker, options, following.signal).catch((error: unknown) => {
    following.abort();
    throw error;
  });
  if (!navigator.serviceWorker.controller) {
    following.abort();
    worker.stop();
    return 'uncontrolled';
  }
  sessionStorage.removeItem(RELOAD_MARK);
  localStorage.setItem(INSTALLED_MARK, '1');
  attachTrafficLog(worker.events);
  return bypassed || reloadedBefore ? 'recovered' : 'service-worker';
}

/** Resolves once the API answers. */
export async function startApi(services: ApiServices): Promise<ApiMode> {
  if (navigator.serviceWorker) {
    try {
      const mode = await startServiceWorker(services);
      if (mode !== 'uncontrolled') return mode;
    } catch (error) {
      console.warn(
        'The API service worker could not start; serving the API inside the page.',
        error,
      );
    }
  }
  return startInPage(services);
}
