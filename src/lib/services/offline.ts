// Whether the app works offline: asks the service worker (src/service-worker) to cache
// every file of the running version, and how many it holds.

export interface OfflineStatus {
  version: string;
  cached: number;
  total: number;
}

const ANSWER_TIMEOUT_MS = 60_000;

function ask(type: string): Promise<OfflineStatus | null> {
  const worker = globalThis.navigator?.serviceWorker?.controller;
  if (!worker) return Promise.resolve(null);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(null), ANSWER_TIMEOUT_MS);
    channel.port1.onmessage = (event: MessageEvent<OfflineStatus>) => {
      clearTimeout(timer);
      resolve(event.data);
    };
    worker.postMessage({ type }, [channel.port2]);
  });
}

/** Caches whatever of this version is not cached yet; answers the status after. */
export function cacheWholeApp(): Promise<OfflineStatus | null> {
  return ask('app-shell:cache-all');
}

export function offlineStatus(): Promise<OfflineStatus | null> {
  return ask('app-shell:status');
}
