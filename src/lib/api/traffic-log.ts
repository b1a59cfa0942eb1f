// A log of every API request this page makes — the app's own, Swagger UI's, ones typed in
// DevTools — as full exchanges, fed by MSW's life-cycle events.
import type { SetupWorker } from 'msw/browser';
import type { Exchange } from '../http/exchange';

export interface TrafficEntry extends Exchange {
  id: string;
  startedAt: number;
}

const CAPACITY = 300;
const entries: TrafficEntry[] = [];
const listeners = new Set<(entry: TrafficEntry) => void>();

/** The most recent entries, oldest first. */
export function recentTraffic(): readonly TrafficEntry[] {
  return entries;
}

export function onTraffic(listener: (entry: TrafficEntry) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function record(entry: TrafficEntry): void {
  entries.push(entry);
  if (entries.length > CAPACITY) entries.splice(0, entries.length - CAPACITY);
  for (const listener of listeners) listener(entry);
}

interface Pending {
  startedAt: number;
  started: number;
  body: Promise<string | null>;
}

/** Records every request that the API's handlers answer. */
export function attachTrafficLog(events: SetupWorker['events']): void {
  const pending = new Map<string, Pending>();
  events.on('request:start', ({ request, requestId }) => {
    // Read a copy before the handler consumes the body.
    const body = request.body ? request.clone().text() : Promise.resolve(null);
    pending.set(requestId, { startedAt: Date.now(), started: performance.now(), body });
  });
  events.on('response:mocked', ({ request, requestId, response }) => {
    const start = pending.get(requestId);
    pending.delete(requestId);
    if (!start) return;
    const durationMs = performance.now() - start.started;
    void Promise.all([start.body, response.clone().text()]).then(([requestBody, responseBody]) =>
      record({
        id: requestId,
        startedAt: start.startedAt,
        durationMs,
        request: {
          method: request.method,
          url: request.url,
          headers: [...request.headers.entries()],
          body: requestBody,
        },
        response: {
          status: response.status,
          statusText: response.statusText,
          headers: [...response.headers.entries()],
          body: responseBody,
        },
      }),
    );
  });
  events.on('response:bypass', ({ requestId }) => pending.delete(requestId));
}
