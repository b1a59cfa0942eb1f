// Where the API console and the Predict page send their requests: this playground's own
// API, or another server that speaks it on this computer (an exported FastAPI project
// under uvicorn). The page's content security policy lets it reach nothing else.

export type ApiBaseProblem = 'not-http' | 'not-local';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/**
 * A base URL as typed (`127.0.0.1:8000`, `http://localhost:8000/`) made canonical:
 * scheme, host, port and a path ending in `/`, below which `api/...` lives. `ownBase` is
 * the playground's own base URL, always allowed.
 */
export function checkApiBase(
  text: string,
  ownBase: string,
): { base: string } | { problem: ApiBaseProblem } {
  const typed = text.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(typed) ? typed : `http://${typed}`);
  } catch {
    return { problem: 'not-http' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { problem: 'not-http' };
  if (url.origin !== new URL(ownBase).origin && !LOCAL_HOSTS.has(url.hostname)) {
    return { problem: 'not-local' };
  }
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { base: `${url.origin}${path}` };
}

/** The root of the API below a base URL: `http://127.0.0.1:8000/` -> `.../api/`. */
export function apiRootOf(base: string): string {
  return new URL('api/', base).href;
}
