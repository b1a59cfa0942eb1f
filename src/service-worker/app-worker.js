// The app's one service worker (a scope has room for one): MSW's worker, imported at the
// end, answers the API, and this script serves the app itself from a versioned cache so
// that it loads and works with the network off. The build fills in VERSION and the file
// lists; in development both lists are null and nothing is cached.
/* global activeClientIds, sendToClient:writable, __VERSION__, __SHELL__, __LAZY__ */
const VERSION = __VERSION__;
/** Files the app needs to boot: cached at install. Relative to the worker's scope. */
const SHELL = __SHELL__;
/** Every other file of the build (lazy pages, tfjs, Swagger UI): cached once the app runs. */
const LAZY = __LAZY__;

const CACHE = `app-shell-${VERSION}`;
const SCOPE = new URL(self.registration.scope);
const API = `${SCOPE.pathname}api/`;
const NAVIGATION_TIMEOUT_MS = 4000;
const files = SHELL && LAZY ? [...SHELL, ...LAZY].map((path) => new URL(path, SCOPE).href) : [];
const known = new Set(files);

self.addEventListener('install', (event) => {
  if (!SHELL) return;
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL.map((path) => new URL(path, SCOPE).href))),
  );
});

// A new deployment's worker takes over (MSW's listeners skip waiting and claim the
// clients) and drops the caches of every earlier version.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('app-shell-') && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      ),
  );
});

/** The cached copy, else the network's (kept for next time). */
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** The page from the network when it answers in time (fresh deployments), else the cache's. */
async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await Promise.race([
      fetch(request),
      new Promise((_resolve, reject) =>
        setTimeout(() => reject(new Error('timeout')), NAVIGATION_TIMEOUT_MS),
      ),
    ]);
    if (response.ok) await cache.put(SCOPE.href, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(SCOPE.href);
    if (cached) return cached;
    throw error;
  }
}

// Registered before MSW's, so these run first; a request answered here never reaches MSW.
self.addEventListener('fetch', (event) => {
  if (!SHELL) return;
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== SCOPE.origin || url.pathname.startsWith(API)) {
    return;
  }
  url.search = '';
  url.hash = '';
  if (request.mode === 'navigate' && url.href === SCOPE.href) {
    event.respondWith(networkFirst(request));
  } else if (known.has(url.href)) {
    event.respondWith(cacheFirst(request));
  } else {
    return;
  }
  event.stopImmediatePropagation();
});

/** How much of this version is cached: { version, cached, total }. */
async function cacheStatus() {
  const cache = await caches.open(CACHE);
  const cached = new Set((await cache.keys()).map((request) => request.url));
  return {
    version: VERSION,
    cached: files.filter((f) => cached.has(f)).length,
    total: files.length,
  };
}

/** Caches whatever of this version is missing, one file at a time (one failure keeps no
 * other out); answers the status after. */
async function cacheAll() {
  const cache = await caches.open(CACHE);
  const cached = new Set((await cache.keys()).map((request) => request.url));
  await Promise.allSettled(
    files.filter((file) => !cached.has(file)).map((file) => cache.add(file)),
  );
  return cacheStatus();
}

/** Answers a message on the port it came with. */
function reply(event, status) {
  event.ports[0]?.postMessage(status);
  return status;
}

self.addEventListener('message', (event) => {
  const { data } = event;
  if (data === 'CLIENT_CLOSED') {
    // MSW's own handler unregisters the worker when its last tab closes, and the app would
    // then not load offline next time: forget the tab here and keep the worker.
    const id = event.source && event.source.id;
    if (id) activeClientIds.delete(id);
    event.stopImmediatePropagation();
    return;
  }
  if (data && data.type === 'app-shell:cache-all' && LAZY) {
    event.stopImmediatePropagation();
    event.waitUntil(cacheAll().then((status) => reply(event, status)));
  } else if (data && data.type === 'app-shell:status') {
    event.stopImmediatePropagation();
    event.waitUntil(cacheStatus().then((status) => reply(event, status)));
  }
});

importScripts('./mockServiceWorker.js');

// MSW's worker waits as long as it takes for the page to answer each API request it hands
// over. A page that goes away mid-request (a reload) never answers, and in Chromium a worker
// with an event that never ends keeps a new deployment's worker waiting for minutes: a
// request whose page is gone is answered 503 instead (nobody reads it: its page is gone). Not
// a rejection: Firefox prints a failed respondWith on the tab's console, in its next page.
const PAGE_CHECK_MS = 1000;
const PAGE_GONE = {
  type: 'MOCK_RESPONSE',
  data: {
    status: 503,
    statusText: 'Service Unavailable',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ detail: 'The page serving the API went away before answering.' }),
  },
};
/** Requests handed to a page and not answered yet: how to give each up, and its page. */
const unanswered = new Map();
let watching = null;

async function giveUpOnGonePages() {
  for (const [giveUp, clientId] of unanswered) {
    if (!(await self.clients.get(clientId))) giveUp();
  }
  if (unanswered.size === 0) {
    clearInterval(watching);
    watching = null;
  }
}

const mswSendToClient = sendToClient;
sendToClient = async (client, message, transfer) => {
  if (message.type !== 'REQUEST') return mswSendToClient(client, message, transfer);
  let giveUp = () => {};
  const abandoned = new Promise((resolve) => {
    giveUp = () => resolve(PAGE_GONE);
  });
  unanswered.set(giveUp, client.id);
  watching ??= setInterval(() => void giveUpOnGonePages(), PAGE_CHECK_MS);
  try {
    return await Promise.race([mswSendToClient(client, message, transfer), abandoned]);
  } finally {
    unanswered.delete(giveUp);
  }
};
